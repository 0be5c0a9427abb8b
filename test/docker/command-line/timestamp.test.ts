/** The docker CLI's GetTimestamp, as `logs --since/--until` and a prune's until filter read a time. */
import { describe, expect, it } from 'vitest';
import { parseGoDuration, TimestampError, toApiTimestamp } from '../../../src/docker/command-line/timestamp.js';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0, 500);

describe('toApiTimestamp', () => {
  it.each([
    ['42m', String(NOW / 1000 - 42 * 60 - 0.5)],
    ['1h30m', String(NOW / 1000 - 5400 - 0.5)],
    ['1.5h', String(NOW / 1000 - 5400 - 0.5)],
    ['10s', String(NOW / 1000 - 10 - 0.5)],
    ['-1h', String(NOW / 1000 + 3600 - 0.5)],
  ])('counts a Go duration (%s) back from now, in whole seconds', (value, expected) => {
    expect(toApiTimestamp(value, NOW, 0)).toBe(expected);
  });

  it.each([
    ['2013-01-02T13:23:37Z', '1357133017.000000000'],
    ['2013-01-02T13:23:37.123456789Z', '1357133017.123456789'],
    ['2013-01-02T13:23:37.5+01:00', '1357129417.500000000'],
    ['2013-01-02T13:23Z', '1357132980.000000000'],
    ['2013-01-02T13Z', '1357131600.000000000'],
    ['2013-01-02Z', '1357084800.000000000'],
    ['2013-01-02-01:00', '1357088400.000000000'],
  ])('reads a time that names its zone (%s)', (value, expected) => {
    expect(toApiTimestamp(value, NOW, 540)).toBe(expected);
  });

  it.each([
    ['2013-01-02', '1357052400.000000000'],
    ['2013-01-02T13', '1357099200.000000000'],
    ['2013-01-02T13:23', '1357100580.000000000'],
    ['2013-01-02T13:23:37', '1357100617.000000000'],
    ['2013-01-02T13:23:37.25', '1357100617.250000000'],
  ])('reads a time without a zone in the local one (%s at UTC+9)', (value, expected) => {
    expect(toApiTimestamp(value, NOW, 540)).toBe(expected);
  });

  it.each(['1700000000', '1700000000.5', '0'])('passes a Unix timestamp (%s) as it is', (value) => {
    expect(toApiTimestamp(value, NOW, 0)).toBe(value);
  });

  it.each([
    ['garbage', 'failed to parse value as time or duration: "garbage"'],
    ['42', undefined],
    ['2013-13-01', 'parsing time "2013-13-01": month out of range'],
    ['2013-02-30', 'parsing time "2013-02-30": day out of range'],
    ['2013-01-02T25:00Z', 'parsing time "2013-01-02T25:00Z": hour out of range'],
    ['2013-01-02T13:61', 'parsing time "2013-01-02T13:61": minute out of range'],
    ['2013-1-2', 'parsing time "2013-1-2" as "2006-01-02": cannot parse it'],
    ['-5', 'parsing time "-5" as "2006-01-02": cannot parse it'],
    ['2013-01-02T13:23:37+0900', 'parsing time "2013-01-02T13:23:37+0900" as "2006-01-02T15:04Z07:00": cannot parse it'],
    ['2013-01-02T13:23.5', 'parsing time "2013-01-02T13:23.5" as "2006-01-02T15:04:05.999999999": cannot parse it'],
  ])('refuses what docker refuses (%s)', (value, message) => {
    if (message === undefined) {
      expect(toApiTimestamp(value, NOW, 0)).toBe(value);
      return;
    }
    expect(() => toApiTimestamp(value, NOW, 0)).toThrow(TimestampError);
    expect(() => toApiTimestamp(value, NOW, 0)).toThrow(message);
  });
});

describe('parseGoDuration', () => {
  it.each([
    ['300ms', 300],
    ['2h45m', 9_900_000],
    ['.5s', 500],
    ['1.s', 1000],
    ['1500us', 1.5],
    ['1µs', 0.001],
  ])('reads %s', (value, ms) => {
    expect(parseGoDuration(value)).toBeCloseTo(ms, 9);
  });

  it.each(['', '0', '5', 'h', '.s', '1d', '1 h'])('is not a duration: %j', (value) => {
    expect(parseGoDuration(value)).toBeUndefined();
  });
});
