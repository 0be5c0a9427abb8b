/**
 * The words of `docktutor try ...` before the docker command itself: docktutor's own global options
 * (`-H/--host`, `--lang`, `--lessons`, `--no-explain`) in front of `docker`, and docker's own global
 * `-H/--host` right after it (`docker -H unix:///x.sock ps`). Also `docker help [COMMAND]` and
 * `docker --help`, which docker answers with its command list. Pure.
 */
import { DocktutorError, USAGE_EXIT_CODE } from '../../errors.js';
import { invocationMessages } from '../../i18n/invocation.js';

export interface TryLine {
  /** The docker command line, `docker` included when it was typed; empty for the practice prompt. */
  words: string[];
  host?: string;
  lang?: string;
  lessons?: string;
  /** false after --no-explain. */
  explain?: boolean;
  /** `docker help` / `docker --help`: 'commands' for the list, or the command whose usage to show (`container prune`). */
  help?: string;
}

/** docktutor's global options that take a value, as commander declares them. */
export const GLOBAL_OPTIONS: Record<string, 'host' | 'lang' | 'lessons'> = { '-H': 'host', '--host': 'host', '--lang': 'lang', '--lessons': 'lessons' };
const DOCKER_OPTIONS: Record<string, 'host'> = { '-H': 'host', '--host': 'host' };

export function readTryWords(input: string[]): TryLine {
  const line: TryLine = { words: [] };
  let index = takeOptions(input, 0, GLOBAL_OPTIONS, line, true);
  const docker = input[index] === 'docker';
  if (docker) index = takeOptions(input, index + 1, DOCKER_OPTIONS, line, false);
  const rest = input.slice(index);
  if (docker && (rest.length === 0 || (rest.length === 1 && (rest[0] === '--help' || rest[0] === '-h')))) line.help = 'commands';
  else if (rest[0] === 'help' && rest.length <= 3) line.help = rest.length === 1 ? 'commands' : rest.slice(1).join(' ');
  line.words = docker ? ['docker', ...rest] : rest;
  return line;
}

/**
 * Reads `-H X`, `--host=X`, `-HX` and the like from `start` into `line`; returns the index of the first
 * other word. `ours` also takes `--no-explain` (docktutor's own options after `try`).
 */
/** `exitCode`: of a flag without its value; docker's usage code inside a docker command line, docktutor's outside it. */
export function takeOptions(words: string[], start: number, table: Record<string, keyof TryLine>, line: TryLine, ours: boolean, exitCode = USAGE_EXIT_CODE): number {
  let index = start;
  while (index < words.length) {
    const word = words[index]!;
    if (ours && word === '--no-explain') {
      line.explain = false;
      index += 1;
      continue;
    }
    const equals = word.startsWith('--') ? word.indexOf('=') : -1;
    const name = equals > 0 ? word.slice(0, equals) : /^-[A-Za-z]./.test(word) ? word.slice(0, 2) : word;
    const key = table[name];
    if (!key) return index;
    let value: string | undefined;
    if (equals > 0) value = word.slice(equals + 1);
    else if (name !== word) value = word.slice(2);
    else {
      value = words[index + 1];
      index += 1;
    }
    if (value === undefined || value === '') {
      throw new DocktutorError('usage', invocationMessages().globalNeedsValue(name), { exitCode });
    }
    (line as unknown as Record<string, string>)[key] = value;
    index += 1;
  }
  return index;
}
