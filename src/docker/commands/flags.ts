/** Typed reads of a parsed command's flags (keyed by long name), tolerant of how a flag was given. */
import type { FlagValue, ParsedCommand } from './types.js';

export function flagBool(command: ParsedCommand, name: string): boolean {
  const value: FlagValue | undefined = command.flags[name];
  if (Array.isArray(value)) return value.length > 0 && value[value.length - 1] !== 'false';
  return value === true || (typeof value === 'string' && value !== 'false');
}

export function flagString(command: ParsedCommand, name: string): string | undefined {
  const value = command.flags[name];
  if (Array.isArray(value)) return value[value.length - 1];
  return typeof value === 'string' ? value : undefined;
}

export function flagList(command: ParsedCommand, name: string): string[] {
  const value = command.flags[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}
