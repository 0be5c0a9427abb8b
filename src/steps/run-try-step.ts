/**
 * Runs one try-it step live and checks it: the command (what the learner typed, or the lesson's own
 * with its placeholders filled) runs in the lesson's practice folder through executeCommandLine, then
 * every field of the step's check is compared with the command's result and the daemon's state.
 */
import { parseCommandLine } from '../docker/command-line/index.js';
import type { CommandContext, CommandResult } from '../docker/commands/types.js';
import type { Connection } from '../docker/engine/connect.js';
import { toDocktutorError } from '../docker/engine/errors.js';
import { executeCommandLine } from '../docker/commands/execute.js';
import { readOwnership } from '../docker/clean/created-record.js';
import { MANAGED_LABEL } from '../docker/engine/labels.js';
import { DocktutorError } from '../errors.js';
import { cliMessages } from '../i18n/cli.js';
import { stepMessages } from '../i18n/lessons.js';
import type { Lesson, TryCheck } from '../lessons/model.js';
import { placeholderValues, substitutePlaceholders, type PlaceholderValues } from '../lessons/placeholders.js';
import { escapeControls } from '../terminal/controls.js';
import { ensureWorkspace } from '../lessons/workspace.js';
import { observe } from './observe.js';
import { verifyCheck, type CheckResult } from './verify.js';

export interface RunTryStepOptions {
  connection: Connection;
  stdout: CommandContext['stdout'];
  stderr: CommandContext['stderr'];
  stdin: CommandContext['stdin'];
  env: NodeJS.ProcessEnv;
  /** What the learner typed; by default the step's own command. */
  line?: string;
  /** Show the note on what the daemon did (executeCommandLine's default when unset). */
  explain?: boolean;
}

export interface StepOutcome {
  passed: boolean;
  results: CheckResult[];
  /** One line per result, marked ✓ or ✗, for printing. */
  lines: string[];
  exitCode: number;
}

export async function runTryStep(lesson: Lesson, stepIndex: number, options: RunTryStepOptions): Promise<StepOutcome> {
  const tryStep = lesson.steps[stepIndex]?.tryStep;
  if (!tryStep) throw new DocktutorError('lesson', stepMessages().noStep(lesson.id, stepIndex + 1));
  const values = placeholderValues(options.env);
  const line = options.line ?? substitutePlaceholders(tryStep.command, values);
  const cwd = await ensureWorkspace(lesson, options.env, (notice) => options.stderr.write(`${escapeControls(notice, 'line')}\n`));
  await removeManagedNamesake(options.connection, line, options.env);
  const context: CommandContext = { connection: options.connection, stdout: options.stdout, stderr: options.stderr, stdin: options.stdin, cwd, env: options.env, lesson: lesson.id };
  const result = await runCommand(line, context, options.explain);
  const check = fillCheck(tryStep.check, values);
  const results = verifyCheck(check, await observe(check, result, { connection: options.connection, env: options.env, registry: values.registry }));
  return {
    passed: results.every((entry) => entry.passed),
    results,
    lines: results.map((entry) => `${entry.passed ? '✓' : '✗'} ${entry.why}`),
    exitCode: result.exitCode,
  };
}

/**
 * A step that names its container may be run again: the old container goes first, but only when
 * docktutor made it. Anyone else's container of that name stays, and docker's own conflict error says so.
 */
async function removeManagedNamesake(connection: Connection, line: string, env: NodeJS.ProcessEnv): Promise<void> {
  let name: unknown;
  try {
    const parsed = parseCommandLine(line);
    name = parsed.name === 'run' ? parsed.flags.name : undefined;
  } catch {
    return; // the command itself will report what is wrong with it
  }
  if (typeof name !== 'string' || name === '') return;
  const container = connection.docker.getContainer(name);
  try {
    const info = await container.inspect();
    // The label alone is no proof: a container the user ran from one of docktutor's images inherits it.
    if (info.Config.Labels?.[MANAGED_LABEL] !== 'true' || !(await readOwnership(env)).owns('container', info.Id)) return;
    await container.remove({ force: true });
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return;
    throw toDocktutorError(error, connection.address.url);
  }
}

/** A failed command is a result to check (a step may expect a failure), with its message as the output. */
async function runCommand(line: string, context: CommandContext, explain: boolean | undefined): Promise<CommandResult> {
  try {
    return await executeCommandLine(line, context, explain === undefined ? {} : { explain });
  } catch (error) {
    if (!(error instanceof DocktutorError)) throw error;
    context.stderr.write(`docker: ${error.message}\n${error.hint ? `${cliMessages().hintPrefix}${error.hint}\n` : ''}`);
    return { exitCode: error.exitCode, output: error.message };
  }
}

/** The check as the learner's settings make it: `{{registry}}` in a server or repo becomes the real host. */
export function fillCheck(check: TryCheck, values: PlaceholderValues): TryCheck {
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') return substitutePlaceholders(value, values);
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
    return value;
  };
  return fill(check) as TryCheck;
}
