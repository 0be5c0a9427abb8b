/**
 * Runs one try-it step live and checks it: the command (what the learner typed, or the lesson's own
 * with its placeholders filled) runs in the lesson's practice folder through executeCommandLine, then
 * every field of the step's check is compared with the command's result and the daemon's state.
 */
import { commandContextOf, type LiveContext } from '../app/context.js';
import { parseCommandLine } from '../docker/command-line/index.js';
import type { CommandContext, CommandResult, ParsedCommand } from '../docker/commands/types.js';
import type { Connection } from '../docker/engine/connect.js';
import { executeCommandLine, executeParsed, writeExpansionNotes } from '../docker/commands/execute.js';
import type { ShellExpansion } from '../docker/command-line/tokenize.js';
import { DocktutorError } from '../errors.js';
import { cliMessages } from '../i18n/cli.js';
import { stepMessages } from '../i18n/lessons.js';
import type { Lesson, TryCheck, TryStep } from '../lessons/model.js';
import { placeholderValues, substitutePlaceholders, type PlaceholderValues } from '../lessons/placeholders.js';
import { escapeControls } from '../terminal/controls.js';
import { columnsOf, terminalColumns } from '../terminal/width.js';
import { wrapText } from '../terminal/wrap.js';
import { ensureWorkspace } from '../lessons/workspace.js';
import { findNamedContainer, type NamedContainer } from './containers.js';
import { observe } from './observe.js';
import { measureRun } from './predict.js';
import { recordTypedInput, stripEchoedInput, typedLines } from './typed-input.js';
import { verifyCheck, type CheckResult } from './verify.js';

/** What a step's run needs besides the line typed: the practice folder (made sure of), the placeholders' values, the step's check with them filled in. */
export interface TryStepSetting {
  cwd: string;
  values: PlaceholderValues;
  check: TryCheck;
}

export interface RunTryStepOptions {
  /** What the learner typed; by default the step's own command. */
  line?: string | undefined;
  /** Made by prepareTryStep for this step on this context; made here when absent. */
  setting?: TryStepSetting | undefined;
}

export interface StepOutcome {
  passed: boolean;
  results: CheckResult[];
  /** One line per result, marked ✓ or ✗, for printing. */
  lines: string[];
  exitCode: number;
  /** What a predict step measures, taken from this run (undefined when the run gave nothing to measure). */
  measured?: number;
  /** The run was refused because a container already has the name it asked for: that container. */
  conflict?: NamedContainer;
}

/**
 * Everything of a step's run that the line typed does not change. learn makes it as the command prompt
 * comes up: the practice folder is there (made again if it went missing) before the learner types, and a
 * notice about it is not drawn over the prompt; after Enter, the command alone is run and checked.
 */
export async function prepareTryStep(lesson: Lesson, stepIndex: number, live: LiveContext): Promise<TryStepSetting> {
  const tryStep = tryStepOf(lesson, stepIndex);
  const { env } = live;
  const values = placeholderValues(env);
  const cwd = await ensureWorkspace(lesson, env, (notice) => live.io.stderr.write(`${escapeControls(notice, 'line')}\n`));
  return { cwd, values, check: fillCheck(tryStep.check, values) };
}

/** Runs the step on the live context's daemon, in the lesson's practice folder, and checks it. */
export async function runTryStep(lesson: Lesson, stepIndex: number, live: LiveContext, options: RunTryStepOptions = {}): Promise<StepOutcome> {
  const tryStep = tryStepOf(lesson, stepIndex);
  const { env } = live;
  const { cwd, values, check } = options.setting ?? (await prepareTryStep(lesson, stepIndex, live));
  const line = options.line ?? substitutePlaceholders(tryStep.command, values);
  const context = await commandContextOf(live, { cwd, lesson: lesson.id });
  const { connection } = context;
  const seen: ShellExpansion[] = [];
  const parsed = parseQuietly(line, env, seen);
  // The container's terminal echoes what is typed in an -it session: record it, to leave it out below.
  const recording = parsed && isTerminalSession(parsed) ? recordTypedInput(context.stdin) : undefined;
  let result: CommandResult;
  let typed: string | undefined;
  try {
    result = await runCommand(parsed ?? line, seen, context, live.explain);
  } finally {
    typed = recording?.stop();
  }
  if (typed !== undefined) result = { ...result, output: stripEchoedInput(result.output, typedLines(typed)) };
  const results = verifyCheck(check, await observe(check, result, { connection, env, registry: values.registry }));
  const outcome: StepOutcome = {
    passed: results.every((entry) => entry.passed),
    results,
    lines: results.map((entry) => `${entry.passed ? '✓' : '✗'} ${entry.why}`),
    exitCode: result.exitCode,
  };
  if (tryStep.predict) {
    const measured = await measureRun(tryStep.predict.measure, result, parsed, connection);
    if (measured !== undefined) outcome.measured = measured;
  }
  const conflict = await nameConflict(connection, parsed, result, env);
  if (conflict) outcome.conflict = conflict;
  return outcome;
}

function tryStepOf(lesson: Lesson, stepIndex: number): TryStep {
  const tryStep = lesson.steps[stepIndex]?.tryStep;
  if (!tryStep) throw new DocktutorError('lesson', stepMessages().noStep(lesson.id, stepIndex + 1));
  return tryStep;
}

function parseQuietly(line: string, env: NodeJS.ProcessEnv, seen: ShellExpansion[]): ParsedCommand | undefined {
  try {
    return parseCommandLine(line, { env, seen });
  } catch {
    return undefined; // the command itself will report what is wrong with it
  }
}

function isTerminalSession(command: ParsedCommand): boolean {
  return (command.name === 'run' || command.name === 'exec') && command.flags.tty === true && command.flags.interactive === true && command.flags.detach !== true;
}

/**
 * `docker run --name x` when x exists fails as docker fails it (exit 125, the daemon's conflict
 * message). The container is named here so that the learner can be offered to remove it, when
 * docktutor made it; it is never replaced behind the learner's back.
 */
async function nameConflict(connection: Connection, command: ParsedCommand | undefined, result: CommandResult, env: NodeJS.ProcessEnv): Promise<NamedContainer | undefined> {
  if (command?.name !== 'run' || result.exitCode !== 125 || !/already in use/i.test(result.output)) return undefined;
  const name = command.flags.name;
  if (typeof name !== 'string' || name === '') return undefined;
  return findNamedContainer(connection, name, env);
}

/**
 * A failed command is a result to check (a step may expect a failure), with its message as the output.
 * `command`: the line as parsed already (with what a shell would have expanded in it), or the line that
 * did not parse, for the command runner to report.
 */
async function runCommand(command: ParsedCommand | string, seen: readonly ShellExpansion[], context: CommandContext, explain: boolean): Promise<CommandResult> {
  try {
    if (typeof command === 'string') return await executeCommandLine(command, context, { explain });
    writeExpansionNotes(seen, context);
    return await executeParsed(command, context, { explain });
  } catch (error) {
    if (!(error instanceof DocktutorError)) throw error;
    // Wrapped as the edge wraps errors (src/cli/edge.ts), so the daemon's long message never runs past the edge.
    const width = terminalColumns(context.stderr as { isTTY?: boolean; columns?: number }, context.env);
    const hintPrefix = cliMessages().hintPrefix;
    const hint = error.hint ? `${wrapText(`${hintPrefix}${error.hint}`, width, columnsOf(hintPrefix))}\n` : '';
    context.stderr.write(`${wrapText(`docker: ${error.message}`, width, 2)}\n${hint}`);
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
