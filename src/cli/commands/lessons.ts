/**
 * `docktutor lessons`: the lesson menu in the current language, `--json` for tools (the course's shape:
 * steps, kinds, modes, counts), or `--check [DIR]` for lesson authors.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocktutorError } from '../../errors.js';
import { getLang, LANGS } from '../../i18n/index.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { lessonListMessages } from '../../i18n/lessons.js';
import { checkLessonsDir, displayPath, loadLessons } from '../../lessons/load.js';
import { formatProblem } from '../../lessons/problems.js';
import { lessonsDir, type GlobalOptions } from '../../settings.js';
import { formatLessonList } from './lessons-format.js';
import { terminalColumns } from '../../terminal/width.js';

export interface LessonsOptions extends GlobalOptions {
  check?: string | boolean;
  json?: boolean;
}

export async function lessons(options: LessonsOptions): Promise<void> {
  const m = lessonListMessages();
  if (options.check !== undefined && options.check !== false) {
    const dir = typeof options.check === 'string' ? resolve(options.check) : lessonsDir(options.lessons);
    const report = checkLessonsDir(dir);
    // Warnings first and never fatal: a risky flag is the author's choice, shown to the learner before it runs.
    const warning = safetyMessages().warning;
    process.stdout.write(report.warnings.map((entry) => `${formatProblem(entry, warning)}\n`).join(''));
    if (report.problems.length > 0) {
      process.stdout.write(report.problems.map((problem) => `${formatProblem(problem)}\n`).join(''));
      throw new DocktutorError('lesson', m.problemsFound(report.problems.length), { hint: m.problemsHint });
    }
    process.stdout.write(`${m.checked(report.lessons, report.languages, report.questions, report.tries, report.edits)}\n`);
    return;
  }
  const dir = lessonsDir(options.lessons);
  const list = loadLessons(dir, getLang());
  if (options.json) {
    const { describeCourse } = await import('../../lessons/course-json.js');
    const course = describeCourse(list, getLang(), (lesson) => LANGS.filter((lang) => existsSync(join(lesson.dir, `${lang}.md`))));
    process.stdout.write(`${JSON.stringify(course, null, 2)}\n`);
    return;
  }
  process.stdout.write(list.length > 0 ? formatLessonList(list, terminalColumns(process.stdout)) : `${m.empty(displayPath(dir))}\n`);
}
