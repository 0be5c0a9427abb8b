/** A try-it step run live: the learner types (or accepts) the command, sees its output, then the check. */
import { DocktutorError } from '../../errors.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { learnMessages } from '../../i18n/learn.js';
import type { Lesson } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { escapeControls } from '../../terminal/controls.js';
import { loadRenderer } from './renderer.js';
import type { Session } from './session.js';

/** Returns whether the step's check passed; a pass is saved before anything else happens. */
export async function runTryIt(session: Session, lesson: Lesson, step: number): Promise<boolean> {
  const m = learnMessages();
  const tryStep = lesson.steps[step]?.tryStep;
  if (!tryStep) return false;
  // Shown and run as the same text: a control character in the lesson's command is escaped, not obeyed.
  const suggested = escapeControls(session.tools.expandPlaceholders(tryStep.command, session.live.env), 'line');
  await warnAboutRisks(session, suggested);
  const line = (await session.prompts.input({ message: m.commandMessage, default: suggested })).trim() || suggested;
  let outcome;
  try {
    outcome = await session.tools.runTryStep(lesson, step, line, session.live);
  } catch (error) {
    // The daemon is away or the line does not parse: say so in one line and let the learner retry.
    if (!(error instanceof DocktutorError)) throw error;
    session.say(session.color.red(m.daemonProblem(escapeControls(error.message, 'line'))));
    if (error.hint) session.say(session.color.dim(escapeControls(error.hint, 'line')));
    return false;
  }
  if (outcome.passed) {
    await session.store.update({ kind: 'step-done', lesson: lesson.id, step, at: session.now().toISOString() });
    session.say(session.color.green(`✔ ${m.checkPassed}`));
  } else {
    session.say(session.color.red(`✘ ${m.checkFailed}`));
  }
  // Check lines quote the lesson and what a registry answered.
  for (const line of outcome.lines) session.say(`  ${escapeControls(line, 'line')}`);
  if (outcome.passed && tryStep.explain) {
    const note = { columns: session.columns(), color: session.color.level > 0, placeholders: placeholderValues(session.live.env) };
    session.print((await loadRenderer()).renderStepNote(tryStep.explain, note));
  }
  return outcome.passed;
}

/** A lesson's command that reaches into this machine (`-v /:/h`, `--network host`) is pointed out before the learner runs it. */
async function warnAboutRisks(session: Session, command: string): Promise<void> {
  const { findRiskyFlagsIn } = await import('../../lessons/safety/risky-flags.js');
  // A bind mount out of the practice folder is not among them: `docker run` refuses it in a lesson step.
  const risks = findRiskyFlagsIn(command).filter((risk) => risk.kind === 'flag');
  if (risks.length > 0) session.say(session.color.yellow(safetyMessages().learnWarning(risks.map((risk) => risk.text).join('; '))));
}
