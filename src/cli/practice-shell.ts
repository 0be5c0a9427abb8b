/**
 * The practice prompt of `docktutor try`: type docker commands one after another. It is node:readline
 * with history (arrow keys), `help`, `clear`, `exit`/Ctrl-D to leave and Ctrl-C to drop the line. Lines are never
 * handed to a shell: they go through the same parser as `docktutor try docker ...`, which reads quotes and
 * expands `$NAME` as the learner's shell would (and says so in a one-line note).
 */
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
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
import { dimFor } from '../terminal/dim.js';
import { CANCELLED, TerminalLines } from './terminal-lines.js';

const PROMPT = 'docktutor> ';

export async function runPracticeShell(context: AppContext): Promise<void> {
  const { stdin: input, stdout: output, stderr: errorOutput } = context.io;
  const m = shellMessages(context.lang);
  // Read at every line: the terminal may be resized between commands.
  const say = (stream: NodeJS.WritableStream, text: string, hang = 0) =>
    stream.write(`${wrapText(text, terminalColumns(stream as { isTTY?: boolean; columns?: number }), hang)}\n`);
  const run = async (line: string, takeStdin: () => CommandContext['stdin']) => {
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
      // The terminal goes to the command only if it reads it (`run -it`, a confirmation): asked for by the getter.
      const io = {
        stdout: output,
        stderr: errorOutput,
        get stdin() {
          return takeStdin();
        },
      };
      if (command.flags.help === true) {
        // Usage needs no daemon and reads no keys.
        await executeParsed(command, { stdout: output, stderr: errorOutput, cwd: context.cwd, env: context.env } as CommandContext);
        return;
      }
      const result = await executeParsed(command, await commandContextOf({ ...context, io }), { explain: context.explain });
      if (result.exitCode !== 0) errorOutput.write(dimFor(errorOutput as { isTTY?: boolean }, context.env)(`${m.exitStatus(result.exitCode)}\n`));
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
  run: (line: string, takeStdin: () => CommandContext['stdin']) => Promise<void>,
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
      await run(line, () => empty as CommandContext['stdin']);
    }
  }
}

/** The prompt in a terminal: one interface across commands (terminal-lines.ts), handed over to a command that reads keys. */
async function runInteractive(
  input: Io['stdin'],
  output: Io['stdout'],
  run: (line: string, takeStdin: () => CommandContext['stdin']) => Promise<void>,
): Promise<void> {
  const lines = new TerminalLines(input, output, PROMPT);
  try {
    for (;;) {
      const line = await lines.next();
      if (line === undefined) return;
      if (line === CANCELLED) continue;
      if (isExit(line)) return;
      await run(line, () => lines.handOver() as CommandContext['stdin']);
    }
  } finally {
    lines.close();
  }
}

function isExit(line: string): boolean {
  return line.trim() === 'exit' || line.trim() === 'quit';
}
