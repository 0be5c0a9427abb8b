/**
 * Display width: how many terminal columns text takes (a Hangul syllable two, an escape sequence
 * none), and padding by it. Every screen that lines text up measures it here, never by `.length`.
 */
import { loadStringWidth } from './load-string-width.js';

// Characters that never join their neighbours into one grapheme: Latin, punctuation, arrows, box drawing,
// the check marks and crosses of docktutor's feedback (✓ ✔ ✗ ✘), the menus' ⏎ and ❯, Hangul syllables, kana, ideographs and fullwidth forms (combining marks, jamo and emoji are left to
// string-width).
const SIMPLE = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u205e\u2190-\u21ff\u23ce\u2500-\u259f\u2713-\u2718\u276e\u276f\u2e80-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]*$/;
/**
 * The characters of SIMPLE that do not take one column, as string-width counts them ([first, last,
 * columns]; test/terminal/columns.test.ts checks every character against it). Text made of SIMPLE
 * characters is measured without string-width, whose Intl.Segmenter costs tens of milliseconds to build.
 */
const NOT_ONE: readonly (readonly [number, number, number])[] = [
  [0x00a9, 0x00a9, 2], [0x00ad, 0x00ad, 0], [0x00ae, 0x00ae, 2], [0x202a, 0x202e, 0], [0x203c, 0x203c, 2], [0x2049, 0x2049, 2],
  [0x2194, 0x2199, 2], [0x21a9, 0x21aa, 2], [0x2714, 0x2714, 2], [0x2716, 0x2716, 2], [0x2e80, 0x2e99, 2], [0x2e9b, 0x2ef3, 2], [0x2f00, 0x2fd5, 2], [0x2ff0, 0x3029, 2],
  [0x3030, 0x303e, 2], [0x3041, 0x3096, 2], [0x309b, 0x30ff, 2], [0x3105, 0x312f, 2], [0x3131, 0x3163, 2], [0x3164, 0x3164, 0],
  [0x3165, 0x318e, 2], [0x3190, 0x31e5, 2], [0x31ef, 0x321e, 2], [0x3220, 0x3247, 2], [0x3250, 0x4dbf, 2], [0x4e00, 0x9fff, 2],
  [0xac00, 0xd7a3, 2], [0xf900, 0xfaff, 2], [0xff01, 0xff60, 2], [0xffe0, 0xffe6, 2],
];
let measure: ((text: string) => number) | undefined;
const stringWidth = (text: string): number => (measure ??= loadStringWidth())(text);
// CSI sequences (colours) and OSC sequences (hyperlinks), as wrap.ts knows them.
const ESCAPE = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/**
 * Columns a piece of text takes. string-width segments graphemes, which is slow; text made only of
 * characters that stand alone is the sum of their widths.
 */
export function columnsOf(text: string): number {
  // Escape sequences take no room: taken out here, by a linear pattern, rather than by string-width.
  if (text.includes('\u001b')) text = text.replace(ESCAPE, '');
  if (!SIMPLE.test(text)) {
    // string-width's time grows faster than the text: a long text is measured a word at a time.
    return text.length > 4096 ? text.split(' ').reduce((sum, word) => sum + stringWidth(word), text.split(' ').length - 1) : stringWidth(text);
  }
  let columns = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x7f) {
      columns += 1;
      continue;
    }
    columns += NOT_ONE.find(([first, last]) => code >= first && code <= last)?.[2] ?? 1;
  }
  return columns;
}

/** `text` followed by spaces up to `width` columns (never cut). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columnsOf(text)));
}

/** Spaces up to `width` columns, then `text`: for numbers, which read best right-aligned. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - columnsOf(text))) + text;
}

/** Cut to `width` columns, ending in an ellipsis when something was cut. */
export function truncateColumns(text: string, width: number): string {
  if (columnsOf(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (columnsOf(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * The columns text written to `stream` may take: the terminal's width, else COLUMNS (as `ls` and
 * `man` read it, so a pipe or a test can ask for a width), else 80.
 */
export function terminalColumns(stream?: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  if (stream?.isTTY && stream.columns) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : 80;
}
