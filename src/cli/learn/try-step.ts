/**
 * A try or predict step in `learn`: the learner types the command (run it as often as they like),
 * climbs the hint ladder one rung at a time up to the whole command, or skips; it passes by its check.
 */
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson } from '../../lessons/model.js';
import { escapeControls } from '../../terminal/controls.js';
import { chooseAction, forwardAction, recordSkip, type Move } from './step-menu.js';
import { climb, hintActionLabel, openLadder, showSeenRungs } from './step-hints.js';
import type { Session } from './session.js';
import { runTryIt } from './try-it.js';

export async function showTryStep(session: Session, lesson: Lesson, step: number): Promise<Move> {
  const tryStep = lesson.steps[step]!.tryStep!;
  const command = session.tools.expandPlaceholders(tryStep.command, session.live.env);
  // One line, as the try box shows it: a line break in a shared lesson's command is shown, not followed.
  const ladder = await openLadder(session, lesson, step, `${learnStepMessages().answerCommand}\n  $ ${escapeControls(command, 'line')}`);
  await showSeenRungs(session, ladder);
  let passed = (await session.store.read()).lessons[lesson.id]?.stepsDone.includes(step) ?? false;
  let saved = Promise.resolve();
  for (;;) {
    // The last pass, written while the menu is drawn, is on disk before the choice takes effect (Ctrl-C too).
    const action = await chooseAction(session, step, passed ? [forwardAction(lesson, step), 'type', 'hint'] : ['type', 'hint', 'skip'], hintActionLabel(ladder)).finally(() => saved);
    switch (action) {
      case 'type': {
        const run = await runTryIt(session, lesson, step, ladder);
        if (run.passed) passed = true;
        saved = run.saved;
        break;
      }
      case 'hint':
        await climb(session, lesson, tryStep.id, ladder);
        break;
      case 'skip':
        await recordSkip(session, lesson, tryStep.id, ladder.climbed);
        return 1;
      case 'next':
      case 'quiz':
        return 1;
      case 'back':
        return -1;
      default:
        return 'quit';
    }
  }
}
