/**
 * A try (or predict) step run live: the containers it needs are looked for first (and re-created on
 * one key), a predict step asks for the prediction, the learner types the command into an empty prompt,
 * and the step passes by its check alone. A name already taken is docker's error, with an offer to
 * remove docktutor's old container. A pass is saved before the learner's next move takes effect.
 */
import { DocktutorError } from '../../errors.js';
import { learnMessages } from '../../i18n/learn.js';
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson, TryStep } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { escapeControls } from '../../terminal/controls.js';
import { writeAsOne } from '../../terminal/one-write.js';
import { namingDockerCommandsFor } from '../../command-name.js';
import { solvedOutcome } from './hint-ladder.js';
import { askPrediction, showPrediction } from './predict.js';
import { loadRenderer } from './renderer.js';
import type { Session } from './session.js';
import type { Ladder } from './step-hints.js';
import type { WorkResult } from './step-menu.js';
import type { TryOutcome } from './tools.js';

const NOT_PASSED: WorkResult = { passed: false };

/** Runs the step's command as the learner types it; says whether its check passed. */
export async function runTryIt(session: Session, lesson: Lesson, step: number, ladder: Ladder): Promise<WorkResult> {
  const m = learnMessages();
  const s = learnStepMessages();
  const tryStep = lesson.steps[step]?.tryStep;
  if (!tryStep) return NOT_PASSED;
  let outcome: TryOutcome;
  let predicted: number | undefined;
  let note: (() => Promise<string>) | undefined;
  // What the command says about other docker commands (Ctrl-C's tip, a hint) names them as typed here.
  namingDockerCommandsFor('step');
  try {
    if (tryStep.network === 'bridge' && !(await session.tools.hasBridgeNetwork(session.live))) {
      session.say(session.color.yellow(s.noBridge));
      return NOT_PASSED;
    }
    if (!(await ensureNeeds(session, lesson, step))) return NOT_PASSED;
    const recorded = (await session.store.read()).lessons[lesson.id]?.predictions[tryStep.id];
    if (tryStep.predict && !recorded) predicted = await askPrediction(session, tryStep.predict);
    // The practice folder and the check are made ready before the prompt: after Enter, the command alone runs.
    const run = await session.tools.startTryStep(lesson, step, session.live);
    // A recall step offers nothing to fill in, until the ladder's last rung has revealed the command.
    const shown = tryStep.mode === 'copy' || ladder.climbed >= ladder.rungs.length;
    // Shown and run as the same text: a control character in the lesson's command is escaped, not obeyed.
    const suggestion = shown ? escapeControls(session.tools.expandPlaceholders(tryStep.command, session.live.env), 'line') : undefined;
    if (suggestion) await warnAboutRisks(session, suggestion);
    const asked = session.prompts.command({ message: s.commandMessage, ...(suggestion ? { suggestion } : {}), help: suggestion ? s.commandHelpCopy : s.commandHelpRecall });
    // The note is laid out while the learner types, not between the daemon's answer and the menu.
    note = tryStep.explain ? prepareNote(session, tryStep.explain) : undefined;
    const line = await asked;
    if (line === '') return NOT_PASSED;
    outcome = await run(line);
    if (!outcome.passed && outcome.conflict) outcome = await offerConflictRemoval(session, line, outcome, run);
  } catch (error) {
    // The daemon is away or the line does not parse: say so in one line and let the learner retry.
    if (!(error instanceof DocktutorError)) throw error;
    session.say(session.color.red(m.daemonProblem(escapeControls(error.message, 'line'))));
    if (error.hint) session.say(session.color.dim(escapeControls(error.hint, 'line')));
    return NOT_PASSED;
  } finally {
    namingDockerCommandsFor('shell');
  }
  if (tryStep.predict && predicted !== undefined) await showPrediction(session, lesson, tryStep, predicted, outcome.measured);
  // The pass is written once the outcome is printed and the menu drawn: the learner's choice waits for it.
  const saved = outcome.passed ? afterTheMenu(() => recordPass(session, lesson, step, tryStep, ladder)) : undefined;
  // Awaited by the caller; a failure meanwhile must not go unhandled.
  saved?.catch(() => undefined);
  // The outcome, the note and the menu under them reach the terminal in one write.
  writeAsOne(session.io.stdout);
  session.say(outcome.passed ? session.color.green(`✔ ${m.checkPassed}`) : session.color.red(`✘ ${m.checkFailed}`));
  // Check lines quote the lesson and what a registry answered.
  for (const line of outcome.lines) session.say(`  ${escapeControls(line, 'line')}`);
  if (outcome.passed && note) session.print(await note());
  return { passed: outcome.passed, saved };
}

