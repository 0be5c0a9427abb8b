/** Small text helpers of the docker CLI's formatters: short IDs, ellipsis, Go's string quoting. */

/** stringid.TruncateID: drop an algorithm prefix (`sha256:`) and keep 12 characters. */
export function truncateId(id: string): string {
  const colon = id.indexOf(':');
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.slice(0, 12);
}

/** East Asian wide and fullwidth characters take two columns (Hangul, CJK, fullwidth forms). */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The docker CLI's Ellipsis: cut to `max` display columns, the last one being `…`. */
export function ellipsis(text: string, max: number): string {
  if (max <= 0) return '';
  const chars = [...text];
  if (max === 1) return chars[0] ?? '';
  let width = 0;
  const ends: number[] = [];
  for (const char of chars) {
    width += WIDE.test(char) ? 2 : 1;
    ends.push(width);
  }
  if (width <= max) return text;
  let keep = 0;
  while (keep < ends.length && ends[keep]! <= max - 1) keep += 1;
  return `${chars.slice(0, keep).join('')}…`;
}

const GO_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '"': '\\"', '\\': '\\\\' };

/** Go's strconv.Quote for the COMMAND column: `"sh -c \"echo hi\""`. */
export function goQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (GO_ESCAPES[char]) out += GO_ESCAPES[char];
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return `${out}"`;
}
