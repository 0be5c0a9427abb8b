/**
 * Go's text/tabwriter, as the docker CLI configures it: tab-terminated cells are padded to the widest
 * cell of their column block plus `padding`, at least `minWidth`; the last cell of a line is not
 * padded. A column block is a run of consecutive lines that have a cell in that column, which is what
 * lets `docker version` align each section on its own.
 */

export interface TabOptions {
  minWidth: number;
  padding: number;
}

/** `docker ps` and `docker images`: tabwriter.NewWriter(out, 10, 1, 3, ' ', 0). */
export const TABLE_OPTIONS: TabOptions = { minWidth: 10, padding: 3 };

export function tabwrite(text: string, options: TabOptions = TABLE_OPTIONS): string {
  const endsWithNewline = text.endsWith('\n');
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n').map((line) => line.split('\t'));
  const out: string[] = [];
  const widths: number[] = [];

  const writeLines = (from: number, to: number) => {
    for (let row = from; row < to; row += 1) {
      const cells = lines[row]!;
      out.push(cells.map((cell, column) => (column < cells.length - 1 ? pad(cell, widths[column] ?? 0) : cell)).join(''));
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    let start = line0;
    for (let row = line0; row < line1; row += 1) {
      if (column >= lines[row]!.length - 1) continue;
      writeLines(start, row);
      start = row;
      let width = options.minWidth;
      let end = row;
      for (; end < line1 && column < lines[end]!.length - 1; end += 1) {
        width = Math.max(width, runeLength(lines[end]![column]!) + options.padding);
      }
      widths.push(width);
      format(start, end);
      widths.pop();
      start = end;
      row = end - 1;
    }
    writeLines(start, line1);
  };

  format(0, lines.length);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

/** Rows of cells -> an aligned table, one line per row (the docker CLI's `table` format). */
export function formatRows(rows: string[][], options: TabOptions = TABLE_OPTIONS): string {
  return tabwrite(rows.map((row) => `${row.join('\t')}\n`).join(''), options);
}

function pad(cell: string, width: number): string {
  return cell + ' '.repeat(Math.max(0, width - runeLength(cell)));
}

/** tabwriter counts runes (code points), not bytes or display columns. */
function runeLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
