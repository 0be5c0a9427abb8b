/**
 * The command line, read once: which docktutor command, its words, and the settings every command
 * shares (the daemon's address, the language, the lessons folder, whether to explain). main.ts picks
 * its path from it (an answer at once for `--version`, `try` and `learn` without loading commander;
 * everything else through commander, which checks the line and prints help) and builds the one
 * AppContext from it. Pure: argv and the environment in, nothing read or written.
 */
import { join, resolve } from 'node:path';
import { GLOBAL_OPTIONS, readTryWords, takeOptions, type TryLine } from '../docker/command-line/try-words.js';
import { detectLang, type Lang } from '../i18n/index.js';
import { PACKAGE_ROOT } from '../version.js';

/** How main answers: straight away, or through commander's command table. */
export type Route = 'version' | 'try' | 'learn' | 'program';

export interface Invocation {
  route: Route;
  /** `try`, `learn`, `quiz`...; undefined when none was given (commander prints the help). */
  command: string | undefined;
  /** `try`: the docker command's words (`docker` kept when typed), empty for the practice prompt; otherwise the words after the command. */
  words: string[];
  /** `try`: `docker help [COMMAND]` or `docker --help` ('commands' for the list). */
  help?: string;
  host: string | undefined;
  lang: Lang;
  /** The lessons folder: --lessons, else DOCKTUTOR_LESSONS, else the lessons shipped with docktutor. */
  lessonsDir: string;
  /** The "What happened" note: off with --no-explain or DOCKTUTOR_NO_EXPLAIN=1. */
  explain: boolean;
}

const SHIPPED_LESSONS = join(PACKAGE_ROOT, 'lessons');
/** The exit code of docktutor's own usage errors (an unknown --lang is 2 as well). */
const DOCKTUTOR_USAGE = 2;

export function parseInvocation(argv: readonly string[], env: NodeJS.ProcessEnv): Invocation {
  const args = argv.slice(2);
  const given: TryLine = { words: [] };
  let route: Route = 'program';
  let words: string[] = [];
  let help: string | undefined;
  // Global options may come before the command (`--lang ko learn`).
  // A global option without its value, outside `try`, is a usage error of docktutor's own (exit 2, as commander's).
  const at = args.length === 1 && (args[0] === '--version' || args[0] === '-V') ? 0 : takeOptions(args, 0, GLOBAL_OPTIONS, given, false, DOCKTUTOR_USAGE);
  const command = args[at];
  const rest = args.slice(at + 1);
  if (args.length === 1 && (command === '--version' || command === '-V')) {
    route = 'version';
  } else if (command === 'try' && !['--help', '-h', '--'].includes(rest[0] ?? '')) {
    // Past `try` commander would pass every word through as it is; docktutor's own options come first.
    const line = readTryWords(rest);
    Object.assign(given, pick(line));
    ({ words, help } = line);
    route = 'try';
  } else if (command === 'learn' && rest.length <= 1 && !rest.some((word) => word.startsWith('-'))) {
    words = rest;
    route = 'learn';
  } else {
    words = rest;
    // Commander accepts the global options after the command too (`quiz hello --lang ko`).
    for (let index = 0; index < rest.length && rest[index] !== '--'; ) {
      const next = takeOptions(rest, index, GLOBAL_OPTIONS, given, false, DOCKTUTOR_USAGE);
      index = next > index ? next : index + 1;
    }
  }
  return {
    route,
    command,
    words,
    ...(help !== undefined ? { help } : {}),
    host: given.host,
    lang: detectLang(given.lang, env),
    lessonsDir: resolve(given.lessons || env.DOCKTUTOR_LESSONS || SHIPPED_LESSONS),
    explain: given.explain !== false && env.DOCKTUTOR_NO_EXPLAIN !== '1',
  };
}

function pick(line: TryLine): Partial<TryLine> {
  const picked: Partial<TryLine> = {};
  if (line.host !== undefined) picked.host = line.host;
  if (line.lang !== undefined) picked.lang = line.lang;
  if (line.lessons !== undefined) picked.lessons = line.lessons;
  if (line.explain !== undefined) picked.explain = line.explain;
  return picked;
}
