import { describe, expect, it } from 'vitest';
import { createDemuxer, type FrameStream } from '../../src/docker/engine/demux.js';

function frame(kind: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = kind;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

function collect(chunks: Buffer[]): [FrameStream, string][] {
  const frames: [FrameStream, string][] = [];
  const push = createDemuxer((stream, payload) => frames.push([stream, payload.toString()]));
  for (const chunk of chunks) push(chunk);
  return frames;
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
});
