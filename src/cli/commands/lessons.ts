/**
 * `docktutor lessons`: the lesson menu in the invocation's language, `--json` for tools (the course's
 * shape: steps, kinds, modes, counts), or `--check [DIR]` for lesson authors.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { DocktutorError } from '../../errors.js';
import { LANGS } from '../../i18n/index.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { lessonListMessages } from '../../i18n/lessons.js';
import { checkLessonsDir, displayPath, loadLessons } from '../../lessons/load.js';
import { formatProblem } from '../../lessons/problems.js';
import { formatLessonList } from './lessons-format.js';
import { terminalColumns } from '../../terminal/width.js';

export interface LessonsOptions {
  check?: string | boolean | undefined;
  json?: boolean | undefined;
}

export async function lessons(context: AppContext, options: LessonsOptions): Promise<void> {
  const m = lessonListMessages(context.lang);
  const { stdout } = context.io;
  if (options.check !== undefined && options.check !== false) {
    const dir = typeof options.check === 'string' ? resolve(context.cwd, options.check) : context.invocation.lessonsDir;
    const report = checkLessonsDir(dir);
    // Warnings first and never fatal: a risky flag is the author's choice, shown to the learner before it runs.
    const warning = safetyMessages(context.lang).warning;
    stdout.write(report.warnings.map((entry) => `${formatProblem(entry, warning)}\n`).join(''));
    if (report.problems.length > 0) {
      stdout.write(report.problems.map((problem) => `${formatProblem(problem)}\n`).join(''));
      throw new DocktutorError('lesson', m.problemsFound(report.problems.length), { hint: m.problemsHint });
    }
    stdout.write(`${m.checked(report.lessons, report.languages, report.questions, report.tries, report.edits)}\n`);
    return;
  }
  const dir = context.invocation.lessonsDir;
  const list = loadLessons(dir, context.lang);
  if (options.json) {
    const { describeCourse } = await import('../../lessons/course-json.js');
    const course = describeCourse(list, context.lang, (lesson) => LANGS.filter((lang) => existsSync(join(lesson.dir, `${lang}.md`))));
    stdout.write(`${JSON.stringify(course, null, 2)}\n`);
    return;
  }
  stdout.write(list.length > 0 ? formatLessonList(list, terminalColumns(stdout)) : `${m.empty(displayPath(dir))}\n`);
}
