/** `docktutor lessons`: the lesson menu in the current language, or `--check [DIR]` for lesson authors. */
import { resolve } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { DocktutorError } from '../../errors.js';
import { lessonListMessages } from '../../i18n/lessons.js';
import { displayPath, loadLessons } from '../../lessons/load.js';
import { formatProblem } from '../../lessons/problems.js';
import { formatLessonList } from './lessons-format.js';

export interface LessonsOptions {
  check?: string | boolean | undefined;
}

export async function lessons(context: AppContext, options: LessonsOptions): Promise<void> {
  const m = lessonListMessages(context.lang);
  const { stdout } = context.io;
  if (options.check !== undefined && options.check !== false) {
    const dir = typeof options.check === 'string' ? resolve(context.cwd, options.check) : context.invocation.lessonsDir;
    const { checkLessons } = await import('../../lessons/check-parallel.js');
    const report = await checkLessons(dir);
    if (report.problems.length > 0) {
      stdout.write(report.problems.map((problem) => `${formatProblem(problem)}\n`).join(''));
      throw new DocktutorError('lesson', m.problemsFound(report.problems.length), { hint: m.problemsHint });
    }
    stdout.write(`${m.checked(report.lessons, report.languages, report.questions, report.tries)}\n`);
    return;
  }
  const dir = context.invocation.lessonsDir;
  const list = loadLessons(dir, context.lang);
  stdout.write(list.length > 0 ? formatLessonList(list) : `${m.empty(displayPath(dir))}\n`);
}
