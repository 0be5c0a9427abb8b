/**
 * The value syntaxes of `--memory` and `--cpus`, read exactly as the docker CLI reads them, so that a
 * value docker accepts is accepted here and turns into the same number in the Engine API request.
 */

const BINARY_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** docker's RAMInBytes (go-units): `64m`, `1g`, `512k`, `1.5GiB`, `100` (bytes); binary multiples. */
export function parseRamInBytes(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)*) ?([kmgtp])?i?b?$/i.exec(value);
  if (!match) return undefined;
  // Go's ParseFloat rejects `1.2.3`, which the pattern lets through.
  if (!/^\d+(\.\d+)?$/.test(match[1]!)) return undefined;
  return Math.trunc(Number(match[1]) * BINARY_UNITS[(match[2] ?? '').toLowerCase()]!);
}

/** docker's NanoCPUs: a decimal number of CPUs, exact to a billionth, as HostConfig.NanoCpus. */
export function parseNanoCpus(value: string): number | undefined {
  const match = /^(\d*)(?:\.(\d*))?$/.exec(value);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return undefined;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  // More than nine significant decimals cannot become whole nanoseconds ("value is too precise").
  if (fraction.length > 9) return undefined;
  return Number(match[1] || '0') * 1e9 + Number(fraction.padEnd(9, '0') || '0');
}

/** `1500000000` -> `1.5`: nano CPUs back to the decimal the learner typed. */
export function formatNanoCpus(nanos: number): string {
  const whole = Math.trunc(nanos / 1e9);
  const fraction = String(nanos % 1e9).padStart(9, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
