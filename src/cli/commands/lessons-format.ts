/** The lesson list as a table, aligned by display width so that Korean titles line up. */
import { alignColumns } from '../../terminal/columns.js';
import { lessonListMessages } from '../../i18n/lessons.js';
import type { Lesson } from '../../lessons/model.js';
import { escapeControls } from '../../terminal/controls.js';

export function formatLessonList(lessons: Lesson[]): string {
  const m = lessonListMessages().columns;
  const rows = [
    [m.order, m.id, m.title, m.minutes, m.questions],
    ...lessons.map((lesson) => [String(lesson.order), lesson.id, escapeControls(lesson.title, 'line'), String(lesson.minutes), String(lesson.questions.length)]),
  ];
  // Numbers read best right-aligned.
  return `${alignColumns(rows, { right: [0, 3, 4] }).join('\n')}\n`;
}
