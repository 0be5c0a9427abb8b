/**
 * The twelve docker commands docktutor runs, as data: their flags (named as the docker CLI names them),
 * how many positional words they take, and the longer spellings (`docker container ls`) that mean the
 * same command. The parser, the canonical form and `--help` all read this one table.
 */
import type { CommandName } from '../commands/types.js';

/**
 * bool: `--rm`, `--rm=false`; string: last one wins; list: repeatable, kept in order;
 * int, bytes (`64m`, docker's RAMInBytes) and cpus (`0.5`) are strings checked when parsed.
 */
export type FlagType = 'bool' | 'string' | 'list' | 'int' | 'bytes' | 'cpus';

export interface FlagSpec {
  long: string;
  short?: string;
  type: FlagType;
  /** The value's name in usage text, as the docker CLI shows it (`--name string`). */
  value?: string;
}

export interface CommandSpec {
  name: CommandName;
  /** The synopsis after `docker`, as the docker CLI prints it. */
  synopsis: string;
  flags: FlagSpec[];
  minArgs: number;
  maxArgs: number;
  /**
   * false for run and exec: flags end at the first positional word, so `docker run busybox ls -l`
   * hands `-l` to ls (pflag's SetInterspersed(false), as the docker CLI sets it).
   */
  interspersed: boolean;
}

const HELP: FlagSpec = { long: 'help', short: 'h', type: 'bool' };
const bool = (long: string, short?: string): FlagSpec => (short ? { long, short, type: 'bool' } : { long, type: 'bool' });
const valued = (long: string, short: string | undefined, type: FlagType, value: string): FlagSpec =>
  short ? { long, short, type, value } : { long, type, value };

export const COMMAND_SPECS: Record<CommandName, CommandSpec> = {
  run: {
    name: 'run',
    synopsis: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    flags: [
      bool('detach', 'd'),
      bool('interactive', 'i'),
      bool('tty', 't'),
      bool('rm'),
      valued('name', undefined, 'string', 'string'),
      valued('env', 'e', 'list', 'list'),
      valued('publish', 'p', 'list', 'list'),
      valued('volume', 'v', 'list', 'list'),
      valued('workdir', 'w', 'string', 'string'),
      valued('memory', 'm', 'bytes', 'bytes'),
      valued('cpus', undefined, 'cpus', 'decimal'),
      valued('entrypoint', undefined, 'string', 'string'),
      valued('network', undefined, 'string', 'network'),
    ],
    minArgs: 1,
    maxArgs: Infinity,
    interspersed: false,
  },
  exec: {
    name: 'exec',
    synopsis: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
    flags: [
      bool('detach', 'd'),
      bool('interactive', 'i'),
      bool('tty', 't'),
      valued('env', 'e', 'list', 'list'),
      valued('workdir', 'w', 'string', 'string'),
      valued('user', 'u', 'string', 'string'),
    ],
    minArgs: 2,
    maxArgs: Infinity,
    interspersed: false,
  },
  ps: {
    name: 'ps',
    synopsis: 'ps [OPTIONS]',
    flags: [
      bool('all', 'a'),
      valued('filter', 'f', 'list', 'filter'),
      valued('last', 'n', 'int', 'int'),
      bool('latest', 'l'),
      bool('no-trunc'),
      bool('quiet', 'q'),
      bool('size', 's'),
    ],
    minArgs: 0,
    maxArgs: 0,
    interspersed: true,
  },
  build: {
    name: 'build',
    synopsis: 'build [OPTIONS] PATH',
    flags: [
      valued('build-arg', undefined, 'list', 'list'),
      valued('file', 'f', 'string', 'string'),
      bool('no-cache'),
      bool('pull'),
      bool('quiet', 'q'),
      valued('tag', 't', 'list', 'list'),
      valued('target', undefined, 'string', 'string'),
    ],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  pull: {
    name: 'pull',
    synopsis: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
    flags: [bool('all-tags', 'a'), bool('quiet', 'q')],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  push: {
    name: 'push',
    synopsis: 'push [OPTIONS] NAME[:TAG]',
    flags: [bool('all-tags', 'a'), bool('quiet', 'q')],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  images: {
    name: 'images',
    synopsis: 'images [OPTIONS] [REPOSITORY[:TAG]]',
    flags: [bool('all', 'a'), bool('digests'), valued('filter', 'f', 'list', 'filter'), bool('no-trunc'), bool('quiet', 'q')],
    minArgs: 0,
    maxArgs: 1,
    interspersed: true,
  },
  login: {
    name: 'login',
    synopsis: 'login [OPTIONS] [SERVER]',
    flags: [valued('password', 'p', 'string', 'string'), bool('password-stdin'), valued('username', 'u', 'string', 'string')],
    minArgs: 0,
    maxArgs: 1,
    interspersed: true,
  },
  logout: { name: 'logout', synopsis: 'logout [SERVER]', flags: [], minArgs: 0, maxArgs: 1, interspersed: true },
  search: {
    name: 'search',
    synopsis: 'search [OPTIONS] TERM',
    flags: [valued('filter', 'f', 'list', 'filter'), valued('limit', undefined, 'int', 'int'), bool('no-trunc')],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  version: { name: 'version', synopsis: 'version', flags: [], minArgs: 0, maxArgs: 0, interspersed: true },
  info: { name: 'info', synopsis: 'info', flags: [], minArgs: 0, maxArgs: 0, interspersed: true },
};

export const COMMAND_NAMES = Object.keys(COMMAND_SPECS) as CommandName[];

/** Management-command spellings (`docker container ls`) of the same twelve commands. */
export const COMMAND_ALIASES: Record<string, Record<string, CommandName>> = {
  container: { run: 'run', exec: 'exec', ls: 'ps', list: 'ps', ps: 'ps' },
  image: { ls: 'images', list: 'images', build: 'build', pull: 'pull', push: 'push' },
  builder: { build: 'build' },
  system: { info: 'info' },
};

/** Every flag a command accepts, `--help` included. */
export function flagsOf(name: CommandName): FlagSpec[] {
  return [...COMMAND_SPECS[name].flags, HELP];
}

/** `-a/--all` or `--rm`: how a flag is named in messages. */
export function describeFlag(flag: FlagSpec): string {
  return flag.short ? `-${flag.short}/--${flag.long}` : `--${flag.long}`;
}
