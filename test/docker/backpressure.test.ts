/**
 * Output copied to a slow consumer (a terminal or pipe that takes its time) waits for it: the
 * write-through streams every command writes to, and the copy of a container's output, hold their
 * source until the consumer drains, so what is queued in memory stays near one buffer's worth
 * whatever the size of the output.
 */
import { Duplex, PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { flushWriteThrough, writeThrough } from '../../src/docker/commands/write-through.js';
import { pumpStreams } from '../../src/docker/engine/attach.js';

const CHUNK = 64 * 1024;
const TOTAL = 32 * 1024 * 1024;

/** A consumer that takes each chunk a little later, and records the most it ever held queued. */
function slowConsumer() {
  let received = 0;
  let mostQueued = 0;
  const stream = new Writable({
    highWaterMark: CHUNK,
    write(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      setImmediate(callback);
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: Buffer, ...rest: never[]) => {
    const accepted = write(chunk, ...rest);
    mostQueued = Math.max(mostQueued, stream.writableLength);
    return accepted;
  }) as typeof stream.write;
  return { stream, received: () => received, mostQueued: () => mostQueued };
}

/** TOTAL bytes as fast as they are taken: a container that prints a lot. */
function largeOutput(): Readable {
  const chunk = Buffer.alloc(CHUNK, 0x61);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= TOTAL) return void this.push(null);
      sent += CHUNK;
      this.push(chunk);
    },
  });
}

/** One stdout frame of the multiplexed attach stream. */
function frame(payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header[0] = 1;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('a slow consumer', () => {
  it('holds a writer to a write-through stream until the target drains', async () => {
    const consumer = slowConsumer();
    const kept: number[] = [];
    const through = writeThrough(consumer.stream, (chunk) => kept.push(chunk.length));
    await pipeline(largeOutput(), through);
    await new Promise<void>((done) => consumer.stream.end(done));
    expect(consumer.received()).toBe(TOTAL);
    expect(kept.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    // Without backpressure the target held nearly all 32 MiB at once.
    expect(consumer.mostQueued()).toBeLessThan(4 * CHUNK);
  });

  it('hands every chunk to the target before flushWriteThrough resolves', async () => {
    const consumer = slowConsumer();
    const through = writeThrough(consumer.stream);
    const chunk = Buffer.alloc(CHUNK, 0x62);
    for (let i = 0; i < 64; i += 1) through.write(chunk);
    await flushWriteThrough(through);
    expect(consumer.received() + consumer.stream.writableLength).toBe(64 * CHUNK);
  });

  it.each([
    ['with a TTY (one stream)', true],
    ['without one (multiplexed frames)', false],
  ])('pauses a container\'s output %s until the terminal drains', async (_name, tty) => {
    const stdout = slowConsumer();
    const stderr = slowConsumer();
    const source = largeOutput();
    const output = tty ? source : source.map((chunk: Buffer) => frame(chunk));
    await pumpStreams(output, { tty, stdout: stdout.stream, stderr: stderr.stream });
    await new Promise<void>((done) => stdout.stream.end(done));
    expect(stdout.received()).toBe(TOTAL);
    expect(stdout.mostQueued()).toBeLessThan(4 * CHUNK);
  });

  it('pauses stdin while the container does not read it', async () => {
    const stdin = new PassThrough();
    // A container that takes nothing of its stdin and prints nothing.
    const container = new Duplex({ highWaterMark: CHUNK, read() {}, write() {} });
    const done = pumpStreams(container, { tty: true, stdout: slowConsumer().stream, stderr: slowConsumer().stream, stdin });
    const chunk = Buffer.alloc(CHUNK, 0x63);
    // 16 MiB offered on stdin: it is paused once the container's buffer is full, not emptied into it.
    for (let i = 0; i < 256; i += 1) stdin.write(chunk);
    await new Promise((resolve) => setImmediate(resolve));
    expect(container.writableLength).toBeLessThan(4 * CHUNK);
    expect(stdin.isPaused()).toBe(true);
    container.destroy();
    await done;
  });
});
