/**
 * Runs one docker command line: read it, load the command's module, let it talk to the daemon, and
 * keep everything it printed. The CLI (`docktutor try`), the lesson step runner and the quiz all come
 * through here, so nothing below depends on commander or on process.stdout directly.
 */
import { flushWriteThrough, writeThrough } from './write-through.js';
import { MAX_KEPT_OUTPUT_BYTES } from './output.js';
import { DocktutorError } from '../../errors.js';
import { parseCommandLine } from '../command-line/parse.js';
import { formatExpansionNotes } from '../command-line/expansion-note.js';
import type { ShellExpansion } from '../command-line/tokenize.js';
import { tryMessages } from '../../i18n/try.js';
import type { CommandModule } from './module.js';
import { isCommandName, loadCommand } from './table.js';
import { withContext, type CommandContext, type CommandResult, type ParsedCommand } from './types.js';
import { startTrace, takeTrace } from '../engine/trace.js';
import { terminalColumns } from '../../terminal/width.js';
import { wrapText } from '../../terminal/wrap.js';
import { dimFor } from '../../terminal/dim.js';

export interface ExecuteOptions {
  /** Show the "what happened" note (default: on; the invocation decides, see src/app/invocation.ts). */
  explain?: boolean;
}

export async function executeCommandLine(
  input: string | string[],
  context: CommandContext,
  options: ExecuteOptions = {},
): Promise<CommandResult> {
  if (typeof input !== 'string') return executeParsed(parseCommandLine(input), context, options);
  // A typed line: `$NAME` outside single quotes is expanded as the learner's shell would, and said so.
  const seen: ShellExpansion[] = [];
  const command = parseCommandLine(input, { env: context.env ?? process.env, seen });
  writeExpansionNotes(seen, context);
  return executeParsed(command, context, options);
}

/** The one-line notes on what a shell would have expanded in the line, dim and wrapped, before the command's output. */
export function writeExpansionNotes(seen: readonly ShellExpansion[], context: { stdout: { isTTY?: boolean; columns?: number }; stderr: NodeJS.WritableStream; env?: NodeJS.ProcessEnv }): void {
  const notes = formatExpansionNotes(seen);
  if (notes.length === 0) return;
  const stderr = context.stderr as { isTTY?: boolean; columns?: number };
  const wrapped = wrapText(notes.join('\n'), terminalColumns(stderr.isTTY ? stderr : context.stdout, context.env ?? process.env));
  context.stderr.write(`${dimFor(stderr, context.env ?? process.env)(wrapped)}\n`);
}

export async function executeParsed(command: ParsedCommand, context: CommandContext, options: ExecuteOptions = {}): Promise<CommandResult> {
  const module = await commandModule(command);
  if (command.flags.help === true) {
    // Usage text needs no daemon: the context may have no connection at all.
    const usage = (await import('../command-line/usage.js')).formatUsage(module, terminalColumns(context.stdout, context.env ?? process.env));
    context.stdout.write(usage);
    return { exitCode: 0, output: usage };
  }
  const explain = options.explain ?? true;
  startTrace();
  takeTrace(); // forget what came before (the connection's version check)
  const captured: Buffer[] = [];
  let kept = 0;
  let last: Buffer | undefined;
  const keep = (chunk: Buffer) => {
    last = chunk;
    if (kept >= MAX_KEPT_OUTPUT_BYTES) return;
    const part = chunk.subarray(0, MAX_KEPT_OUTPUT_BYTES - kept);
    captured.push(part);
    kept += part.length;
  };
  const teed = withContext(context, { stdout: writeThrough(context.stdout, keep), stderr: writeThrough(context.stderr, keep) });
  const explainer = explain ? await loadExplainer() : undefined;
  const note = (exitCode: number, failure?: DocktutorError, result?: CommandResult) => {
    if (!explainer) return;
    const text = explainer.formatExplainNote(module, command, takeTrace(), exitCode, failure, result);
    if (text === '') return;
    // Output that stopped mid-line (a last line without its newline) must not run into the heading.
    const lead = last !== undefined && last.length > 0 && last[last.length - 1] !== 0x0a ? '\n' : '';
    const stderr = context.stderr as { isTTY?: boolean; columns?: number };
    // Wrapped here, by display width with its two-space indent kept, rather than cut mid-word by the terminal.
    const wrapped = wrapText(text, terminalColumns(stderr.isTTY ? stderr : context.stdout, context.env));
    context.stderr.write(lead + dimFor(stderr, context.env)(wrapped));
  };
  // What a slow terminal has not taken yet is still held in the write-through streams: out before the note.
  const flushed = () => Promise.all([flushWriteThrough(teed.stdout), flushWriteThrough(teed.stderr)]);
  try {
    const result = await module.execute(command, teed);
    await flushed();
    // A command may keep a plain copy of its own (progress bars left out); otherwise all it printed counts.
    const output = result.output !== '' ? result.output : Buffer.concat(captured).toString('utf8');
    await recordWhatWasMade(result, context.env);
    note(result.exitCode, undefined, result);
    return { ...result, output };
  } catch (error) {
    await flushed();
    if (error instanceof DocktutorError) note(error.exitCode, error);
    else note(1);
    throw error;
  }
}

/**
 * The proof `clean` asks for before it removes anything (created-record.ts). run records its container
 * itself, the moment it exists; what a command reports having built or created is recorded here.
 */
async function recordWhatWasMade(result: CommandResult, env: NodeJS.ProcessEnv): Promise<void> {
  const made: NonNullable<CommandResult['created']> = [...(result.build?.imageId ? [{ kind: 'image' as const, id: result.build.imageId }] : []), ...(result.created ?? [])];
  if (made.length === 0) return;
  const { recordCreated } = await import('../clean/created-record.js');
  // An unwritable data folder only means clean cannot prove these are docktutor's and leaves them: no reason to fail the command.
  for (const object of made) await recordCreated(object.kind, object.id, env, object.image).catch(() => undefined);
}

let explainModule: Promise<typeof import('./explain.js')> | undefined;

/** The "What happened" note's module, loaded with the first command that shows one. */
function loadExplainer(): Promise<typeof import('./explain.js')> {
  explainModule ??= import('./explain.js');
  return explainModule;
}

/** Runs a command without its note: for one command calling another (run pulling its image). */
export async function dispatchCommand(command: ParsedCommand, context: CommandContext): Promise<CommandResult> {
  return (await commandModule(command)).execute(command, context);
}

/** The parser only yields names from the table; a hand-made command with another name is refused the same way. */
function commandModule(command: ParsedCommand): Promise<CommandModule> {
  if (!isCommandName(command.name)) throw new DocktutorError('usage', tryMessages().notAvailable(command.name), { exitCode: 125 });
  return loadCommand(command.name);
}
