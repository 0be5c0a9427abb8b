/**
 * Steps that depend on a container an earlier step made (`needs`): before the step runs, each one is
 * looked up and compared with the state the step named in `needs` left it in (its check's
 * `container`: running unless the check says otherwise). A missing container, or one no longer in that
 * state, is reported with the steps whose reference commands re-create it; re-creating it removes
 * docktutor's own namesake and runs those commands in order (the step that stopped it after the one
 * that started it). A container docktutor did not make is never touched.
 */
import type { LiveContext } from '../app/context.js';
import type { Connection } from '../docker/engine/connect.js';
import { DocktutorError } from '../errors.js';
import { needsMessages } from '../i18n/needs.js';
import type { Lesson, TryStep } from '../lessons/model.js';
import { findNamedContainer, removeOwnedContainer } from './containers.js';
import { runTryStep, type StepOutcome } from './run-try-step.js';

export interface UnmetNeed {
  container: string;
  /** The id of the step that left it as this step needs it, and its index in the lesson. */
  step: string;
  stepIndex: number;
  /** The steps whose reference commands make it again, in order (indexes into the lesson's steps). */
  replay: number[];
  /** `stopped`: it should be running; `changed`: it should be stopped (with some exit code) and is not. */
  state: 'missing' | 'stopped' | 'changed';
  /** For one that is there: docktutor made it, so it may remove it to start over. */
  owned: boolean;
}

/** What the making step's check says about the container: running, unless it expects it stopped. */
export function expectedState(maker: TryStep | undefined, container: string): { running: boolean; exitCode?: number } {
  const check = maker?.check.container;
  if (!check || check.name !== container || check.running !== false) return { running: true };
  return check.exitCode === undefined ? { running: false } : { running: false, exitCode: check.exitCode };
}

export async function findUnmetNeeds(lesson: Lesson, stepIndex: number, connection: Connection, env: NodeJS.ProcessEnv): Promise<UnmetNeed[]> {
  const needs = lesson.steps[stepIndex]?.tryStep?.needs ?? [];
  const unmet: UnmetNeed[] = [];
  for (const need of needs) {
    const index = stepIndexOf(lesson, need.step);
    const wanted = expectedState(lesson.steps[index]?.tryStep, need.container);
    const found = await findNamedContainer(connection, need.container, env);
    if (found && found.running === wanted.running && (wanted.exitCode === undefined || (!found.running && found.exitCode === wanted.exitCode))) continue;
    const state = !found ? 'missing' : wanted.running ? 'stopped' : 'changed';
    unmet.push({ container: need.container, step: need.step, stepIndex: index, replay: replaySteps(lesson, index, need.container), state, owned: found?.owned ?? false });
  }
  return unmet;
}

/**
 * Makes the container again: docktutor's own namesake goes first (its name is needed), then each
 * replayed step's reference command runs, stopping at the first that does not pass.
 */
export async function recreateNeed(lesson: Lesson, need: UnmetNeed, live: LiveContext): Promise<StepOutcome> {
  const m = needsMessages();
  if (need.stepIndex < 0 || need.replay.length === 0) throw new DocktutorError('lesson', m.noSuchStep(need.step, lesson.id));
  const removed = await removeOwnedContainer(await live.daemon.connection(), need.container, live.env);
  if (removed === 'not-owned') throw new DocktutorError('conflict', m.notOurs(need.container), { hint: m.notOursHint(need.container) });
  let outcome: StepOutcome | undefined;
  for (const index of need.replay) {
    outcome = await runTryStep(lesson, index, live);
    if (!outcome.passed) break;
  }
  return outcome!;
}

/** The making step, after the steps it needs the same container from (so a stop follows its start). */
function replaySteps(lesson: Lesson, index: number, container: string, seen = new Set<number>()): number[] {
  const maker = lesson.steps[index]?.tryStep;
  if (!maker || seen.has(index)) return [];
  seen.add(index);
  const before = maker.needs.filter((need) => need.container === container).flatMap((need) => replaySteps(lesson, stepIndexOf(lesson, need.step), container, seen));
  return [...before, index];
}

function stepIndexOf(lesson: Lesson, id: string): number {
  return lesson.steps.findIndex((candidate) => candidate.tryStep?.id === id);
}
