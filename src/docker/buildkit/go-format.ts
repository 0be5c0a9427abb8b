/**
 * The few number formats BuildKit's progress printer uses, as Go prints them: `%.1f` and `%.3f` round
 * an exact tie to even (JavaScript's toFixed rounds it up), and sizes follow tonistiigi/units (`%.2f`
 * of units.Bytes: `123B`, `2.05kB`). Pure.
 */
import type { Time } from './decode-status.js';

/** Go's `%.Nf`: the exact decimal value of the double, rounded half to even. */
export function formatFixed(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  const exact = Math.abs(value).toFixed(20);
  const dot = exact.indexOf('.');
  const rest = exact.slice(dot + 1 + digits);
  if (!/^50*$/.test(rest)) return fixed;
  // An exact tie: toFixed rounded away from zero, Go keeps the even digit.
  const truncated = exact.slice(0, digits === 0 ? dot : dot + 1 + digits);
  if (Number(truncated.at(-1)) % 2 === 1) return fixed;
  return `${value < 0 ? '-' : ''}${truncated}`;
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** `%.2f` of units.Bytes: under 1000 the plain count with B, else two decimals of the decimal unit. */
export function formatBytes(bytes: number): string {
  let unit = 0;
  let base = 1;
  while (bytes >= base * 1000 && unit < DECIMAL_UNITS.length - 1) {
    base *= 1000;
    unit += 1;
  }
  if (unit === 0) return `${bytes}B`;
  return `${formatFixed(bytes / base, 2)}${DECIMAL_UNITS[unit]}`;
}

/** Go's Duration.Seconds of `end - start`: whole seconds plus the nanoseconds as a fraction. */
export function secondsBetween(start: Time, end: Time): number {
  const nanos = end - start;
  const whole = nanos / 1_000_000_000n;
  const fraction = nanos % 1_000_000_000n;
  return Number(whole) + Number(fraction) / 1e9;
}

/** Go's `%3.1f`: one decimal, padded on the left to three columns. */
export function formatSeconds(seconds: number): string {
  return formatFixed(seconds, 1).padStart(3);
}
