/**
 * How much Markdown structure a step may hold. marked (the renderer) is quadratic in the emphasis, code
 * and link marks of one paragraph (`*a` repeated 16 KB took seconds; upstream markedjs/marked#4099) and
 * recurses once per level of nested lists and quotes (2,000 levels overflow the stack). Lessons need
 * little of either: the shipped ones have at most 46 marks in a paragraph and nest three deep. Past
 * these limits `lessons --check` refuses the step, and the renderer shows its text as written instead.
 */

/** `*`, `_`, `~`, backticks and `[` in one text: each can open something marked looks for a match of. */
export const MAX_MARKDOWN_MARKS = 1000;
/** Levels of lists and quotes on one line (`> - 1. x` is three), indentation counting one per 4 spaces. */
export const MAX_MARKDOWN_DEPTH = 16;

export interface MarkdownMeasure {
  marks: number;
  depth: number;
}

/** The marks are counted only in a text long enough to hold too many (the checker measures every text). */
export function measureMarkdown(text: string): MarkdownMeasure {
  let depth = 0;
  for (let start = 0; ; ) {
    depth = Math.max(depth, lineDepth(text, start));
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  return { marks: text.length > MAX_MARKDOWN_MARKS ? countMarks(text) : 0, depth };
}

function countMarks(text: string): number {
  let marks = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 42 || code === 95 || code === 126 || code === 96 || code === 91) marks += 1;
  }
  return marks;
}

export function isOverBudget(measure: MarkdownMeasure): boolean {
  return measure.marks > MAX_MARKDOWN_MARKS || measure.depth > MAX_MARKDOWN_DEPTH;
}

/** The nesting a line opens with: its indentation, then quote and list markers, each followed by a space. */
function lineDepth(text: string, start: number): number {
  let at = start;
  let indent = 0;
  while (text.charCodeAt(at) === 32) {
    at += 1;
    indent += 1;
  }
  let depth = Math.floor(indent / 4);
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 62 /* > */) at += 1;
    else if ((code === 45 || code === 42 || code === 43) && text.charCodeAt(at + 1) === 32) at += 1;
    else if (code >= 48 && code <= 57) {
      let digits = at;
      while (digits - at < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits += 1;
      const after = text.charCodeAt(digits);
      if ((after !== 46 && after !== 41) || text.charCodeAt(digits + 1) !== 32) break;
      at = digits + 1;
    } else break;
    depth += 1;
    while (text.charCodeAt(at) === 32) at += 1;
  }
  return depth;
}
