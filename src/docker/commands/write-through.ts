import { Writable } from 'node:stream';
import type { CommandContext } from './types.js';

const NOTHING = Buffer.alloc(0);

/**
 * A stream that writes through to `target` and passes for it: prompts and progress output ask
 * `isTTY`, `columns` and `rows`. Ending it leaves the target open, which matters because prompt
 * libraries end the stream they are given. `onChunk` sees every chunk (to keep a copy of the output).
 * A chunk the target could not take at once (its write returned false) is acknowledged only once the
 * target has drained, so a writer that honours backpressure waits for a slow terminal or pipe rather
 * than piling the output up in memory; `flushWriteThrough` waits for what is still held.
 */
export function writeThrough(target: CommandContext['stdout'], onChunk?: (chunk: Buffer) => void): CommandContext['stdout'] {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (chunk.length === 0) return callback();
      onChunk?.(chunk);
      if (target.write(chunk)) return callback();
      void drained(target).then(() => callback());
    },
  });
  Object.defineProperty(stream, 'isTTY', { get: () => target.isTTY });
  Object.defineProperty(stream, 'columns', { get: () => target.columns });
  Object.defineProperty(stream, 'rows', { get: () => (target as { rows?: number }).rows });
  return stream;
}

/** Resolves once every chunk written to a write-through stream so far has been handed to its target. */
export function flushWriteThrough(stream: Writable): Promise<void> {
  if (stream.writableEnded || stream.destroyed || stream.writableLength === 0) return Promise.resolve();
  // Chunks reach `write` in order: an empty one is acknowledged once all before it are.
  return new Promise((resolve) => stream.write(NOTHING, () => resolve()));
}

/** The target has written out what it held, or is gone (closed, or broken and destroyed) and never will. */
export function drained(target: NodeJS.WritableStream | Writable): Promise<void> {
  const stream = target as Writable;
  if (stream.destroyed || stream.writableNeedDrain === false) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}
