/**
 * What the try, predict and edit steps of `learn` need from the daemon and the practice folder, beside
 * running the command itself: containers a step depends on, names already taken, an edit step's files,
 * checks and watcher. Flows receive these with the other lesson tools, so tests can fake them.
 */
import type { Lesson } from '../../lessons/model.js';
import type { EditCheckResult } from '../../steps/edit/judge.js';
import type { UnmetNeed } from '../../steps/needs.js';
import type { LiveContext, TryOutcome } from './tools.js';

export interface EditCheckRun {
  passed: boolean;
  results: EditCheckResult[];
}

export interface StepTools {
  /**
   * The lesson's practice folder as the learner left it, with missing lesson files put back (a fresh copy
   * the first time); `notice` hears, in one line each, what was put back and what could not be.
   */
  prepareLessonFolder(lesson: Lesson, env: NodeJS.ProcessEnv, notice?: (line: string) => void): Promise<string>;
  /** The containers the step needs that are missing or stopped. */
  unmetNeeds(lesson: Lesson, stepIndex: number, live: LiveContext): Promise<UnmetNeed[]>;
  /** Runs the reference command of the step that made the container (its old stopped self removed first). */
  recreateNeed(lesson: Lesson, need: UnmetNeed, live: LiveContext): Promise<TryOutcome>;
  /** Removes a container of that name only when docktutor created it. */
  removeOwnedContainer(name: string, live: LiveContext): Promise<'removed' | 'missing' | 'not-owned'>;
  /** Whether the daemon has the default bridge network (ports, user networks). */
  hasBridgeNetwork(live: LiveContext): Promise<boolean>;
  /** The practice folder with the edit step's starting files (kept when the learner already has them); their absolute paths. */
  openEditStep(lesson: Lesson, stepIndex: number, env: NodeJS.ProcessEnv): Promise<{ folder: string; paths: string[] }>;
  /** Builds the practice folder and runs the edit step's checks, reporting results as they come in. */
  checkEditStep(lesson: Lesson, stepIndex: number, live: LiveContext, onProgress: (results: EditCheckResult[]) => void): Promise<EditCheckRun>;
  /** Calls `onSave` whenever a file in the folder is written; returns the stop. */
  watchFolder(folder: string, onSave: (path: string) => void): Promise<() => Promise<void>>;
}
