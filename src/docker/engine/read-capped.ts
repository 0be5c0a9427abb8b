/**
 * Reading a whole answer from someone docktutor does not control (a daemon, a registry, a credential
 * helper) without letting them decide how much memory it takes: past the cap the source is dropped
 * (destroyed or cancelled, so the rest is never even received) and the caller says so in one line.
 */
import { Readable } from 'node:stream';

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
 * The same for a Node stream (every daemon answer), by its own events: an async iterator costs a tenth
 * of a millisecond to set up, and stream.finished another, once per request inside a session.
 */
function readNodeStream(source: Readable, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const kept = keepUpTo(limit);
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('close', onClose);
      // The error listener stays: a stream that fails after its end must not throw where nobody listens.
      if (error === undefined) resolve(kept.whole());
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const onData = (chunk: Buffer | string) => {
      try {
        kept.add(chunk);
      } catch (error) {
        settle(error);
        source.destroy();
      }
    };
    const onEnd = () => settle();
    // Closed before its end without an error of its own: cut off, never a short answer.
    const onClose = () => settle(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', settle);
    source.on('close', onClose);
    // Ended or destroyed before it reached here: what it held is gone, and no event will say so.
    if (source.readableEnded || source.destroyed) onClose();
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
