/** Usage text in the docker CLI's shape, built from the flag table (pure; the caller prints it). */
import { tryHelpMessages } from '../../i18n/try-help.js';
import type { CommandName } from '../commands/types.js';
import { COMMAND_ALIASES, COMMAND_NAMES, COMMAND_SPECS, flagsOf, type FlagSpec } from './spec.js';

export function formatUsage(name: CommandName): string {
  const m = tryHelpMessages();
  const spec = COMMAND_SPECS[name];
  const lines = [`${m.usage}  docker ${spec.synopsis}`, '', m.commands[name]];
  const aliases = aliasesOf(name);
  if (aliases.length > 0) lines.push('', m.aliases, `  ${[...aliases, `docker ${name}`].join(', ')}`);
  const flags = flagsOf(name);
  const left = flags.map(flagColumn);
  const width = Math.max(...left.map((text) => text.length));
  lines.push('', m.options);
  flags.forEach((flag, index) => lines.push(`${left[index]!.padEnd(width)}   ${m.flags[flag.long as keyof typeof m.flags] ?? ''}`.trimEnd()));
  return `${lines.join('\n')}\n`;
}

/** Every command with its synopsis and what it does: the practice prompt's `help`, or `try docker --help`. */
export function formatCommandList(place: 'shell' | 'cli' = 'shell'): string {
  const m = tryHelpMessages();
  const synopses = COMMAND_NAMES.map((name) => `docker ${COMMAND_SPECS[name].synopsis}`);
  const width = Math.max(...synopses.map((text) => text.length));
  const rows = COMMAND_NAMES.map((name, index) => `  ${synopses[index]!.padEnd(width)}   ${m.commands[name]}`);
  return place === 'shell' ? `${m.shellTitle}\n${rows.join('\n')}\n${m.shellFooter}\n` : `${m.cliTitle}\n${rows.join('\n')}\n\n${m.cliFooter}\n`;
}

function aliasesOf(name: CommandName): string[] {
  const aliases: string[] = [];
  for (const [group, table] of Object.entries(COMMAND_ALIASES)) {
    for (const [word, target] of Object.entries(table)) if (target === name) aliases.push(`docker ${group} ${word}`);
  }
  return aliases;
}

function flagColumn(flag: FlagSpec): string {
  const short = flag.short ? `-${flag.short}, ` : '    ';
  return `  ${short}--${flag.long}${flag.value ? ` ${flag.value}` : ''}`;
}
