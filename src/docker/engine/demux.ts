/**
 * Splits the Engine API's multiplexed attach stream (used when the container has no TTY) back into
 * stdout and stderr. Each frame is an 8-byte header (stream type, three zero bytes, big-endian length)
 * and its payload; frames arrive cut at any byte. A payload is passed on piece by piece as it arrives,
 * never gathered whole: a frame may claim up to 4 GiB, and only the header is ever held back.
 */
export type FrameStream = 'stdin' | 'stdout' | 'stderr';

const STREAMS: Record<number, FrameStream> = { 0: 'stdin', 1: 'stdout', 2: 'stderr' };
const HEADER_BYTES = 8;

export function createDemuxer(onFrame: (stream: FrameStream, payload: Buffer) => void): (chunk: Buffer) => void {
  let header: Buffer = Buffer.alloc(0);
  let stream: FrameStream = 'stdout';
  /** Payload bytes of the current frame still to come; 0 between frames. */
  let remaining = 0;
  return (chunk) => {
    let at = 0;
    while (at < chunk.length) {
      if (remaining > 0) {
        const piece = chunk.subarray(at, at + remaining);
        at += piece.length;
        remaining -= piece.length;
        onFrame(stream, piece);
        continue;
      }
      const wanted = HEADER_BYTES - header.length;
      header = Buffer.concat([header, chunk.subarray(at, at + wanted)]);
      at += Math.min(wanted, chunk.length - at);
      if (header.length < HEADER_BYTES) return;
      stream = STREAMS[header[0]!] ?? 'stdout';
      remaining = header.readUInt32BE(4);
      header = Buffer.alloc(0);
      // An empty frame is still a frame: passed on as such.
      if (remaining === 0) onFrame(stream, Buffer.alloc(0));
    }
  };
}
