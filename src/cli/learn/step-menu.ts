/** The menu under a step: the actions that make sense there, in the learner's words, and where they lead. */
import { learnMessages } from '../../i18n/learn.js';
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson } from '../../lessons/model.js';
import type { Session } from './session.js';
import { climb, hintActionLabel, type Ladder } from './step-hints.js';

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

/** What a kind of step does itself: its own actions (typing a command, editing files) and their work. */
export interface StepWork {
  /** Offered until the step is passed, before the hint and skip. */
  untilPassed: WorkAction[];
  /** Offered once it is passed, after the way forward. */
  oncePassed: WorkAction[];
  run(action: WorkAction): Promise<WorkResult>;
}

export interface WorkResult {
  passed: boolean;
  /**
   * A pass being written: the menu is drawn meanwhile, and it is awaited before the learner's choice takes
   * effect, so no move, and no quitting, happens before the pass is on disk.
   */
  saved?: Promise<void>;
}
export type WorkAction = Extract<StepAction, 'type' | 'watch' | 'editor'>;

/**
 * The menu loop of a try or edit step: the step's own work, the hint ladder, skip, and the moves. A pass
 * being written while the menu is drawn is on disk before the learner's choice takes effect (Ctrl-C too).
 */
export async function runStepMenu(session: Session, lesson: Lesson, step: number, stepId: string, ladder: Ladder, work: StepWork): Promise<Move> {
  let passed = (await session.store.read()).lessons[lesson.id]?.stepsDone.includes(step) ?? false;
  let saved = Promise.resolve();
  for (;;) {
    const actions: StepAction[] = passed ? [forwardAction(lesson, step), ...work.oncePassed, 'hint'] : [...work.untilPassed, 'hint', 'skip'];
    const action = await chooseAction(session, step, actions, hintActionLabel(ladder)).finally(() => saved);
    switch (action) {
      case 'hint':
        await climb(session, lesson, stepId, ladder);
        break;
      case 'skip':
        await recordSkip(session, lesson, stepId, ladder.climbed);
        return 1;
      case 'next':
      case 'quiz':
        return 1;
      case 'back':
        return -1;
      case 'type':
      case 'watch':
      case 'editor': {
        const result = await work.run(action);
        if (result.passed) passed = true;
        saved = result.saved ?? Promise.resolve();
        break;
      }
      default:
        return 'quit';
    }
  }
}
