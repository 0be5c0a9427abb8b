import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DaemonAnswerError, MAX_DAEMON_ANSWER_BYTES } from '../../src/docker/engine/guard-answers.js';
import { readJsonStream } from '../../src/docker/engine/json-stream.js';
import type { JsonMessage } from '../../src/docker/engine/stream-progress.js';

async function read(chunks: Iterable<Buffer> | AsyncIterable<Buffer>): Promise<JsonMessage[]> {
  const messages: JsonMessage[] = [];
  await readJsonStream(Readable.from(chunks, { objectMode: false }), (message) => messages.push(message));
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
});
