/**
 * Runs one docker command line: read it, load the command's module, let it talk to the daemon, and
 * keep everything it printed. The CLI (`docktutor try`), the lesson step runner and the quiz all come
 * through here, so nothing below depends on commander or on process.stdout directly.
 */
import { writeThrough } from './write-through.js';
import { styleText } from 'node:util';
import { DocktutorError } from '../../errors.js';
import { tryMessages } from '../../i18n/try.js';
import { parseCommandLine } from '../command-line/parse.js';
import type { CommandContext, CommandHandler, CommandResult, ParsedCommand } from './types.js';
import { startTrace, takeTrace } from '../engine/trace.js';

export interface ExecuteOptions {
  /** Show the "what happened" note (default: on, unless DOCKTUTOR_NO_EXPLAIN=1). */
  explain?: boolean;
}

export async function executeCommandLine(
  input: string | string[],
  context: CommandContext,
  options: ExecuteOptions = {},
): Promise<CommandResult> {
  return executeParsed(parseCommandLine(input), context, options);
}

export async function executeParsed(command: ParsedCommand, context: CommandContext, options: ExecuteOptions = {}): Promise<CommandResult> {
  if (command.flags.help === true) {
    // Usage text (and its tables of flag descriptions) is loaded only when asked for.
    const usage = (await import('../command-line/usage.js')).formatUsage(command.name);
    context.stdout.write(usage);
    return { exitCode: 0, output: usage };
  }
  const explain = options.explain ?? context.env.DOCKTUTOR_NO_EXPLAIN !== '1';
  startTrace();
  takeTrace(); // forget what came before (the connection's version check)
  const captured: Buffer[] = [];
  const keep = (chunk: Buffer) => captured.push(chunk);
  const teed: CommandContext = { ...context, stdout: writeThrough(context.stdout, keep), stderr: writeThrough(context.stderr, keep) };
  const explainer = explain ? await import('./explain.js') : undefined;
  const note = (exitCode: number, failure?: DocktutorError) => {
    if (!explainer) return;
    const text = explainer.formatExplainNote(command, takeTrace(), exitCode, failure);
    if (text === '') return;
    // Output that stopped mid-line (a last line without its newline) must not run into the heading.
    const last = captured[captured.length - 1];
    const lead = last !== undefined && last.length > 0 && last[last.length - 1] !== 0x0a ? '\n' : '';
    context.stderr.write(lead + ((context.stderr as { isTTY?: boolean }).isTTY ? styleText('dim', text) : text));
  };
  try {
    const result = await dispatchCommand(command, teed);
    // A command may keep a plain copy of its own (progress bars left out); otherwise all it printed counts.
    const output = result.output !== '' ? result.output : Buffer.concat(captured).toString('utf8');
    note(result.exitCode);
    return { ...result, output };
  } catch (error) {
    if (error instanceof DocktutorError) note(error.exitCode, error);
    else note(1);
    throw error;
  }
}

/** Loads `commands/<name>.js` on demand (a command pays only for what it imports) and runs it. */
export async function dispatchCommand(command: ParsedCommand, context: CommandContext): Promise<CommandResult> {
  let module: { execute?: CommandHandler };
  try {
    // A plain string, not a template: bundlers and test runners resolve it at run time like Node does.
    const specifier = './' + command.name + '/execute.js';
    module = (await import(/* @vite-ignore */ specifier)) as { execute?: CommandHandler };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    module = {};
  }
  if (!module.execute) throw new DocktutorError('usage', tryMessages().notAvailable(command.name), { exitCode: 125 });
  return module.execute(command, context);
}

