/** The lesson list as a table, aligned by display width so that Korean titles line up. */
import stringWidth from 'string-width';
import { lessonListMessages } from '../../i18n/lessons.js';
import type { Lesson } from '../../lessons/model.js';
import { escapeControls } from '../../lessons/safety/controls.js';

export function formatLessonList(lessons: Lesson[]): string {
  const m = lessonListMessages().columns;
  const rows = [
    [m.order, m.id, m.title, m.minutes, m.questions],
    ...lessons.map((lesson) => [String(lesson.order), lesson.id, escapeControls(lesson.title, 'line'), String(lesson.minutes), String(lesson.questions.length)]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => stringWidth(row[column]!))));
  // Numbers read best right-aligned; the last column is not padded on the right.
  const numeric = [true, false, false, true, true];
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const gap = ' '.repeat(widths[column]! - stringWidth(cell));
          return numeric[column] ? gap + cell : column === row.length - 1 ? cell : cell + gap;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
