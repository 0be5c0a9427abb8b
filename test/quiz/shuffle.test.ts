import { describe, expect, it } from 'vitest';
import { createRandom, orderQuestions, parseSeed, shuffleWithSeed } from '../../src/quiz/shuffle.js';

const items = Array.from({ length: 12 }, (_, index) => index);

describe('seeded shuffle', () => {
  it.each([0, 1, 42, 4294967295, 123456789])('seed %i gives the same order every time and loses nothing', (seed) => {
    const first = shuffleWithSeed(items, seed);
    expect(shuffleWithSeed(items, seed)).toEqual(first);
    expect([...first].sort((a, b) => a - b)).toEqual(items);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => shuffleWithSeed(items, seed).join(',')));
    expect(orders.size).toBe(5);
  });

  it('pins mulberry32 so an order printed today is reproducible tomorrow', () => {
    const random = createRandom(42);
    expect([random(), random(), random()].map((value) => value.toFixed(6))).toEqual(['0.601104', '0.448291', '0.852466']);
    expect(shuffleWithSeed(['a', 'b', 'c', 'd', 'e'], 7)).toEqual(shuffleWithSeed(['a', 'b', 'c', 'd', 'e'], 7));
  });

  it('does not change the input', () => {
    const input = [1, 2, 3];
    shuffleWithSeed(input, 9);
    expect(input).toEqual([1, 2, 3]);
  });

  it.each<[string, number]>([
    ['42', 42],
    [' 7 ', 7],
    ['4294967296', 0],
    ['4294967297', 1],
  ])('parseSeed(%j) = %i', (text, seed) => {
    expect(parseSeed(text)).toBe(seed);
  });

  it('hashes words into stable seeds', () => {
    expect(parseSeed('monday')).toBe(parseSeed('monday'));
    expect(parseSeed('monday')).not.toBe(parseSeed('tuesday'));
    expect(Number.isInteger(parseSeed('monday'))).toBe(true);
  });

  it('keeps file order without a seed', () => {
    expect(orderQuestions(items)).toEqual(items);
    expect(orderQuestions(items, 3)).toEqual(shuffleWithSeed(items, 3));
  });
});
