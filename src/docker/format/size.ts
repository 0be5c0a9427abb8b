/**
 * Sizes the way the docker CLI writes them (go-units): decimal units with Go's `%.3g` for tables
 * (`1.99MB`, `4.1kB`, `0B`) and binary units with `%.4g` for `docker info` (`23.54GiB`).
 */

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** go-units HumanSizeWithPrecision: `docker ps -s` and `docker images` use precision 3. */
export function formatHumanSize(bytes: number, precision = 3): string {
  return scale(bytes, 1000, DECIMAL_UNITS, precision);
}

/** go-units BytesSize: `Total Memory: 23.54GiB`. */
export function formatBytesSize(bytes: number): string {
  return scale(bytes, 1024, BINARY_UNITS, 4);
}

function scale(size: number, base: number, units: string[], precision: number): string {
  let index = 0;
  while (size >= base && index < units.length - 1) {
    size /= base;
    index += 1;
  }
  return `${formatGoG(size, precision)}${units[index]}`;
}

/**
 * Go's `%.<precision>g`: shortest of fixed or exponent form, trailing zeros dropped, and rounding of
 * the float's exact decimal value half to even (so 1.125 gives `1.12`, as in Go, not `1.13`).
 */
export function formatGoG(value: number, precision: number): string {
  // A listing shows the same few sizes each time it is asked for, and the exact digits take big integers.
  let known = FORMATTED.get(precision);
  if (known === undefined) FORMATTED.set(precision, (known = new Map()));
  let text = known.get(value);
  if (text === undefined) {
    if (known.size >= MAX_FORMATTED) known.clear();
    known.set(value, (text = goG(value, precision)));
  }
  return text;
}

const FORMATTED = new Map<number, Map<number, string>>();
const MAX_FORMATTED = 4096;

function goG(value: number, precision: number): string {
  if (value === 0) return '0';
  if (value < 0) return `-${goG(-value, precision)}`;
  let { digits, point } = exactDecimal(value);
  ({ digits, point } = roundHalfEven(digits, point, precision));
  const exponent = point - 1;
  if (exponent < -4 || exponent >= precision) {
    const mantissa = trimZeros(`${digits[0]}.${digits.slice(1)}`);
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (point <= 0) return trimZeros(`0.${'0'.repeat(-point)}${digits}`);
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return trimZeros(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/** The exact decimal digits of a positive double and where its decimal point goes. */
function exactDecimal(value: number): { digits: string; point: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  if (biased !== 0) mantissa |= 1n << 52n;
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  let digits: string;
  let point: number;
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)).toString();
    point = digits.length;
  } else {
    // m * 2^e = m * 5^-e / 10^-e
    digits = (mantissa * 5n ** BigInt(-exponent)).toString();
    point = digits.length + exponent;
  }
  const stripped = digits.replace(/^0+/, '');
  return { digits: stripped.replace(/0+$/, '') || '0', point };
}

function roundHalfEven(digits: string, point: number, precision: number): { digits: string; point: number } {
  if (digits.length <= precision) return { digits, point };
  const kept = digits.slice(0, precision);
  const rest = digits.slice(precision);
  const last = Number(kept[kept.length - 1]);
  const up = rest[0]! > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || last % 2 === 1));
  if (!up) return { digits: kept, point };
  const bumped = (BigInt(kept) + 1n).toString();
  // 999 -> 1000: one more digit before the point, and the extra zero is not significant.
  return bumped.length > kept.length ? { digits: bumped.slice(0, precision), point: point + 1 } : { digits: bumped, point };
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
