/**
 * The shape of one docker command. Each command is a folder under src/docker/commands/ whose
 * `spec.ts` (flags, synopsis, spellings: light data the parser reads at start) and `index.ts` (all the
 * rest, loaded when the command runs, explains itself or shows its --help) export these two halves.
 * The static table in table.ts lists them.
 */
import type { Lang } from '../../i18n/index.js';
import type { FlagSpec } from '../command-line/flag-spec.js';
import type { TracedRequest } from '../engine/trace.js';
import type { CommandHandler, CommandResult, ParsedCommand } from './types.js';

export interface CommandSpec {
  /** The command's word after `docker`. */
  name: string;
  /** The synopsis after `docker`, as the docker CLI prints it. */
  synopsis: string;
  /** What the command does, one line, for the command list and the top of its --help. */
  summary: Record<Lang, string>;
  flags: FlagSpec[];
  minArgs: number;
  maxArgs: number;
  /**
   * false for run and exec: flags end at the first positional word, so `docker run busybox ls -l`
   * hands `-l` to ls (pflag's SetInterspersed(false), as the docker CLI sets it).
   */
  interspersed: boolean;
  /** Management-command spellings of the same command: `image ls` for `images`. */
  aliases?: readonly string[];
}

/** What a command's explanation reads: the command, the requests it sent and how it ended. */
export interface Outcome {
  command: ParsedCommand;
  requests: TracedRequest[];
  exitCode: number;
  /** The error the command ended with, if it threw one. */
  failure?: { exitCode: number; kind?: string } | undefined;
  /** What the command returned, when it did not throw (a build's outcome: its cached steps, its builder). */
  result?: CommandResult | undefined;
  /** Whether a request with this method and path was sent (and, unless `ok` is false, succeeded). */
  sent(method: string, path: RegExp, ok?: boolean): boolean;
}

export interface CommandModule {
  spec: CommandSpec;
  execute: CommandHandler;
  /**
   * The sentence under the requests of the "What happened" note; undefined when nothing more than the
   * shared "the daemon answered with an error" is true to say.
   */
  explain(outcome: Outcome): string | undefined;
  /** The sentence of a note when the command sent nothing (logout works locally); undefined: no note. */
  explainLocal?(outcome: Outcome): string | undefined;
  /** --help: one line per flag, keyed by the flag's long name, in the given language. */
  flagHelp(lang?: Lang): Record<string, string>;
}

/** One row of the command table: the spec at hand, the rest on demand. */
export interface CommandEntry {
  spec: CommandSpec;
  load(): Promise<CommandModule>;
}
