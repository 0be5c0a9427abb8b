import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DaemonAnswerError, MAX_DAEMON_ANSWER_BYTES } from '../../src/docker/engine/guard-answers.js';
import { readJsonStream } from '../../src/docker/engine/json-stream.js';
import type { JsonMessage } from '../../src/docker/engine/stream-progress.js';

const SOURCE = { url: 'unix:///tmp/d.sock', request: 'POST /images/create' };

async function read(chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<JsonMessage[]> {
  const messages: JsonMessage[] = [];
  await readJsonStream(Readable.from(chunks, { objectMode: false }), SOURCE, (message) => messages.push(message));
  return messages;
}

describe('readJsonStream', () => {
  it('keeps a message cut across chunks, even inside a UTF-8 character', async () => {
    const bytes = Buffer.from('{"status":"내려받는 중"}\n{"stream":"Step 1/2\\n"}\n{"status":"끝"}');
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    expect(await read(chunks)).toEqual([{ status: '내려받는 중' }, { stream: 'Step 1/2\n' }, { status: '끝' }]);
  });

  it('shows a line that is not JSON as it came', async () => {
    expect(await read([Buffer.from('<html>bad gateway</html>\n')])).toEqual([{ stream: '<html>bad gateway</html>\n' }]);
  });

  it('stops at the cap on a line that never ends, in linear time', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    async function* endless() {
      for (let sent = 0; sent < MAX_DAEMON_ANSWER_BYTES + 4 * chunk.length; sent += chunk.length) yield chunk;
    }
    const started = Date.now();
    const error = await read(endless()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DaemonAnswerError);
    expect((error as DaemonAnswerError).message).toBe('The Docker daemon sent one progress message longer than 64 MiB; docktutor stopped reading.');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each<[string, string, string]>([
    ['null', 'null', '(the whole answer)'],
    ['a string', '"hello"', '(the whole answer)'],
    ['an object where text belongs', '{"status":{"x":1}}', 'status'],
    ['a number where text belongs', '{"id":"abc","progress":5}', 'progress'],
    ['a text where numbers belong', '{"id":"abc","progressDetail":{"current":"1"}}', 'progressDetail.current'],
    ['an errorDetail of another shape', '{"errorDetail":"boom"}', 'errorDetail'],
  ])('refuses %s with one line naming the daemon, the request and the field', async (_name, line, where) => {
    const error = await read([Buffer.from(`{"status":"fine"}\n${line}\n`)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DaemonAnswerError);
    expect((error as DaemonAnswerError).message).toBe(
      `The Docker daemon at unix:///tmp/d.sock sent a progress message in answer to POST /images/create that docktutor cannot read (at ${where}).`,
    );
    expect((error as DaemonAnswerError).field).toBe(where);
  });

  it('lets through what it does not read, aux of any shape included', async () => {
    const line = '{"id":"moby.image.id","aux":{"ID":"sha256:1"},"extra":[1,2]}\n{"aux":"base64"}\n';
    expect(await read([Buffer.from(line)])).toEqual([{ id: 'moby.image.id', aux: { ID: 'sha256:1' }, extra: [1, 2] }, { aux: 'base64' }]);
  });
});
