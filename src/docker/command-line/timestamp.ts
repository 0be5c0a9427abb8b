/**
 * Times as the docker CLI reads them for `logs --since/--until` and a prune's `until` filter
 * (api/types/time.GetTimestamp, ported rule for rule): a Go duration (`42m`, `1h30m`) counts back
 * from now; a date or RFC 3339 time, with or without seconds, fraction and zone, is read in the local
 * zone unless it names one; a Unix timestamp (`1700000000`, `1700000000.5`) passes as it is. The
 * result is what the Engine API takes: seconds, with nanoseconds after a dot for a parsed time. Pure.
 */

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const DURATION = /^[-+]?(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
const DURATION_PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;

export class TimestampError extends Error {}

/** Go's time.ParseDuration in milliseconds, or undefined when it is not one. */
export function parseGoDuration(value: string): number | undefined {
  if (!DURATION.test(value)) return undefined;
  let ns = 0;
  for (const [, number, unit] of value.matchAll(DURATION_PART)) ns += Number(number) * UNIT_NS[unit!]!;
  return (value.startsWith('-') ? -ns : ns) / 1e6;
}

/** `value` for the Engine API; `nowMs` and the local zone's offset (minutes east of UTC) stand for Go's reference time. */
export function toApiTimestamp(value: string, nowMs: number, offsetMinutes = -new Date(nowMs).getTimezoneOffset()): string {
  const duration = parseGoDuration(value);
  if (value !== '0' && duration !== undefined) return String(Math.floor((nowMs - duration) / 1000));
  const time = parseTime(value, offsetMinutes);
  if (time !== undefined) return time;
  // Something with a dash was meant as a date; anything else may be a Unix timestamp.
  if (value.includes('-')) throw new TimestampError(`parsing time "${value}" as "${layoutOf(value)}": cannot parse it`);
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(value)) throw new TimestampError(`failed to parse value as time or duration: "${value}"`);
  return value;
}

const TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A date or time in one of the layouts GetTimestamp picks, as `seconds.nanoseconds`; undefined when it does not match. */
function parseTime(value: string, localOffset: number): string | undefined {
  const match = TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  // GetTimestamp's choice of layout: a zone must be given exactly when the value names one.
  const namesZone = /[zZ+]/.test(value) || countOf(value, '-') === 3;
  if (namesZone !== (zone !== undefined)) throw new TimestampError(`parsing time "${value}": cannot parse the zone`);
  // Layouts with a fraction always have seconds; layouts with seconds (RFC 3339) need a T before them.
  if (fraction !== undefined && second === undefined) return undefined;
  const numbers = [month, day, hour ?? '0', minute ?? '0', second ?? '0'].map(Number) as [number, number, number, number, number];
  const [mo, d, h, mi, s] = numbers;
  const daysInMonth = new Date(Date.UTC(Number(year), mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12) throw new TimestampError(`parsing time "${value}": month out of range`);
  if (d < 1 || d > daysInMonth) throw new TimestampError(`parsing time "${value}": day out of range`);
  for (const [unit, number, max] of [['hour', h, 23], ['minute', mi, 59], ['second', s, 59]] as const) {
    if (number > max) throw new TimestampError(`parsing time "${value}": ${unit} out of range`);
  }
  const offset = zone === undefined ? localOffset : zone === 'Z' ? 0 : zoneMinutes(zone);
  const seconds = Date.UTC(Number(year), mo - 1, d, h, mi, s) / 1000 - offset * 60;
  return `${seconds}.${(fraction ?? '').padEnd(9, '0')}`;
}

/** The Go layout GetTimestamp tries for a value, named in its refusal as Go's time.Parse names it. */
function layoutOf(value: string): string {
  const local = !/[zZ+]/.test(value) && countOf(value, '-') !== 3;
  if (value.includes('.')) return local ? '2006-01-02T15:04:05.999999999' : '2006-01-02T15:04:05.999999999Z07:00';
  if (value.includes('T')) {
    let colons = countOf(value, ':');
    if (!local && !/[zZ]/.test(value) && colons > 0) colons -= 1;
    const time = ['15', '15:04', '15:04:05'][Math.min(colons, 2)];
    return `2006-01-02T${time}${local ? '' : 'Z07:00'}`;
  }
  return local ? '2006-01-02' : '2006-01-02Z07:00';
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}
