/**
 * `docktutor lessons show <lesson> [--step N] [--width N]`: a lesson, or one step of it, rendered by the
 * very function `learn` uses, with no prompt and no daemon. Authors review a lesson with it; tests
 * check every step's layout through it.
 */
import type { AppContext } from '../../app/context.js';
import { DocktutorError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { renderMessages } from '../../i18n/lessons.js';
import { loadLessons } from '../../lessons/load.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { commandName } from '../../command-name.js';
import { findLesson } from '../learn/pick-lesson.js';
import { loadRenderer } from '../learn/renderer.js';
import { terminalColumns } from '../../terminal/width.js';

export interface ShowOptions {
  lesson: string;
  step?: string | undefined;
  width?: string | undefined;
}

/** The text goes to the context's stdout; its `columns` and `isTTY` decide the width and colour as in learn. */
export async function showLesson(context: AppContext, options: ShowOptions): Promise<void> {
  const { lang, env } = context;
  const m = renderMessages(lang);
  const out = context.io.stdout;
  const columns = options.width === undefined ? terminalColumns(out, env) : readWidth(options.width, lang);
  const lesson = findLesson(loadLessons(context.invocation.lessonsDir, lang), options.lesson);
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

function readWidth(text: string, lang: Lang): number {
  const width = Number(text);
  if (Number.isInteger(width) && width >= 20) return width;
  const m = renderMessages(lang);
  throw new DocktutorError('usage', m.badWidth(text), { hint: m.badWidthHint, exitCode: 2 });
}
