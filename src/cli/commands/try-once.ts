/**
 * `docktutor try docker <command> [args]`: one docker command, run live. The command line is read before
 * connecting, so a typo or `--help` needs no daemon.
 */
import type { AppContext } from '../../app/context.js';
import { commandContextOf } from '../../app/context.js';
import { parseCommandLine } from '../../docker/command-line/parse.js';
import type { CommandContext } from '../../docker/commands/types.js';
import { executeParsed } from '../../docker/commands/execute.js';
import { ExitCode } from '../../errors.js';
import { terminalColumns } from '../../terminal/width.js';

export async function tryOnce(context: AppContext): Promise<void> {
  const { words, help } = context.invocation;
  const { stdout } = context.io;
  if (help === 'commands') {
    stdout.write((await import('../../docker/command-line/usage.js')).formatCommandList('cli', terminalColumns(stdout)));
    return;
  }
  const command = parseCommandLine(help !== undefined ? [...help.split(' '), '--help'] : words);
  if (command.flags.help === true) {
    // Usage text needs no daemon; executeParsed prints it without touching the connection.
    await executeParsed(command, { stdout } as unknown as CommandContext);
    return;
  }
  const result = await executeParsed(command, await commandContextOf(context), { explain: context.explain });
  if (result.exitCode !== 0) throw new ExitCode(result.exitCode);
}
