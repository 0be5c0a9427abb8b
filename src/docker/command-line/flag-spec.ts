/** Flags as data: how a command's spec names its flags, and how messages name a flag. */

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

/** `--help`, which every command accepts. */
export const HELP_FLAG: FlagSpec = { long: 'help', short: 'h', type: 'bool' };

/** A flag that is on or off: `bool('all', 'a')`. */
export const bool = (long: string, short?: string): FlagSpec => (short ? { long, short, type: 'bool' } : { long, type: 'bool' });

/** A flag that takes a value: `valued('filter', 'f', 'list', 'filter')` (the last word is its name in usage text). */
export const valued = (long: string, short: string | undefined, type: FlagType, value: string): FlagSpec =>
  short ? { long, short, type, value } : { long, type, value };

/** `-a/--all` or `--rm`: how a flag is named in messages. */
export function describeFlag(flag: FlagSpec): string {
  return flag.short ? `-${flag.short}/--${flag.long}` : `--${flag.long}`;
}
