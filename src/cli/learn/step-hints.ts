/**
 * The hint ladder as the learner climbs it in `learn`: "Show a hint" prints the next rung, once, and
 * records how far the learner climbed, so coming back to the step shows the rungs seen so far and the
 * next request climbs on from there.
 */
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { escapeControls } from '../../terminal/controls.js';
import { hintLadder, nextRung, type Rung } from './hint-ladder.js';
import { loadRenderer } from './renderer.js';
import type { Session } from './session.js';

export interface Ladder {
  rungs: Rung[];
  /** Rungs shown so far. */
  climbed: number;
}

/** The step's ladder and how far the learner had climbed it. */
export async function openLadder(session: Session, lesson: Lesson, step: number, reveal: string): Promise<Ladder> {
  const current = lesson.steps[step]!;
  const id = current.tryStep?.id ?? current.editStep?.id ?? '';
  const hints = current.tryStep?.hints ?? current.editStep?.hints ?? [];
  const rungs = hintLadder(hints, reveal);
  const climbed = Math.min((await session.store.read()).lessons[lesson.id]?.hintRungs[id] ?? 0, rungs.length);
  return { rungs, climbed };
}

/** On coming back to a step: the rungs already seen, in one block. */
export async function showSeenRungs(session: Session, ladder: Ladder): Promise<void> {
  if (ladder.climbed === 0) return;
  session.print(session.color.dim(learnStepMessages().hintsSeen));
  for (const rung of ladder.rungs.slice(0, ladder.climbed)) await printRung(session, ladder, rung);
}

/** Shows the next rung and records it; returns false when the answer was already shown. */
export async function climb(session: Session, lesson: Lesson, stepId: string, ladder: Ladder): Promise<boolean> {
  const rung = nextRung(ladder.rungs, ladder.climbed);
  if (!rung) return false;
  await printRung(session, ladder, rung);
  ladder.climbed = rung.number;
  await session.store.update({ kind: 'hint', lesson: lesson.id, step: stepId, rung: rung.number, at: session.now().toISOString() });
  return true;
}

async function printRung(session: Session, ladder: Ladder, rung: Rung): Promise<void> {
  const m = learnStepMessages();
  const renderer = await loadRenderer();
  const note = { columns: session.columns(), color: session.color.level > 0, placeholders: placeholderValues(session.live.env) };
  if (rung.reveal) {
    // The answer is the lesson's own command or files, printed as they are (not as Markdown): a shared
    // lesson's control characters are shown, never acted on.
    session.print(session.color.yellow(escapeControls(rung.text)));
    return;
  }
  session.print(session.color.yellow(renderer.renderStepNote(`${m.hintRung(rung.number, ladder.rungs.length - 1)} ${rung.text}`, note)));
}

/** The label of the hint action: the next rung's number, or "Show the answer" for the last. */
export function hintActionLabel(ladder: Ladder): string | undefined {
  const m = learnStepMessages();
  const rung = nextRung(ladder.rungs, ladder.climbed);
  if (!rung) return undefined;
  return rung.reveal ? m.actions.reveal : m.actions.hint(rung.number, ladder.rungs.length - 1);
}
