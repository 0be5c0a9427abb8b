import protobuf from 'protobufjs/light.js';
import { describe, expect, it } from 'vitest';
import { BuildSession } from '../../../src/docker/buildkit/build-session.js';

const T0 = 1_800_000_000;

/** A `moby.buildkit.trace` line holding one vertex (and optionally one log line of it), times in ms after T0. */
function trace(digest: string, name: string, fields: { started?: number; completed?: number; cached?: boolean; error?: string; log?: [number, string] }) {
  const w = protobuf.Writer.create();
  const time = (field: number, ms: number) => w.uint32((field << 3) | 2).fork().uint32(8).int64(T0 + Math.floor(ms / 1000)).uint32(16).int32((ms % 1000) * 1e6).ldelim();
  w.uint32(10).fork().uint32(10).string(digest).uint32(26).string(name);
  if (fields.cached) w.uint32(32).bool(true);
  if (fields.started !== undefined) time(5, fields.started);
  if (fields.completed !== undefined) time(6, fields.completed);
  if (fields.error) w.uint32(58).string(fields.error);
  w.ldelim();
  if (fields.log) {
    w.uint32(26).fork().uint32(10).string(digest);
    time(2, fields.log[0]);
    w.uint32(24).int64(1).uint32(34).bytes(Buffer.from(fields.log[1])).ldelim();
  }
  return { id: 'moby.buildkit.trace', aux: Buffer.from(w.finish()).toString('base64') };
}

function session(mode: 'plain' | 'quiet' | 'tty') {
  let clock = 5_000;
  const screen: string[] = [];
  const plain: string[] = [];
  const s = new BuildSession({
    mode,
    builderName: 'default',
    size: () => ({ width: 60, height: 20 }),
    color: false,
    write: (a, b) => {
      screen.push(a);
      plain.push(b);
    },
    dockerfile: { text: 'FROM busybox\nRUN exit 3\n', name: 'Dockerfile' },
    now: () => (clock += 200),
  });
  return { s, screen: () => screen.join(''), plain: () => plain.join('') };
}

describe('BuildSession', () => {
  it('shows plain progress and keeps the same copy, then the image ID', () => {
    const { s, screen, plain } = session('plain');
    s.onMessage(trace('a', '[1/2] FROM docker.io/library/busybox', { started: 0, completed: 1, cached: true }));
    s.onMessage(trace('b', '[2/2] RUN echo hi', { started: 2, completed: 300, log: [100, 'hi\n'] }));
    s.onMessage({ id: 'moby.image.id', aux: { ID: 'sha256:feed' } });
    s.onMessage({ stream: 'Successfully tagged x:latest\n' });
    const result = s.finish();
    expect(screen()).toBe(
      '#0 building with "default" instance using docker driver\n\n#1 [1/2] FROM docker.io/library/busybox\n#1 CACHED\n\n#2 [2/2] RUN echo hi\n#2 0.098 hi\n#2 DONE 0.3s\n',
    );
    expect(plain()).toBe(screen());
    expect(result).toMatchObject({ imageId: 'sha256:feed', summary: { cachedSteps: [], ranSteps: [2] } });
    expect(result.failure).toBeUndefined();
  });

  it('ends a failed build with the step output, the Dockerfile lines and the reason, even with -q', () => {
    const reason = 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3';
    for (const mode of ['plain', 'quiet'] as const) {
      const { s, screen } = session(mode);
      s.onMessage(trace('b', '[2/2] RUN exit 3', { started: 0, completed: 200, error: reason, log: [50, 'oops\n'] }));
      s.onMessage({ errorDetail: { message: reason }, error: reason });
      expect(s.finish().failure).toEqual({ message: reason });
      const tail = ['Dockerfile:2', '--------------------', '   1 |     FROM busybox', '   2 | >>> RUN exit 3', '   3 |     ', '--------------------', `ERROR: failed to solve: ${reason}`, ''].join('\n');
      expect(screen().endsWith(tail)).toBe(true);
      if (mode === 'plain') expect(screen()).toContain('#1 0.050 oops\n#1 ERROR: ');
      else expect(screen()).toBe(tail);
    }
  });

  it('draws the live view on the screen while the kept copy stays plain', () => {
    const { s, screen, plain } = session('tty');
    s.onMessage(trace('a', '[1/1] FROM docker.io/library/busybox', { started: 0, completed: 1, cached: true }));
    s.finish();
    expect(screen()).toContain('[+] Building');
    expect(screen()).toContain('FINISHED');
    expect(plain()).toContain('#1 CACHED\n');
    expect(plain()).not.toContain('[+]');
  });
});

describe('BuildSession warnings', () => {
  it('lists the build warnings at the end, as buildx does', () => {
    const w = protobuf.Writer.create();
    w.uint32(10).fork().uint32(10).string('d').uint32(26).string('[internal] load build definition from Dockerfile');
    w.uint32(42).fork().uint32(8).int64(T0).ldelim().uint32(50).fork().uint32(8).int64(T0).uint32(16).int32(5e6).ldelim().ldelim();
    for (const short of ['JSONArgsRecommended: JSON arguments recommended for CMD (line 3)', 'FromAsCasing: casing do not match (line 1)']) {
      w.uint32(34).fork().uint32(10).string('d').uint32(16).int64(1).uint32(26).bytes(Buffer.from(short)).ldelim();
    }
    const { s, screen } = session('plain');
    s.onMessage({ id: 'moby.buildkit.trace', aux: Buffer.from(w.finish()).toString('base64') });
    s.finish();
    expect(screen()).toContain('#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD (line 3)\n');
    expect(screen().endsWith(
      '#1 DONE 0.0s\n\n 2 warnings found (use docker --debug to expand):\n - JSONArgsRecommended: JSON arguments recommended for CMD (line 3)\n - FromAsCasing: casing do not match (line 1)\n',
    )).toBe(true);
  });
});
