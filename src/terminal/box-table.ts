/**
 * A Markdown table drawn with cli-table3 and fitted to the width: columns shrink (widest first) and
 * their cells wrap, instead of the table running off the edge.
 */
import Table from 'cli-table3';
import { columnsOf } from './width.js';

const MIN_COLUMN = 8;

export function renderTable(header: string[], rows: string[][], width: number): string {
  const columns = header.length;
  const widest = (index: number) =>
    Math.max(...[header, ...rows].map((row) => Math.max(...(row[index] ?? '').split('\n').map((line) => columnsOf(line)))));
  // cli-table3 counts the one-space padding on each side inside a column's width.
  const widths = Array.from({ length: columns }, (_, index) => widest(index) + 2);
  const room = width - (columns + 1);
  while (widths.reduce((sum, w) => sum + w, 0) > room) {
    const largest = widths.indexOf(Math.max(...widths));
    if (widths[largest]! <= MIN_COLUMN) break;
    widths[largest]! -= 1;
  }
  const table = new Table({ head: header, colWidths: widths, wordWrap: true, style: { head: [], border: [] } });
  for (const row of rows) table.push(row);
  return table.toString();
}
