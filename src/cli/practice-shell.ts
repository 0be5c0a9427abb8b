/**
 * The practice prompt of `docktutor try`: type docker commands one after another. It is node:readline
 * with history (arrow keys), `help`, `clear`, `exit`/Ctrl-D to leave and Ctrl-C to drop the line. Lines are never
 * handed to a shell: they go through the same parser as `docktutor try docker ...`, which reads quotes and
 * expands `$NAME` as the learner's shell would (and says so in a one-line note).
 */
import { createInterface, type Interface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { styleText } from 'node:util';
import { formatCommandList } from '../docker/command-line/usage.js';
import { commandContextOf, type AppContext, type Io } from '../app/context.js';
import type { CommandContext } from '../docker/commands/types.js';
import { parseCommandLine } from '../docker/command-line/parse.js';
import { executeParsed, writeExpansionNotes } from '../docker/commands/execute.js';
import type { ShellExpansion } from '../docker/command-line/tokenize.js';
import { DocktutorError } from '../errors.js';
import { cliMessages } from '../i18n/cli.js';
import { shellMessages } from '../i18n/practice-shell.js';
import { namingDockerCommandsFor } from '../command-name.js';
import { columnsOf, terminalColumns } from '../terminal/width.js';
import { wrapText } from '../terminal/wrap.js';

const PROMPT = 'docktutor> ';
const CANCELLED = Symbol('cancelled');

export async function runPracticeShell(context: AppContext): Promise<void> {
  const { stdin: input, stdout: output, stderr: errorOutput } = context.io;
  const m = shellMessages(context.lang);
  // Read at every line: the terminal may be resized between commands.
  const say = (stream: NodeJS.WritableStream, text: string, hang = 0) =>
    stream.write(`${wrapText(text, terminalColumns(stream as { isTTY?: boolean; columns?: number }), hang)}\n`);
  const run = async (line: string, stdin: CommandContext['stdin']) => {
    const text = line.trim();
    if (text === '') return;
    if (text === 'help' || text === '?') {
      output.write(formatCommandList('shell', terminalColumns(output)));
      return;
    }
    if (text === 'clear') {
      // As the shell's clear does: the visible screen and the scrollback, cursor home.
      if (output.isTTY) output.write('\x1b[H\x1b[2J\x1b[3J');
      return;
    }
    try {
      // Read first: a typo or `ps --help` needs no daemon, as at the shell.
      const seen: ShellExpansion[] = [];
      const command = parseCommandLine(text, { env: context.env, seen });
      writeExpansionNotes(seen, { stdout: output, stderr: errorOutput, env: context.env });
      if (command.flags.help === true) {
        await executeParsed(command, { stdout: output, stderr: errorOutput, stdin, cwd: context.cwd, env: context.env } as CommandContext);
        return;
      }
      const result = await executeParsed(command, await commandContextOf(context, { stdin }), { explain: context.explain });
      if (result.exitCode !== 0) errorOutput.write(dim(errorOutput, `${m.exitStatus(result.exitCode)}\n`));
    } catch (error) {
      if (!(error instanceof DocktutorError)) throw error;
      const { hintPrefix } = cliMessages(context.lang);
      say(errorOutput, `docktutor: ${error.message}`, 2);
      if (error.hint) say(errorOutput, `${hintPrefix}${error.hint}`, columnsOf(hintPrefix));
      // A daemon that went away is looked up again on the next line.
      if (error.kind.startsWith('daemon-')) context.daemon.forget();
    }
  };

  say(output, m.welcome);
  // Messages name docker commands as this prompt takes them (`ps --help`), until it closes.
  namingDockerCommandsFor('prompt');
  try {
    await readLines(input, output, run);
  } finally {
    namingDockerCommandsFor('shell');
  }
  output.write(`${m.bye}\n`);
}

async function readLines(
  input: Io['stdin'],
  output: Io['stdout'],
  run: (line: string, stdin: CommandContext['stdin']) => Promise<void>,
): Promise<void> {
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
}

/**
 * One readline interface per prompt: closing it before a command runs gives the terminal back to that
 * command (raw mode for `run -it`), and the history moves to the next interface. Lines typed or pasted
 * ahead (twenty `ps -a` at once, or typed while a command still runs) reach an interface together:
 * they wait in a queue and run in order, each shown after the prompt as if typed there.
 */
async function runInteractive(
  input: Io['stdin'],
  output: Io['stdout'],
  run: (line: string, stdin: CommandContext['stdin']) => Promise<void>,
): Promise<void> {
  let history: string[] = [];
  const ahead: string[] = [];
  // The unfinished last line of a paste, typed again into the next prompt.
  let partial = '';
  for (;;) {
    let line: string | typeof CANCELLED | undefined = ahead.shift();
    if (line !== undefined) {
      output.write(`${PROMPT}${line}\n`);
      history = [line, ...history.filter((entry) => entry !== line)].slice(0, 500);
    } else {
      const rl = createInterface({ input, output, terminal: true, history, historySize: 500, removeHistoryDuplicates: true, prompt: PROMPT });
      line = await ask(rl, ahead, partial);
      partial = line === CANCELLED ? '' : rl.line;
      history = [...(rl as unknown as { history: string[] }).history];
      rl.close();
    }
    if (line === undefined) return;
    if (line === CANCELLED) {
      ahead.length = 0;
      continue;
    }
    if (isExit(line)) return;
    await run(line, input as CommandContext['stdin']);
  }
}

/**
 * The next line, CANCELLED for Ctrl-C, or undefined at the end of input (Ctrl-D). Lines that arrive
 * with it (a paste) go to `ahead`, unechoed: each is shown at its own prompt when its turn comes.
 */
function ask(rl: Interface, ahead: string[], partial: string): Promise<string | typeof CANCELLED | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: string | typeof CANCELLED | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    rl.on('line', (line) => {
      if (settled) {
        ahead.push(line);
        return;
      }
      // What readline would echo of the rest of a paste is printed later, at its own prompt.
      (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
      settle(line);
    });
    rl.once('SIGINT', () => {
      (rl as unknown as { output: NodeJS.WritableStream }).output.write('^C\n');
      settle(CANCELLED);
    });
    rl.once('close', () => settle(undefined));
    // readline draws the prompt in four writes; corked, they reach the terminal as one.
    const out = (rl as unknown as { output: NodeJS.WritableStream & { cork?: () => void; uncork?: () => void } }).output;
    out.cork?.();
    rl.prompt();
    if (partial !== '') rl.write(partial);
    process.nextTick(() => out.uncork?.());
  });
}

function isExit(line: string): boolean {
  return line.trim() === 'exit' || line.trim() === 'quit';
}

function dim(stream: NodeJS.WritableStream, text: string): string {
  return (stream as { isTTY?: boolean }).isTTY ? styleText('dim', text) : text;
}
