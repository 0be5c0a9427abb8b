/**
 * Characters that make a terminal do something instead of showing something: C0 controls (ESC starts
 * cursor moves, screen clears and OSC 52 clipboard writes), DEL, C1 controls (0x9b is a one-byte CSI)
 * and the bidirectional overrides that reorder what is shown ("Trojan Source"). A lesson, a registry or
 * a folder name may hold any of them; the learner must see what runs, so every screen shows them as
 * visible escapes (`\x1b`, `\u202e`) through `escapeControls`, and `lessons --check` refuses them.
 */

// Built from code points so that this file itself holds no control character.
const C0 = '\\u0000-\\u001f';
const C1_DEL = '\\u007f-\\u009f';
const BIDI = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
/** Every such character, line breaks and tabs included. */
const ANY = new RegExp(`[${C0}${C1_DEL}${BIDI}]`, 'g');
/** The same, but a line break, a tab and the \r of a \r\n ending are text. */
const PROSE = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f${C1_DEL}${BIDI}]|\\r(?!\\n)`, 'g');

export type ControlMode = 'prose' | 'line';

/**
 * The text with every control character written out visibly. `prose` keeps line breaks and tabs (step
 * text, explanations); `line` escapes them too (a command, a menu entry, one line of a report).
 */
export function escapeControls(text: string, mode: ControlMode = 'prose'): string {
  const pattern = mode === 'prose' ? PROSE : ANY;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  return text.replace(pattern, describeControl);
}

/** `\x1b`, `\x9b`, `\u202e`: how one control character is shown. */
export function describeControl(char: string): string {
  const code = char.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Where the first control character of `text` at or after `from` is, or -1. */
export function findControl(text: string, mode: ControlMode = 'prose', from = 0): number {
  const pattern = mode === 'prose' ? PROSE : ANY;
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : -1;
}
