/**
 * The title of a level-2 heading line: `## Title ##` -> `Title`. It gives what
 * `/^## +(.*?)(?:\s+#+)?\s*$/` gives (CommonMark's closing run of #s and trailing spaces dropped), but in
 * one pass: that pattern tries every end of the lazy title against the rest of the line, so a line of
 * 200 KB of spaces took over a minute.
 */
export function headingTitle(line: string): string | undefined {
  if (!line.startsWith('## ')) return undefined;
  let start = 3;
  while (line.charCodeAt(start) === 32) start += 1;
  let end = trimEnd(line, start, line.length);
  // A closing run of #s counts only when whitespace comes before it.
  let hashes = end;
  while (hashes > start && line.charCodeAt(hashes - 1) === 35 /* # */) hashes -= 1;
  if (hashes < end && hashes > start && isSpace(line[hashes - 1]!)) end = trimEnd(line, start, hashes);
  return line.slice(start, end);
}

function trimEnd(line: string, start: number, end: number): number {
  let at = end;
  while (at > start && isSpace(line[at - 1]!)) at -= 1;
  return at;
}

const SPACE = /\s/;

function isSpace(char: string): boolean {
  return SPACE.test(char);
}