async function recordPass(session: Session, lesson: Lesson, step: number, tryStep: TryStep, ladder: Ladder): Promise<void> {
  const at = session.now().toISOString();
  await session.store.update(
    { kind: 'step-done', lesson: lesson.id, step, at },
    { kind: 'step-outcome', lesson: lesson.id, step: tryStep.id, outcome: solvedOutcome(ladder.rungs, ladder.climbed), hints: ladder.climbed, at },
  );
}

/** Every container the step needs, as the step that made it left it: re-created on one key when it is not. */
async function ensureNeeds(session: Session, lesson: Lesson, step: number): Promise<boolean> {
  const s = learnStepMessages();
  for (const need of await session.tools.unmetNeeds(lesson, step, session.live)) {
    const number = need.stepIndex + 1;
    const state = need.state === 'missing' ? s.needMissing(need.container, number) : need.state === 'stopped' ? s.needStopped(need.container) : s.needChanged(need.container, number);
    session.say(session.color.yellow(state));
    if (need.state !== 'missing' && !need.owned) {
      session.say(s.conflictForeign(need.container));
      return false;
    }
    // The commands are shown before they run: the learner knows what the one key does.
    const commands = need.replay.map((index) => lesson.steps[index]?.tryStep).flatMap((maker) => (maker ? [escapeControls(session.tools.expandPlaceholders(maker.command, session.live.env), 'line')] : []));
    if (!(await session.prompts.confirm({ message: s.needOffer(commands.length > 0 ? commands : [need.step]), default: true }))) return true;
    const made = await session.tools.recreateNeed(lesson, need, session.live);
    const back = need.state === 'changed' || need.replay.length > 1 ? s.needRestored(need.container, number) : s.needCreated(need.container);
    session.say(made.passed ? session.color.green(back) : session.color.red(s.needNotCreated(need.container)));
    if (!made.passed) return false;
  }
  return true;
}

/** docker refused the name: offer to remove docktutor's own container of that name, then run the line again. */
async function offerConflictRemoval(session: Session, line: string, outcome: TryOutcome, run: (line: string) => Promise<TryOutcome>): Promise<TryOutcome> {
  const s = learnStepMessages();
  const conflict = outcome.conflict!;
  if (!conflict.owned) {
    session.say(session.color.yellow(s.conflictForeign(conflict.name)));
    return outcome;
  }
  session.say(session.color.yellow(s.conflictOwned(conflict.name)));
  if (!(await session.prompts.confirm({ message: s.conflictOffer(conflict.name), default: true }))) return outcome;
  await session.tools.removeOwnedContainer(conflict.name, session.live);
  return run(line);
}

/** A lesson's command that reaches into this machine (`--network host`, `-e NAME`) is pointed out before the learner runs it. */
async function warnAboutRisks(session: Session, command: string): Promise<void> {
  const { findRiskyFlagsIn } = await import('../../lessons/safety/risky-flags.js');
  // A bind mount out of the practice folder is not among them: `docker run` refuses it in a lesson step.
  const risks = findRiskyFlagsIn(command).filter((risk) => risk.kind === 'flag');
  if (risks.length > 0) session.say(session.color.yellow(safetyMessages().learnWarning(risks.map((risk) => risk.text).join('; '))));
}

/**
 * The step's note rendered once the command prompt is up (the learner is typing), and taken when the
 * check has passed: rendered again then only if the terminal was resized meanwhile.
 */
function prepareNote(session: Session, explain: string): () => Promise<string> {
  let laidOut: { columns: number; text: string } | undefined;
  const render = async (): Promise<string> => {
    const columns = session.columns();
    if (laidOut?.columns !== columns) {
      const options = { columns, color: session.color.level > 0, placeholders: placeholderValues(session.live.env) };
      laidOut = { columns, text: (await loadRenderer()).renderStepNote(explain, options) };
    }
    return laidOut.text;
  };
  const early = setImmediate(() => void render().catch(() => undefined));
  return () => {
    clearImmediate(early);
    return render();
  };
}

/** `work` started once the promise chain under way (the outcome printed, the menu drawn) waits for a key. */
function afterTheMenu(work: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve)).then(work);
}
