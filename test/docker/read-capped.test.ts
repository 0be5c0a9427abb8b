/**
 * readCapped: every byte of a source, or one error past the cap, from a Node stream (every daemon answer,
 * read by its events) and from any other async iterable (a fetch body) alike.
 */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AnswerTooLarge, readCapped } from '../../src/docker/engine/read-capped.js';

async function* pieces(parts: string[]): AsyncIterable<string> {
  for (const part of parts) yield part;
}

describe('readCapped', () => {
  it('reads a Node stream whole, strings and buffers alike', async () => {
    expect((await readCapped(Readable.from([Buffer.from('ab'), 'cd', Buffer.from('é')]), 100)).toString('utf8')).toBe('abcdé');
  });

  it('reads any other async iterable whole', async () => {
    expect((await readCapped(pieces(['x', 'yz']), 100)).toString('utf8')).toBe('xyz');
  });

  it('stops a Node stream past the cap, destroys it, and says so', async () => {
    const source = new PassThrough();
    const reading = readCapped(source, 10);
    source.write(Buffer.alloc(6));
    source.write(Buffer.alloc(6));
    await expect(reading).rejects.toBeInstanceOf(AnswerTooLarge);
    expect(source.destroyed).toBe(true);
  });

  it('stops an async iterable past the cap', async () => {
    await expect(readCapped(pieces(['123456', '789012']), 10)).rejects.toBeInstanceOf(AnswerTooLarge);
  });

  it("rejects with the stream's own error when it breaks off", async () => {
    const source = new PassThrough();
    const reading = readCapped(source, 100);
    source.write('partial');
    source.destroy(new Error('socket hang up'));
    await expect(reading).rejects.toThrow('socket hang up');
  });

  it('rejects when the stream closes before its end, never a short answer', async () => {
    const source = new PassThrough();
    const reading = readCapped(source, 100);
    source.write('partial');
    source.destroy();
    await expect(reading).rejects.toThrow(/premature close/i);
  });

  it('rejects a stream already destroyed when it is handed over, rather than waiting for an event that never comes', async () => {
    const source = new PassThrough();
    source.destroy();
    await expect(readCapped(source, 100)).rejects.toThrow(/premature close/i);
  });

  it('leaves no listener of its own but one for errors once the answer is read, and an error after it throws nowhere', async () => {
    const source = new PassThrough();
    const reading = readCapped(source, 100);
    source.end('whole');
    expect((await reading).toString('utf8')).toBe('whole');
    expect([source.listenerCount('data'), source.listenerCount('end')]).toEqual([0, 0]);
    expect(() => source.emit('error', new Error('late'))).not.toThrow();
  });
});
