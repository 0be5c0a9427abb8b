/** A try-it step run live: the learner types (or accepts) the command, sees its output, then the check. */
import { DocktutorError } from '../../errors.js';
import { learnMessages } from '../../i18n/learn.js';
import type { Lesson } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { loadRenderer } from './renderer.js';
import type { Session } from './session.js';

/** Returns whether the step's check passed; a pass is saved before anything else happens. */
export async function runTryIt(session: Session, lesson: Lesson, step: number): Promise<boolean> {
  const m = learnMessages();
  const tryStep = lesson.steps[step]?.tryStep;
  if (!tryStep) return false;
  const suggested = session.tools.expandPlaceholders(tryStep.command, session.live.env);
  const line = (await session.prompts.input({ message: m.commandMessage, default: suggested })).trim() || suggested;
  let outcome;
  try {
    outcome = await session.tools.runTryStep(lesson, step, line, session.live);
  } catch (error) {
    // The daemon is away or the line does not parse: say so in one line and let the learner retry.
    if (!(error instanceof DocktutorError)) throw error;
    session.say(session.color.red(m.daemonProblem(error.message)));
    if (error.hint) session.say(session.color.dim(error.hint));
    return false;
  }
  if (outcome.passed) {
    await session.store.update({ kind: 'step-done', lesson: lesson.id, step, at: session.now().toISOString() });
    session.say(session.color.green(`✔ ${m.checkPassed}`));
  } else {
    session.say(session.color.red(`✘ ${m.checkFailed}`));
  }
  for (const line of outcome.lines) session.say(`  ${line}`);
  if (outcome.passed && tryStep.explain) {
    const note = { columns: session.columns(), color: session.color.level > 0, placeholders: placeholderValues(session.live.env) };
    session.print((await loadRenderer()).renderStepNote(tryStep.explain, note));
  }
  return outcome.passed;
}
