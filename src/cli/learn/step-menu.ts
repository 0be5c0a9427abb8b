/** The menu under a step: the actions that make sense there, in the learner's words, and where they lead. */
import { learnMessages } from '../../i18n/learn.js';
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson } from '../../lessons/model.js';
import type { Session } from './session.js';

export type Move = 1 | -1 | 'quit';
export type StepAction = 'next' | 'quiz' | 'back' | 'quit' | 'type' | 'hint' | 'skip' | 'watch' | 'editor';

/** Next step, or the quiz after the last one. */
export function forwardAction(lesson: Lesson, step: number): StepAction {
  return step === lesson.steps.length - 1 && lesson.questions.length > 0 ? 'quiz' : 'next';
}

/** Asks which action; `hintLabel` names the hint action (its rung), absent once the answer was shown. */
export async function chooseAction(session: Session, step: number, actions: StepAction[], hintLabel?: string): Promise<StepAction> {
  const m = learnMessages();
  const s = learnStepMessages();
  const shown = actions.filter((action) => action !== 'hint' || hintLabel !== undefined);
  if (step > 0) shown.push('back');
  shown.push('quit');
  const name = (action: StepAction): string => {
    if (action === 'hint') return hintLabel!;
    if (action === 'type') return s.actions.type;
    if (action === 'watch') return s.actions.watch;
    if (action === 'editor') return s.actions.editor;
    return m.actions[action];
  };
  return session.prompts.select<StepAction>({ message: m.actionMessage, choices: shown.map((value) => ({ name: name(value), value })), default: shown[0] });
}

/** A step left without solving it: counted as skipped (a step solved before keeps its better outcome). */
export async function recordSkip(session: Session, lesson: Lesson, stepId: string, climbed: number): Promise<void> {
  await session.store.update({ kind: 'step-outcome', lesson: lesson.id, step: stepId, outcome: 'skipped', hints: climbed, at: session.now().toISOString() });
}
