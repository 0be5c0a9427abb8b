/**
 * `docktutor lessons show <lesson> [--step N] [--width N]`: a lesson, or one step of it, rendered by the
 * very function `learn` uses, with no prompt and no daemon. Authors review a lesson with it; tests
 * check every step's layout through it.
 */
import { DocktutorError } from '../../errors.js';
import { getLang, parseLang } from '../../i18n/index.js';
import { renderMessages } from '../../i18n/lessons.js';
import { loadLessons } from '../../lessons/load.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { lessonsDir, type GlobalOptions } from '../../settings.js';
import { commandName } from '../../command-name.js';
import { findLesson } from '../learn/pick-lesson.js';
import { loadRenderer } from '../learn/renderer.js';

export interface ShowOptions extends GlobalOptions {
  lesson: string;
  step?: string | undefined;
  width?: string | undefined;
  /** Where the text goes (default: stdout); its `columns` and `isTTY` decide the width and colour as in learn. */
  out?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env?: NodeJS.ProcessEnv;
}

export async function showLesson(options: ShowOptions): Promise<void> {
  const lang = options.lang !== undefined ? parseLang(options.lang) : getLang();
  const m = renderMessages(lang);
  const out = options.out ?? process.stdout;
  const env = options.env ?? process.env;
  const columns = options.width === undefined ? out.columns || 80 : readWidth(options.width);
  const lesson = findLesson(loadLessons(lessonsDir(options.lessons, env), lang), options.lesson);
  const total = lesson.steps.length;
  let steps = lesson.steps.map((_, index) => index);
  if (options.step !== undefined) {
    const step = Number(options.step);
    if (!Number.isInteger(step) || step < 1 || step > total) {
      throw new DocktutorError('usage', m.noSuchStep(options.step, lesson.id, total), {
        hint: m.noSuchStepHint(`${commandName()} lessons show ${lesson.order}`),
        exitCode: 2,
      });
    }
    steps = [step - 1];
  }
  const { renderStep } = await loadRenderer();
  // The colour decision is learn's: a terminal without NO_COLOR.
  const color = Boolean(out.isTTY) && !env.NO_COLOR;
  const placeholders = placeholderValues(env);
  out.write(steps.map((index) => renderStep(lesson, index, { columns, color, lang, placeholders })).join('\n'));
}

function readWidth(text: string): number {
  const width = Number(text);
  if (Number.isInteger(width) && width >= 20) return width;
  const m = renderMessages();
  throw new DocktutorError('usage', m.badWidth(text), { hint: m.badWidthHint, exitCode: 2 });
}
