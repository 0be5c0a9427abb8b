import { describe, expect, it } from 'vitest';
import { createDemuxer, type FrameStream } from '../../src/docker/engine/demux.js';

function frame(kind: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = kind;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/** What each stream received, in order: consecutive pieces of one stream joined before decoding. */
function collect(chunks: Buffer[]): [FrameStream, string][] {
  const pieces: [FrameStream, Buffer][] = [];
  const push = createDemuxer((stream, payload) => {
    const last = pieces[pieces.length - 1];
    if (last && last[0] === stream && payload.length > 0 && last[1].length > 0) last[1] = Buffer.concat([last[1], payload]);
    else pieces.push([stream, Buffer.from(payload)]);
  });
  for (const chunk of chunks) push(chunk);
  return pieces.map(([stream, bytes]) => [stream, bytes.toString()]);
}

describe('createDemuxer', () => {
  const stream = Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n'), frame(1, '한글\n')]);

  it('splits whole frames into stdout and stderr', () => {
    expect(collect([stream])).toEqual([
      ['stdout', 'out\n'],
      ['stderr', 'err\n'],
      ['stdout', '한글\n'],
    ]);
  });

  it.each([1, 3, 8, 9, 13])('handles frames cut every %d bytes', (size) => {
    const chunks: Buffer[] = [];
    for (let at = 0; at < stream.length; at += size) chunks.push(stream.subarray(at, at + size));
    expect(collect(chunks).map(([kind, text]) => `${kind}:${text}`).join('')).toBe('stdout:out\nstderr:err\nstdout:한글\n');
  });

  it('passes empty frames through', () => {
    expect(collect([frame(1, '')])).toEqual([['stdout', '']]);
  });

  it('passes a huge frame on as it arrives, holding back nothing but a header', () => {
    const header = Buffer.alloc(8);
    header[0] = 2;
    header.writeUInt32BE(0xffffffff, 4);
    let received = 0;
    let largest = 0;
    const push = createDemuxer((stream, payload) => {
      expect(stream).toBe('stderr');
      received += payload.length;
      largest = Math.max(largest, payload.length);
    });
    push(header);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    for (let i = 0; i < 160; i += 1) push(chunk);
    expect(received).toBe(160 * chunk.length);
    expect(largest).toBe(chunk.length);
  });
});
