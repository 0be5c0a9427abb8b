import { describe, expect, it } from 'vitest';
import { formatBytes, formatFixed, secondsBetween } from '../../../src/docker/buildkit/go-format.js';
import { mergeIntervals } from '../../../src/docker/buildkit/intervals.js';

describe('formatFixed (Go %.Nf)', () => {
  it.each([
    [0.25, 1, '0.2'],
    [0.35, 1, '0.3'],
    [0.75, 1, '0.8'],
    [1.125, 2, '1.12'],
    [1.375, 2, '1.38'],
    [0.254, 3, '0.254'],
    [0.0004, 3, '0.000'],
    [12.3456, 2, '12.35'],
    [2.5, 0, '2'],
    [3.5, 0, '4'],
    [0.04999, 1, '0.0'],
  ])('%d with %d digits -> %s', (value, digits, text) => {
    expect(formatFixed(value, digits)).toBe(text);
  });
});

describe('formatBytes (units.Bytes %.2f)', () => {
  it.each([
    [0, '0B'],
    [59, '59B'],
    [999, '999B'],
    [1000, '1.00kB'],
    [1125, '1.12kB'],
    [2048, '2.05kB'],
    [2_345_678, '2.35MB'],
    [1_000_000_000, '1.00GB'],
  ])('%d -> %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('secondsBetween', () => {
  it('keeps nanoseconds over epoch-sized times', () => {
    expect(secondsBetween(1_795_985_376_150_029_052n, 1_795_985_376_313_491_453n)).toBeCloseTo(0.163462401, 9);
  });
});

describe('mergeIntervals', () => {
  it.each([
    [[], []],
    [[{ start: 5n, stop: 6n }, { start: 1n, stop: 2n }], [{ start: 1n, stop: 2n }, { start: 5n, stop: 6n }]],
    [[{ start: 1n, stop: 4n }, { start: 3n, stop: 6n }], [{ start: 1n, stop: 6n }]],
    [[{ start: 1n, stop: 9n }, { start: 3n, stop: 6n }], [{ start: 1n, stop: 9n }]],
    [[{ start: 1n }, { start: 3n, stop: 6n }], [{ start: 1n }]],
    [[{ start: 1n, stop: 4n }, { start: 3n }], [{ start: 1n }]],
  ])('case %#', (input, merged) => {
    expect(mergeIntervals(input)).toEqual(merged);
  });
});
