/**
 * What the learning flow needs from the rest of docktutor: reading lessons, rendering a step, running a
 * try-it step and a typed command live, and comparing commands by meaning. Flows receive these as one
 * object, so tests can give them small fakes and the real modules load only when a flow needs them.
 */
import type { LiveContext } from '../../app/context.js';
import type { Lang } from '../../i18n/index.js';
import type { Lesson } from '../../lessons/model.js';
import type { PlaceholderValues } from '../../lessons/placeholders.js';
import type { StepTools } from './step-tools.js';

export type { Io, LiveContext } from '../../app/context.js';

export interface TryOutcome {
  passed: boolean;
  /** One line per check: what held, or what did not and why. */
  lines: string[];
  /** A predict step's measure of this run. */
  measured?: number;
  /** The run was refused: a container already has the name it asked for. */
  conflict?: { name: string; running: boolean; owned: boolean };
}

export interface LessonTools extends StepTools {
  /** The lessons of `dir`; with `only`, possibly just the lesson it names (see lessons/load.ts). */
  loadLessons(dir: string, lang: Lang, only?: string): Promise<Lesson[]>;
  /** The step as terminal text, headed by the lesson and the step number (the real renderer loads on first use). */
  renderStep(lesson: Lesson, stepIndex: number, options: { columns: number; color: boolean; lang: Lang; placeholders: PlaceholderValues }): string | Promise<string>;
  /**
   * Makes the step ready to run now, before its prompt (the practice folder made sure of, the check filled
   * in); the function it returns runs `line` (what the learner typed) live, its output going to the
   * context's streams, then checks it.
   */
  startTryStep(lesson: Lesson, stepIndex: number, context: LiveContext): Promise<(line: string) => Promise<TryOutcome>>;
  executeCommandLine(line: string, context: LiveContext): Promise<{ exitCode: number }>;
  canonicalCommand(line: string): string;
  /** A fresh copy of the lesson's practice files (and its generated ones) for its try-it steps; `notice` hears what was left out. */
  prepareWorkspace(lesson: Lesson, env: NodeJS.ProcessEnv, notice?: (line: string) => void): Promise<string>;
  /** The command with {{image}}, {{registry}} and {{user}} replaced, as the learner should type it. */
  expandPlaceholders(text: string, env: NodeJS.ProcessEnv): string;
}

export async function loadTools(overrides: Partial<LessonTools> = {}): Promise<LessonTools> {
  const { realTools } = await import('./real-tools.js');
  return { ...(await realTools()), ...overrides };
}
