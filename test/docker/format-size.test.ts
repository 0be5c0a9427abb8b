import { describe, expect, it } from 'vitest';
import { formatBytesSize, formatGoG, formatHumanSize } from '../../src/docker/format/size.js';

describe('formatHumanSize (go-units HumanSizeWithPrecision, 3 digits)', () => {
  it.each([
    [0, '0B'],
    [1, '1B'],
    [999, '999B'],
    [1000, '1kB'],
    [1024, '1.02kB'],
    [4100, '4.1kB'],
    [1_234_567, '1.23MB'],
    [1_990_000, '1.99MB'],
    [2_097_152, '2.1MB'],
    [999_999, '1e+03kB'],
    [123_456_789, '123MB'],
    [1_125, '1.12kB'],
    [1_135, '1.14kB'],
    [5_000_000_000, '5GB'],
    [1e27, '1e+03YB'],
  ])('%d -> %s', (bytes, text) => {
    expect(formatHumanSize(bytes)).toBe(text);
  });

  it('takes another precision like HumanSize (4)', () => {
    expect(formatHumanSize(2_746_000, 4)).toBe('2.746MB');
  });
});

describe('formatBytesSize (go-units BytesSize)', () => {
  it.each([
    [25_276_026_880, '23.54GiB'],
    [1024, '1KiB'],
    [512, '512B'],
    [8 * 1024 ** 3, '8GiB'],
  ])('%d -> %s', (bytes, text) => {
    expect(formatBytesSize(bytes)).toBe(text);
  });
});

describe("formatGoG (Go's %g with a precision)", () => {
  it.each([
    [1.5, 3, '1.5'],
    [2.0, 3, '2'],
    [0.000123, 3, '0.000123'],
    [0.0000123, 3, '1.23e-05'],
    [1234.5, 3, '1.23e+03'],
    [1234.5, 4, '1234'],
    [1234.5, 5, '1234.5'],
    [2.675, 3, '2.67'],
    [0.125, 2, '0.12'],
    [0.375, 2, '0.38'],
    [9.995, 3, '9.99'],
    [99.95, 3, '100'],
  ])('%d with %d digits -> %s', (value, precision, text) => {
    expect(formatGoG(value, precision)).toBe(text);
  });
});

describe('formatGoG remembered', () => {
  it('gives the same text for a value asked again, apart for each precision, and for -0 as for 0', () => {
    const first = [formatGoG(1234.5, 3), formatGoG(1234.5, 4), formatGoG(1234.5, 5)];
    expect([formatGoG(1234.5, 3), formatGoG(1234.5, 4), formatGoG(1234.5, 5)]).toEqual(first);
    expect(first).toEqual(['1.23e+03', '1234', '1234.5']);
    expect([formatGoG(-0, 3), formatGoG(0, 3), formatGoG(-2.675, 3), formatGoG(2.675, 3)]).toEqual(['0', '0', '-2.67', '2.67']);
  });

  it('stays right past the number of values it keeps', () => {
    for (let value = 1; value <= 5000; value += 1) formatGoG(value + 0.5, 3);
    expect([formatGoG(1.125, 3), formatGoG(4999.5, 3), formatGoG(9.995, 3)]).toEqual(['1.12', '5e+03', '9.99']);
  });
});

