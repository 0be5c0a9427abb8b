/**
 * What a small terminal would show of a running step's output: the last `height` rows, `width`
 * columns wide. A carriage return starts the row again (progress bars redraw themselves that way);
 * escape sequences and other control characters from the build are dropped, since the daemon's output
 * is untrusted and must not move the cursor of the view drawn around it. Pure.
 */
// CSI and OSC sequences, then any other C0/C1 control except newline and carriage return.
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]?/g;
const CONTROLS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

export function terminalLines(text: string, width: number, height: number): string[] {
  const columns = Math.max(1, width);
  const rows: string[] = [];
  for (const line of cleanText(text).split('\n')) {
    let row = line.slice(line.lastIndexOf('\r') + 1);
    if (row.length === 0) {
      rows.push('');
      continue;
    }
    while (row.length > 0) {
      const chars = [...row];
      rows.push(chars.slice(0, columns).join(''));
      row = chars.slice(columns).join('');
    }
  }
  // The text ends with a newline: the cursor sits on an empty row that shows nothing.
  while (rows.length > 0 && rows.at(-1)!.trim() === '') rows.pop();
  return rows.slice(-height).filter((row) => row.trim() !== '');
}

/** Tabs become spaces; escape sequences and other control characters go. Newlines and \r stay. */
export function cleanText(text: string): string {
  return text.replace(ESCAPES, '').replaceAll('\t', '    ').replace(CONTROLS, '');
}

/** One line for the terminal: like cleanText, and a carriage return ends what came before it. */
export function cleanLine(text: string): string {
  const clean = cleanText(text);
  return clean.slice(clean.lastIndexOf('\r') + 1);
}
