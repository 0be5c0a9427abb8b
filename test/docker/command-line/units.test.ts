import { describe, expect, it } from 'vitest';
import { formatNanoCpus, parseNanoCpus, parseRamInBytes } from '../../../src/docker/command-line/units.js';

describe('parseRamInBytes (docker --memory)', () => {
  it.each([
    ['100', 100],
    ['64m', 64 * 1024 ** 2],
    ['64M', 64 * 1024 ** 2],
    ['64mb', 64 * 1024 ** 2],
    ['64MiB', 64 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['512k', 512 * 1024],
    ['1.5g', 1.5 * 1024 ** 3],
    ['32 m', 32 * 1024 ** 2],
    ['10b', 10],
  ])('%s -> %d', (value, bytes) => {
    expect(parseRamInBytes(value)).toBe(bytes);
  });

  it.each(['', 'm', '64q', '-1', '1.2.3m', '64 mm', 'sixty'])('%j is refused', (value) => {
    expect(parseRamInBytes(value)).toBeUndefined();
  });
});

describe('parseNanoCpus (docker --cpus)', () => {
  it.each([
    ['1', 1e9],
    ['0.5', 5e8],
    ['.5', 5e8],
    ['2.25', 2.25e9],
    ['0.000000001', 1],
    ['1.500000000000', 1.5e9],
  ])('%s -> %d', (value, nanos) => {
    expect(parseNanoCpus(value)).toBe(nanos);
  });

  it.each(['', '.', 'x', '-1', '0.0000000001', '1/2'])('%j is refused', (value) => {
    expect(parseNanoCpus(value)).toBeUndefined();
  });

  it.each([
    [1.5e9, '1.5'],
    [2e9, '2'],
    [1, '0.000000001'],
  ])('%d formats as %s', (nanos, text) => {
    expect(formatNanoCpus(nanos)).toBe(text);
  });
});
