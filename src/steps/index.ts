/**
 * The step runner's entry. `runTryStep` takes either the runner's own options (a connection and
 * streams) or, as the learn flow calls it, the line the learner typed and the flow's live context,
 * for which it opens (once per context) the connection itself.
 */
import type { CommandContext } from '../docker/commands/types.js';
import type { Connection } from '../docker/engine/connect.js';
import type { Lesson } from '../lessons/model.js';
import { runTryStep as runWithOptions, type RunTryStepOptions, type StepOutcome } from './run-try-step.js';

export { fillCheck, type RunTryStepOptions, type StepOutcome } from './run-try-step.js';
export { verifyCheck, type CheckResult, type ContainerFacts, type Observations } from './verify.js';

/** The learn flow's live context (src/cli/learn/tools.ts), by shape. */
export interface LiveContext {
  io: { stdin: unknown; stdout: unknown; stderr: unknown };
  host: string | undefined;
  env: NodeJS.ProcessEnv;
}

const connections = new WeakMap<LiveContext, Promise<Connection>>();

export function runTryStep(lesson: Lesson, stepIndex: number, options: RunTryStepOptions): Promise<StepOutcome>;
export function runTryStep(lesson: Lesson, stepIndex: number, line: string, live: LiveContext): Promise<StepOutcome>;
export async function runTryStep(lesson: Lesson, stepIndex: number, options: RunTryStepOptions | string, live?: LiveContext): Promise<StepOutcome> {
  if (typeof options !== 'string') return runWithOptions(lesson, stepIndex, options);
  if (!live) throw new TypeError('runTryStep(lesson, step, line, live) needs the live context');
  const { io, env } = live;
  return runWithOptions(lesson, stepIndex, {
    connection: await connectionFor(live),
    stdout: io.stdout as CommandContext['stdout'],
    stderr: io.stderr as CommandContext['stderr'],
    stdin: io.stdin as CommandContext['stdin'],
    env,
    line: options,
  });
}

/** The flow's one connection, opened on first use and shared by every live step tool. */
export function connectionFor(live: LiveContext): Promise<Connection> {
  let connection = connections.get(live);
  if (!connection) {
    // dockerode loads only when a step runs live.
    connection = import('../docker/engine/connect.js').then(({ connect }) => connect({ host: live.host, env: live.env }));
    connection.catch(() => connections.delete(live));
    connections.set(live, connection);
  }
  return connection;
}
