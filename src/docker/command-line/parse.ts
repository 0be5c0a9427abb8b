/**
 * Reads a docker command line the way the docker CLI (cobra + pflag) does: `-it`, `-eA=1`, `--name=x`
 * and `--name x`, `--rm=false`, `--` ending the flags, and for run and exec flags ending at the first
 * positional word. Pure: words in, a ParsedCommand out, or a one-line DocktutorError naming the problem.
 */
import { DocktutorError } from '../../errors.js';
import { tryMessages } from '../../i18n/try.js';
import { isCommandName, type CommandName } from '../commands/table.js';
import type { FlagValue, ParsedCommand } from '../commands/types.js';
import { DOCKER_GROUPS, knownDockerCommand } from './docker-commands.js';
import { COMMAND_ALIASES, COMMAND_NAMES, commandSpec, commandSpellings, describeFlag, flagsOf, type FlagSpec } from './spec.js';
import { suggestCommand, findNearestName } from './suggest.js';
import { tokenizeCommandLine, UNKNOWN_COMMAND_EXIT_CODE, USAGE_EXIT_CODE, type TokenizeOptions } from './tokenize.js';
import { parseNanoCpus, parseRamInBytes } from './units.js';

/** `options` apply to a line (a string): with `env`, `$NAME` outside single quotes is expanded as a shell would. */
export function parseCommandLine(input: string | string[], options: TokenizeOptions = {}): ParsedCommand {
  const words = typeof input === 'string' ? tokenizeCommandLine(input, options) : [...input];
  const { name, rest } = resolveCommand(words[0] === 'docker' ? words.slice(1) : words);
  const { flags, args } = parseFlags(name, rest);
  const parsed: ParsedCommand = { name, flags, args, words };
  if (flags.help !== true) checkArgCount(parsed);
  return parsed;
}

/** The command a line names, and the words after it: `container ls -a` -> ps, [-a]. */
export function resolveCommand(words: string[]): { name: CommandName; rest: string[] } {
  const m = tryMessages();
  const [first, second] = words;
  if (first === undefined || first === '') throw usage(m.noCommand, m.supportedCommands(COMMAND_NAMES.join(', ')));
  const group = COMMAND_ALIASES[first];
  const grouped = group && second !== undefined ? group[second] : undefined;
  if (grouped) return { name: grouped, rest: words.slice(2) };
  if (isCommandName(first)) return { name: first, rest: words.slice(1) };
  // `docker container` alone (or with a flag): the words that may follow it.
  if (group && (second === undefined || second.startsWith('-'))) throw usage(m.unsupportedSubcommand(first, second ?? '', Object.keys(group).join(', ')));
  throw notRun(words);
}

/**
 * A command docker knows but docktutor does not run sends the learner to the docker CLI; anything else
 * is a typo, which the docker CLI answers with "unknown command" and exit code 1, and so does docktutor,
 * adding the closest command it runs.
 */
function notRun(words: string[]): DocktutorError {
  const m = tryMessages();
  const known = knownDockerCommand(words);
  if (known !== undefined) return new DocktutorError('usage', m.outsideSet(known), { exitCode: UNKNOWN_COMMAND_EXIT_CODE });
  const typed = words[1] !== undefined && !words[1].startsWith('-') && Object.hasOwn(DOCKER_GROUPS, words[0]!) ? words.slice(0, 2) : words.slice(0, 1);
  const suggestion = suggestCommand(words, commandSpellings());
  const hint = suggestion === undefined ? m.commandListHint : m.didYouMean(suggestion);
  return new DocktutorError('usage', m.unknownCommand(typed.join(' ')), { hint, exitCode: UNKNOWN_COMMAND_EXIT_CODE });
}

