/**
 * The lesson list as a table, aligned by display width so that Korean titles line up, and never wider
 * than the terminal: titles are shortened first, then the minutes and question counts dropped.
 */
import { alignColumns } from '../../terminal/columns.js';
import { columnsOf, truncateColumns } from '../../terminal/width.js';
import { lessonListMessages } from '../../i18n/lessons.js';
import type { Lesson } from '../../lessons/model.js';
import { escapeControls } from '../../terminal/controls.js';

const TITLE = 2;
const MIN_TITLE = 16;

export function formatLessonList(lessons: Lesson[], width = 80): string {
  const m = lessonListMessages().columns;
  const rows = [
    [m.order, m.id, m.title, m.minutes, m.questions],
    ...lessons.map((lesson) => [String(lesson.order), lesson.id, escapeControls(lesson.title, 'line'), String(lesson.minutes), String(lesson.questions.length)]),
  ];
  const widest = (lines: string[]) => Math.max(...lines.map((line) => columnsOf(line)));
  let lines: string[] = [];
  // All five columns, then without the question count, then without the minutes.
  for (const columns of [5, 4, 3]) {
    const cells = rows.map((row) => row.slice(0, columns));
    // Numbers read best right-aligned.
    const align = (table: string[][]) => alignColumns(table, { right: [0, 3, 4].filter((index) => index < columns) });
    const over = widest(align(cells)) - width;
    const natural = Math.max(...cells.map((row) => columnsOf(row[TITLE]!)));
    const title = natural - Math.max(over, 0);
    lines = align(cells.map((row, index) => row.map((cell, column) => (column === TITLE && index > 0 ? truncateColumns(cell, title) : cell))));
    if (over <= 0 || title >= MIN_TITLE) break;
  }
  return `${lines.join('\n')}\n`;
}
