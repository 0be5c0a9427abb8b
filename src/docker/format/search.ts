/**
 * `docker search`'s table, as the docker CLI renders it: Go's tabwriter (minimum width 10, padding 3,
 * the last column not padded) and descriptions cut to 45 columns with an ellipsis. Pure.
 */
import { columnsOf } from '../../terminal/width.js';

export interface SearchRow {
  name: string;
  description: string;
  stars: number;
  official: boolean;
}

const HEADER = ['NAME', 'DESCRIPTION', 'STARS', 'OFFICIAL'];

export function formatSearchTable(rows: SearchRow[], options: { noTrunc: boolean }): string {
  const cells = rows.map((row) => {
    const description = row.description.replace(/[\r\n]/g, ' ');
    return [row.name, options.noTrunc ? description : ellipsis(description, 45), String(row.stars), row.official ? '[OK]' : ''];
  });
  return formatColumns([HEADER, ...cells]);
}

/** Go's text/tabwriter with minwidth 10, tabwidth 1, padding 3: every column but the last is padded. */
export function formatColumns(table: string[][]): string {
  const columns = Math.max(...table.map((row) => row.length));
  const widths: number[] = [];
  for (let column = 0; column < columns - 1; column += 1) {
    widths[column] = Math.max(10, ...table.map((row) => runeCount(row[column] ?? '') + 3));
  }
  return table
    .map((row) => row.map((cell, column) => (column < columns - 1 ? cell + ' '.repeat(widths[column]! - runeCount(cell)) : cell)).join(''))
    .map((line) => `${line}\n`)
    .join('');
}

/** The docker CLI's formatter.Ellipsis: cut to a display width, the last column an ellipsis. */
export function ellipsis(text: string, maxWidth: number): string {
  const chars = [...text];
  if (/^[\x00-\x7f]*$/.test(text)) return text.length <= maxWidth ? text : `${text.slice(0, maxWidth - 1)}…`;
  let width = 0;
  const ends = chars.map((char) => (width += columnsOf(char)));
  if (width <= maxWidth) return text;
  const keep = ends.findIndex((end, index) => end <= maxWidth - 1 && (ends[index + 1] ?? Infinity) > maxWidth - 1);
  return keep < 0 ? text : `${chars.slice(0, keep + 1).join('')}…`;
}

function runeCount(text: string): number {
  return [...text].length;
}
