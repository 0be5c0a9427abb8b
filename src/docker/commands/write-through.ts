import { Writable } from 'node:stream';
import type { CommandContext } from './types.js';

/**
 * A stream that writes through to `target` and passes for it: prompts and progress output ask
 * `isTTY`, `columns` and `rows`. Ending it leaves the target open, which matters because prompt
 * libraries end the stream they are given. `onChunk` sees every chunk (to keep a copy of the output).
 */
export function writeThrough(target: CommandContext['stdout'], onChunk?: (chunk: Buffer) => void): CommandContext['stdout'] {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      onChunk?.(chunk);
      target.write(chunk);
      // Acknowledge at once so that nothing waits in this stream's buffer when the command returns.
      callback();
    },
  });
  Object.defineProperty(stream, 'isTTY', { get: () => target.isTTY });
  Object.defineProperty(stream, 'columns', { get: () => target.columns });
  Object.defineProperty(stream, 'rows', { get: () => (target as { rows?: number }).rows });
  return stream;
}
