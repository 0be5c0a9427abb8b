/**
 * `docktutor try docker <command> [args]` runs one docker command live; with no command it opens the
 * practice prompt. The command line is read before connecting, so a typo or `--help` needs no daemon.
 */
import { parseCommandLine } from '../../docker/command-line/parse.js';
import { readTryWords } from '../../docker/command-line/try-words.js';
import type { CommandContext } from '../../docker/commands/types.js';
import { connect } from '../../docker/engine/connect.js';
import { executeParsed } from '../../docker/commands/execute.js';
import { ExitCode } from '../../errors.js';
import { parseLang, setLang } from '../../i18n/index.js';
import type { GlobalOptions } from '../../settings.js';
import { terminalColumns } from '../../terminal/width.js';

export interface TryOptions extends GlobalOptions {
  words: string[];
  /** false with --no-explain. */
  explain: boolean;
}

export async function tryCommand(given: TryOptions): Promise<void> {
  // Global options may come after `try` (`try -H unix:///x.sock docker ps`), and docker's own -H after `docker`.
  const line = readTryWords(given.words);
  if (line.lang !== undefined) setLang(parseLang(line.lang));
  const options: TryOptions = {
    ...given,
    words: line.words,
    explain: given.explain && line.explain !== false,
    ...(line.host !== undefined ? { host: line.host } : {}),
    ...(line.lessons !== undefined ? { lessons: line.lessons } : {}),
  };
  if (line.help === 'commands') {
    process.stdout.write((await import('../../docker/command-line/usage.js')).formatCommandList('cli', terminalColumns(process.stdout)));
    return;
  }
  if (options.words.length === 0) {
    await (await import('../practice-shell.js')).runPracticeShell(options);
    return;
  }
  const command = parseCommandLine(line.help !== undefined ? [...line.help.split(' '), '--help'] : options.words);
  const explain = options.explain && process.env.DOCKTUTOR_NO_EXPLAIN !== '1';
  if (command.flags.help === true) {
    // Usage text needs no daemon; executeParsed prints it without touching the connection.
    await executeParsed(command, { stdout: process.stdout } as unknown as CommandContext);
    return;
  }
  const connection = await connect({ host: options.host });
  const context: CommandContext = {
    connection,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
  const result = await executeParsed(command, context, { explain });
  if (result.exitCode !== 0) throw new ExitCode(result.exitCode);
}
