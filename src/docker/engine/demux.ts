/**
 * Splits the Engine API's multiplexed attach stream (used when the container has no TTY) back into
 * stdout and stderr. Each frame is an 8-byte header (stream type, three zero bytes, big-endian length)
 * and its payload; frames arrive cut at any byte, so the parser keeps what it has not used yet.
 */
export type FrameStream = 'stdin' | 'stdout' | 'stderr';

const STREAMS: Record<number, FrameStream> = { 0: 'stdin', 1: 'stdout', 2: 'stderr' };

export function createDemuxer(onFrame: (stream: FrameStream, payload: Buffer) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 8) {
      const length = pending.readUInt32BE(4);
      if (pending.length < 8 + length) break;
      const stream = STREAMS[pending[0]!] ?? 'stdout';
      onFrame(stream, pending.subarray(8, 8 + length));
      pending = pending.subarray(8 + length);
    }
  };
}
