/**
 * Reading a whole answer from someone docktutor does not control (a daemon, a registry, a credential
 * helper) without letting them decide how much memory it takes: past the cap the source is dropped
 * (destroyed or cancelled, so the rest is never even received) and the caller says so in one line.
 */
import { finished, Readable } from 'node:stream';

/** Thrown once the answer passes `limit` bytes; the caller turns it into its own one-line message. */
export class AnswerTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`answer larger than ${describeLimit(limit)}`);
    this.name = 'AnswerTooLarge';
  }
}

/**
 * Every byte of `source` (a Node stream, a fetch body, a child's stdout), or AnswerTooLarge past `limit`.
 * Leaving the loop early destroys a Node stream and cancels a web stream: nothing more is read.
 * A source that breaks off (a connection reset) rejects with its own error, never a short answer.
 */
export async function readCapped(source: AsyncIterable<Uint8Array | string>, limit: number): Promise<Buffer> {
  if (source instanceof Readable) return readNodeStream(source, limit);
  const kept = keepUpTo(limit);
  for await (const chunk of source) kept.add(chunk);
  return kept.whole();
}

/**
 * The same for a Node stream (every daemon answer), by its events: an async iterator costs a tenth of a
 * millisecond to set up, once per request inside a session.
 */
function readNodeStream(source: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const kept = keepUpTo(limit);
    let settled = false;
    const onData = (chunk: Buffer | string) => {
      try {
        kept.add(chunk);
      } catch (error) {
        settled = true;
        source.off('data', onData);
        source.destroy();
        reject(error);
      }
    };
    source.on('data', onData);
    // Ends with the stream's own error, or a premature-close error when it stops before its end.
    finished(source, (error) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(kept.whole());
    });
  });
}

/** The chunks of one answer, kept while they come to no more than `limit` bytes; AnswerTooLarge past it. */
function keepUpTo(limit: number): { add: (chunk: Uint8Array | string) => void; whole: () => Buffer } {
  const chunks: Buffer[] = [];
  let size = 0;
  return {
    add(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += bytes.byteLength;
      if (size > limit) throw new AnswerTooLarge(limit);
      chunks.push(bytes);
    },
    whole: () => Buffer.concat(chunks, size),
  };
}

/** 67108864 -> "64 MiB", 4096 -> "4 KiB": the cap as the messages name it. */
export function describeLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