function parseFlags(name: CommandName, words: string[]): { flags: Record<string, FlagValue>; args: string[] } {
  const spec = commandSpec(name);
  const flags: Record<string, FlagValue> = {};
  const args: string[] = [];
  let index = 0;
  const nextValue = (): string | undefined => (index < words.length ? words[index++] : undefined);
  while (index < words.length) {
    const word = words[index++]!;
    if (word.length < 2 || !word.startsWith('-')) {
      args.push(word);
      if (!spec.interspersed) {
        args.push(...words.slice(index));
        break;
      }
      continue;
    }
    if (word === '--') {
      args.push(...words.slice(index));
      break;
    }
    if (word.startsWith('--')) {
      const body = word.slice(2);
      if (body.startsWith('-') || body.startsWith('=')) throw usage(tryMessages().badFlagSyntax(word));
      const equals = body.indexOf('=');
      const flagName = equals < 0 ? body : body.slice(0, equals);
      const flag = findFlag(name, (f) => f.long === flagName, `'--${flagName}'`, flagName);
      let value = equals < 0 ? undefined : body.slice(equals + 1);
      if (value === undefined) value = flag.type === 'bool' ? 'true' : nextValue();
      if (value === undefined) throw usage(tryMessages().flagNeedsValue(name, describeFlag(flag)));
      setFlag(name, flags, flag, value);
      continue;
    }
    // A cluster of short flags: `-it`, `-eA=1`, `-e=A=1`, `-e A=1`.
    let shorts = word.slice(1);
    while (shorts.length > 0) {
      const letter = shorts[0]!;
      // Quoted, and with the word it came from when it is part of a cluster: `'-;' in '-a;'`.
      const flag = findFlag(name, (f) => f.short === letter, word === `-${letter}` ? `'${word}'` : `'-${letter}' in '${word}'`);
      let value: string | undefined;
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        shorts = '';
      } else if (flag.type === 'bool') {
        value = 'true';
        shorts = shorts.slice(1);
      } else if (shorts.length > 1) {
        value = shorts.slice(1);
        shorts = '';
      } else {
        value = nextValue();
        shorts = '';
      }
      if (value === undefined) throw usage(tryMessages().flagNeedsValue(name, describeFlag(flag)));
      setFlag(name, flags, flag, value);
    }
  }
  return { flags, args };
}

/** The flag `match` finds; otherwise a refusal listing the supported ones, with the nearest long flag to `long` (the name typed after `--`) when one is close. */
function findFlag(name: CommandName, match: (flag: FlagSpec) => boolean, typed: string, long?: string): FlagSpec {
  const flag = flagsOf(name).find(match);
  if (flag) return flag;
  const m = tryMessages();
  const supported = commandSpec(name).flags.map(describeFlag).join(', ');
  const suggestion = long === undefined ? undefined : findNearestName(long, flagsOf(name).map((f) => f.long));
  throw usage(m.unsupportedFlag(name, typed, supported || m.noFlags), suggestion === undefined ? m.flagHelpHint(name) : m.didYouMeanFlag(`--${suggestion}`));
}

const TRUE_WORDS = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

function setFlag(name: CommandName, flags: Record<string, FlagValue>, flag: FlagSpec, value: string): void {
  const m = tryMessages();
  const bad = (expected: string) => usage(m.badFlagValue(name, describeFlag(flag), value, expected));
  switch (flag.type) {
    case 'bool':
      if (!TRUE_WORDS.has(value) && !FALSE_WORDS.has(value)) throw bad(m.expectBool);
      flags[flag.long] = TRUE_WORDS.has(value);
      return;
    case 'list': {
      const previous = flags[flag.long];
      flags[flag.long] = [...(Array.isArray(previous) ? previous : []), value];
      return;
    }
    case 'int':
      if (!/^[+-]?\d+$/.test(value)) throw bad(m.expectInt);
      break;
    case 'bytes':
      if (parseRamInBytes(value) === undefined) throw bad(m.expectBytes);
      break;
    case 'cpus':
      if (parseNanoCpus(value) === undefined) throw bad(m.expectCpus);
      break;
    case 'string':
      break;
  }
  flags[flag.long] = value;
}

function checkArgCount(parsed: ParsedCommand): void {
  const spec = commandSpec(parsed.name);
  const count = parsed.args.length;
  const m = tryMessages();
  // Like the docker CLI, a command that takes exactly N arguments says so whichever way the count is off.
  if (spec.minArgs > 0 && spec.minArgs === spec.maxArgs && count !== spec.minArgs) throw usage(m.exactArgs(parsed.name, spec.minArgs, `docker ${spec.synopsis}`));
  if (count < spec.minArgs) throw usage(m.tooFewArgs(parsed.name, spec.minArgs, `docker ${spec.synopsis}`));
  if (count > spec.maxArgs) throw usage(m.tooManyArgs(parsed.name, spec.maxArgs, `docker ${spec.synopsis}`));
}

function usage(message: string, hint?: string): DocktutorError {
  return new DocktutorError('usage', message, hint === undefined ? { exitCode: USAGE_EXIT_CODE } : { hint, exitCode: USAGE_EXIT_CODE });
}
