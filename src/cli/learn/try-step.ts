/**
 * A try or predict step in `learn`: the learner types the command (run it as often as they like),
 * climbs the hint ladder one rung at a time up to the whole command, or skips; it passes by its check.
 */
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson } from '../../lessons/model.js';
import { escapeControls } from '../../terminal/controls.js';
import { runStepMenu, type Move } from './step-menu.js';
import { openLadder, showSeenRungs } from './step-hints.js';
import type { Session } from './session.js';
import { runTryIt } from './try-it.js';

export async function showTryStep(session: Session, lesson: Lesson, step: number): Promise<Move> {
  const tryStep = lesson.steps[step]!.tryStep!;
  const command = session.tools.expandPlaceholders(tryStep.command, session.live.env);
  // One line, as the try box shows it: a line break in a shared lesson's command is shown, not followed.
  const ladder = await openLadder(session, lesson, step, `${learnStepMessages().answerCommand}\n  $ ${escapeControls(command, 'line')}`);
  await showSeenRungs(session, ladder);
  return runStepMenu(session, lesson, step, tryStep.id, ladder, {
    untilPassed: ['type'],
    oncePassed: ['type'],
    run: () => runTryIt(session, lesson, step, ladder),
  });
}
