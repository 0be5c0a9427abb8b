/**
 * The views of the command table (src/docker/commands/table.ts) that the parser, the canonical form
 * and `--help` read: each command's flags, and the longer spellings (`docker container ls`) that mean
 * the same command.
 */
import { COMMANDS, COMMAND_NAMES, commandSpec, type CommandName } from '../commands/table.js';
import { HELP_FLAG, type FlagSpec } from './flag-spec.js';

export { COMMAND_NAMES, commandSpec };
export { describeFlag, type FlagSpec, type FlagType } from './flag-spec.js';

/**
 * Management-command spellings (`docker container ls`), group -> word -> command, from each spec's
 * aliases; a command that only exists under its group (`volume create`) is its own spelling.
 */
export const COMMAND_ALIASES: Record<string, Record<string, CommandName>> = {};
for (const name of COMMAND_NAMES) {
  for (const alias of [...(name.includes(' ') ? [name] : []), ...(COMMANDS[name].spec.aliases ?? [])]) {
    const [group, word] = alias.split(' ') as [string, string];
    (COMMAND_ALIASES[group] ??= {})[word] = name;
  }
}

/** Every way a learner may write each command after `docker` (`ps`, `container ls`, `volume create`), in table order. */
export function commandSpellings(): string[] {
  return COMMAND_NAMES.flatMap((name) => [name, ...(commandSpec(name).aliases ?? [])]);
}

/** Every flag a command accepts, `--help` included. */
export function flagsOf(name: CommandName): FlagSpec[] {
  return [...commandSpec(name).flags, HELP_FLAG];
}
