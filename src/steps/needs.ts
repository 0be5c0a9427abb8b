/**
 * Steps that depend on a container an earlier step made (`needs`): before the step runs, each one is
 * looked up; a missing or stopped one is reported with the step whose reference command re-creates
 * it, and re-creating it runs that command (after removing docktutor's own stopped namesake).
 */
import type { Connection } from '../docker/engine/connect.js';
import { DocktutorError } from '../errors.js';
import { needsMessages } from '../i18n/needs.js';
import type { Lesson } from '../lessons/model.js';
import { findNamedContainer, removeOwnedContainer } from './containers.js';
import { runTryStep, type RunTryStepOptions, type StepOutcome } from './run-try-step.js';

export interface UnmetNeed {
  container: string;
  /** The id of the step that makes it, and its index in the lesson. */
  step: string;
  stepIndex: number;
  state: 'missing' | 'stopped';
  /** For a stopped one: docktutor made it, so it may remove it to start over. */
  owned: boolean;
}

export async function findUnmetNeeds(lesson: Lesson, stepIndex: number, connection: Connection, env: NodeJS.ProcessEnv): Promise<UnmetNeed[]> {
  const needs = lesson.steps[stepIndex]?.tryStep?.needs ?? [];
  const unmet: UnmetNeed[] = [];
  for (const need of needs) {
    const found = await findNamedContainer(connection, need.container, env);
    if (found?.running) continue;
    const index = lesson.steps.findIndex((candidate) => candidate.tryStep?.id === need.step);
    unmet.push({ container: need.container, step: need.step, stepIndex: index, state: found ? 'stopped' : 'missing', owned: found?.owned ?? false });
  }
  return unmet;
}

/**
 * Makes the container again with the lesson's reference command for the step that made it. A stopped
 * container docktutor made goes first (its name is needed); one it did not make is never touched.
 */
export async function recreateNeed(lesson: Lesson, need: UnmetNeed, options: RunTryStepOptions): Promise<StepOutcome> {
  const m = needsMessages();
  if (need.stepIndex < 0) throw new DocktutorError('lesson', m.noSuchStep(need.step, lesson.id));
  const removed = await removeOwnedContainer(options.connection, need.container, options.env);
  if (removed === 'not-owned') throw new DocktutorError('conflict', m.notOurs(need.container), { hint: m.notOursHint(need.container) });
  const { line: _typed, ...rest } = options;
  return runTryStep(lesson, need.stepIndex, rest);
}
