import protobuf from 'protobufjs/light.js';
import { describe, expect, it } from 'vitest';
import { readBuildMessage } from '../../../src/docker/buildkit/build-messages.js';
import { decodeStatus } from '../../../src/docker/buildkit/decode-status.js';

/** A Timestamp written field by field (seconds = 1, nanos = 2), as google/protobuf/timestamp.proto numbers them. */
function timestamp(writer: protobuf.Writer, field: number, seconds: number, nanos: number): void {
  writer.uint32((field << 3) | 2).fork().uint32(8).int64(seconds).uint32(16).int32(nanos).ldelim();
}

/** A StatusResponse encoded by hand with control.proto's field numbers, independent of the decoder's descriptor. */
function encodeSample(): string {
  const w = protobuf.Writer.create();
  // vertexes = 1: digest 1, inputs 2, name 3, cached 4, started 5, completed 6, error 7
  w.uint32(10).fork();
  w.uint32(10).string('sha256:aaa').uint32(18).string('sha256:in1').uint32(18).string('sha256:in2').uint32(26).string('[2/4] RUN make');
  w.uint32(32).bool(true);
  timestamp(w, 5, 1_700_000_000, 5);
  timestamp(w, 6, 1_700_000_001, 250_000_000);
  w.uint32(58).string('boom');
  // progressGroup = 8, which docktutor does not read: skipped.
  w.uint32(66).fork().uint32(10).string('group').ldelim();
  w.ldelim();
  // statuses = 2: ID 1, vertex 2, name 3, current 4, total 5, timestamp 6, started 7, completed 8
  w.uint32(18).fork().uint32(10).string('transferring context:').uint32(18).string('sha256:aaa').uint32(26).string('n');
  w.uint32(32).int64(123).uint32(40).int64(4567);
  timestamp(w, 6, 1_700_000_002, 0);
  timestamp(w, 7, 1_700_000_001, 0);
  timestamp(w, 8, 1_700_000_002, 1);
  w.ldelim();
  // logs = 3: vertex 1, timestamp 2, stream 3, msg 4
  w.uint32(26).fork().uint32(10).string('sha256:aaa');
  timestamp(w, 2, 1_700_000_003, 7);
  w.uint32(24).int64(2).uint32(34).bytes(Buffer.from('hello\n')).ldelim();
  // warnings = 4: vertex 1, level 2, short 3, detail 4, url 5
  w.uint32(34).fork().uint32(10).string('sha256:aaa').uint32(16).int64(1).uint32(26).bytes(Buffer.from('JSONArgsRecommended: use JSON'));
  w.uint32(34).bytes(Buffer.from('detail one')).uint32(42).string('https://docs.example/x').ldelim();
  return Buffer.from(w.finish()).toString('base64');
}

describe('decodeStatus', () => {
  it('reads vertexes, statuses, logs and warnings with the field numbers of control.proto', () => {
    const s = decodeStatus(encodeSample());
    expect(s.vertexes).toEqual([
      { digest: 'sha256:aaa', inputs: ['sha256:in1', 'sha256:in2'], name: '[2/4] RUN make', cached: true, started: 1_700_000_000_000_000_005n, completed: 1_700_000_001_250_000_000n, error: 'boom' },
    ]);
    expect(s.statuses).toEqual([
      { id: 'transferring context:', vertex: 'sha256:aaa', name: 'n', current: 123, total: 4567, timestamp: 1_700_000_002_000_000_000n, started: 1_700_000_001_000_000_000n, completed: 1_700_000_002_000_000_001n },
    ]);
    expect(s.logs).toEqual([{ vertex: 'sha256:aaa', timestamp: 1_700_000_003_000_000_007n, stream: 2, data: Buffer.from('hello\n') }]);
    expect(s.warnings).toEqual([{ vertex: 'sha256:aaa', level: 1, short: 'JSONArgsRecommended: use JSON', detail: ['detail one'], url: 'https://docs.example/x' }]);
  });

  it('leaves out the times a vertex does not have yet', () => {
    const w = protobuf.Writer.create();
    w.uint32(10).fork().uint32(10).string('sha256:b').uint32(26).string('[1/2] FROM busybox').ldelim();
    const [v] = decodeStatus(Buffer.from(w.finish()).toString('base64')).vertexes;
    expect(v).toEqual({ digest: 'sha256:b', inputs: [], name: '[1/2] FROM busybox', cached: false, error: '' });
  });
});

describe('readBuildMessage', () => {
  it.each([
    [{ id: 'moby.image.id', aux: { ID: 'sha256:abc' } }, { kind: 'image', id: 'sha256:abc' }],
    [{ errorDetail: { message: 'failed', code: 3 }, error: 'failed' }, { kind: 'error', message: 'failed', code: 3 }],
    [{ error: 'no detail' }, { kind: 'error', message: 'no detail' }],
    [{ stream: 'Successfully tagged x:latest\n' }, { kind: 'stream', text: 'Successfully tagged x:latest\n' }],
    [{ id: 'moby.buildkit.trace', aux: 'CgE=' }, { kind: 'other' }],
    [{ id: 'moby.image.id', aux: 'nope' }, { kind: 'other' }],
  ])('%j', (message, expected) => {
    expect(readBuildMessage(message)).toEqual(expected);
  });

  it('decodes a trace message', () => {
    const result = readBuildMessage({ id: 'moby.buildkit.trace', aux: encodeSample() });
    expect(result.kind === 'status' && result.status.vertexes[0]?.name).toBe('[2/4] RUN make');
  });
});
