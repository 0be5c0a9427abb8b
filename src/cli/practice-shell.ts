/**
 * The practice prompt of `docktutor try`: type docker commands one after another. It is node:readline
 * with history (arrow keys), `help`, `clear`, `exit`/Ctrl-D to leave and Ctrl-C to drop the line. Lines are never
 * handed to a shell: they go through the same parser as `docktutor try docker ...`.
 */
import { createInterface, type Interface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { styleText } from 'node:util';
import { formatCommandList } from '../docker/command-line/usage.js';
import { commandContextOf, type AppContext, type Io } from '../app/context.js';
import type { CommandContext } from '../docker/commands/types.js';
import { executeCommandLine } from '../docker/commands/execute.js';
import { DocktutorError } from '../errors.js';
import { cliMessages } from '../i18n/cli.js';
import { shellMessages } from '../i18n/practice-shell.js';

const PROMPT = 'docktutor> ';
const CANCELLED = Symbol('cancelled');

export async function runPracticeShell(context: AppContext): Promise<void> {
  const { stdin: input, stdout: output, stderr: errorOutput } = context.io;
  const m = shellMessages(context.lang);
  const run = async (line: string, stdin: CommandContext['stdin']) => {
    const text = line.trim();
    if (text === '') return;
    if (text === 'help' || text === '?') {
      output.write(formatCommandList());
      return;
    }
    if (text === 'clear') {
      // As the shell's clear does: the visible screen and the scrollback, cursor home.
      if (output.isTTY) output.write('\x1b[H\x1b[2J\x1b[3J');
      return;
    }
    try {
      const result = await executeCommandLine(text, await commandContextOf(context, { stdin }), { explain: context.explain });
      if (result.exitCode !== 0) errorOutput.write(dim(errorOutput, `${m.exitStatus(result.exitCode)}\n`));
    } catch (error) {
      if (!(error instanceof DocktutorError)) throw error;
      errorOutput.write(`docktutor: ${error.message}\n`);
      if (error.hint) errorOutput.write(`${cliMessages(context.lang).hintPrefix}${error.hint}\n`);
      // A daemon that went away is looked up again on the next line.
      if (error.kind.startsWith('daemon-')) context.daemon.forget();
    }
  };

  output.write(`${m.welcome}\n`);
  if (input.isTTY) {
    await runInteractive(input, output, run);
  } else {
    // A script on stdin: one interface for the whole stream, so no buffered line is lost between commands;
    // the commands themselves get an empty stdin.
    const lines = createInterface({ input, terminal: false });
    for await (const line of lines) {
      output.write(`${PROMPT}${line}\n`);
      if (isExit(line)) break;
      const empty = new PassThrough();
      empty.end();
      await run(line, empty as CommandContext['stdin']);
    }
  }
  output.write(`${m.bye}\n`);
}

/**
 * One readline interface per prompt: closing it before a command runs gives the terminal back to that
 * command (raw mode for `run -it`), and the history moves to the next interface.
 */
async function runInteractive(
  input: Io['stdin'],
  output: Io['stdout'],
  run: (line: string, stdin: CommandContext['stdin']) => Promise<void>,
): Promise<void> {
  let history: string[] = [];
  for (;;) {
    const rl = createInterface({ input, output, terminal: true, history, historySize: 500, removeHistoryDuplicates: true, prompt: PROMPT });
    const line = await ask(rl);
    history = [...(rl as unknown as { history: string[] }).history];
    rl.close();
    if (line === undefined) return;
    if (line === CANCELLED) continue;
    if (isExit(line)) return;
    await run(line, input as CommandContext['stdin']);
  }
}

/** The next line, CANCELLED for Ctrl-C, or undefined at the end of input (Ctrl-D). */
function ask(rl: Interface): Promise<string | typeof CANCELLED | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: string | typeof CANCELLED | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    rl.once('line', (line) => settle(line));
    rl.once('SIGINT', () => {
      (rl as unknown as { output: NodeJS.WritableStream }).output.write('^C\n');
      settle(CANCELLED);
    });
    rl.once('close', () => settle(undefined));
    rl.prompt();
  });
}

function isExit(line: string): boolean {
  return line.trim() === 'exit' || line.trim() === 'quit';
}

function dim(stream: NodeJS.WritableStream, text: string): string {
  return (stream as { isTTY?: boolean }).isTTY ? styleText('dim', text) : text;
}
