/** Usage text in the docker CLI's shape, built from the command table (pure; the caller prints it). */
import { getLang } from '../../i18n/index.js';
import { tryHelpMessages } from '../../i18n/try-help.js';
import type { CommandModule } from '../commands/module.js';
import { COMMAND_ALIASES, COMMAND_NAMES, commandSpec, flagsOf, type FlagSpec } from './spec.js';
import { columnsOf } from '../../terminal/width.js';
import { wrapLine } from '../../terminal/wrap.js';

/** The --help of one command: its synopsis and summary from the spec, a line per flag from its module, fitted to `columns`. */
export function formatUsage(module: Pick<CommandModule, 'spec' | 'flagHelp'>, columns = 80): string {
  const m = tryHelpMessages();
  const { spec } = module;
  const name = spec.name as Parameters<typeof flagsOf>[0];
  const flagHelp: Record<string, string> = { help: m.helpFlag, ...module.flagHelp() };
  const lines = [`${m.usage}  docker ${spec.synopsis}`, '', spec.summary[getLang()]];
  const aliases = aliasesOf(name);
  // docker lists a group's own command first (`docker volume ls, docker volume list`), a top-level one last.
  const spellings = name.includes(' ') ? [`docker ${name}`, ...aliases.filter((alias) => alias !== `docker ${name}`)] : [...aliases, `docker ${name}`];
  if (spellings.length > 1) lines.push('', m.aliases, `  ${spellings.join(', ')}`);
  const flags = flagsOf(name);
  const left = flags.map(flagColumn);
  const width = Math.max(...left.map((text) => text.length));
  lines.push('', m.options);
  flags.forEach((flag, index) => lines.push(`${left[index]!.padEnd(width)}   ${flagHelp[flag.long] ?? ''}`.trimEnd()));
  return fitted(lines, columns, width + 3);
}

/** Every command with its synopsis and what it does: the practice prompt's `help`, or `try docker --help`. */
export function formatCommandList(place: 'shell' | 'cli' = 'shell', columns = 80): string {
  const m = tryHelpMessages();
  const synopses = COMMAND_NAMES.map((name) => `docker ${commandSpec(name).synopsis}`);
  const width = Math.max(...synopses.map((text) => text.length));
  const rows = COMMAND_NAMES.map((name, index) => `  ${synopses[index]!.padEnd(width)}   ${commandSpec(name).summary[getLang()]}`);
  const lines = place === 'shell' ? [m.shellTitle, ...rows, m.shellFooter] : [m.cliTitle, ...rows, '', m.cliFooter];
  return fitted(lines, columns, width + 5);
}

/**
 * Lines wrapped to `columns`, a description going on under itself (at `hang`); where that column leaves
 * too little room, the description starts on the next line instead, indented.
 */
function fitted(lines: string[], columns: number, hang: number): string {
  const fit = (line: string) => {
    if (columnsOf(line) <= columns || hang <= columns / 2 || !/^ +\S.*? {3}\S/.test(line)) return wrapLine(line, columns, hang);
    const [term, text] = [line.slice(0, hang).trimEnd(), line.slice(hang)];
    return `${wrapLine(term, columns, 4)}\n${wrapLine(`      ${text}`, columns)}`;
  };
  return `${lines.join('\n').split('\n').map(fit).join('\n')}\n`;
}

function aliasesOf(name: string): string[] {
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
