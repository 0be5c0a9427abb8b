/**
 * Rows of cells as aligned columns, measured by display width so that Korean cells line up: every
 * column as wide as its widest cell, the last one never padded, trailing spaces dropped.
 */
import { columnsOf, padEnd, padStart } from './width.js';

export interface ColumnOptions {
  /** Spaces between columns (default 2). */
  gap?: number;
  /** Columns (by index) aligned to the right: numbers. */
  right?: readonly number[];
}

export function alignColumns(rows: readonly (readonly string[])[], options: ColumnOptions = {}): string[] {
  const gap = ' '.repeat(options.gap ?? 2);
  const right = new Set(options.right ?? []);
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, columnsOf(cell))));
  return rows.map((row) =>
    row
      .map((cell, index) => {
        if (right.has(index)) return padStart(cell, widths[index]!);
        return index === row.length - 1 ? cell : padEnd(cell, widths[index]!);
      })
      .join(gap)
      .trimEnd(),
  );
}
