/** `--filter key=value` flags -> the Engine API's `filters` map, checked the way the docker CLI checks them. */
import { DocktutorError } from '../errors.js';
import { runMessages } from '../i18n/run.js';
import type { FlagValue } from './commands/types.js';

export function buildFilters(flag: FlagValue | undefined, extra: Record<string, string> = {}): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  const add = (key: string, value: string) => (filters[key] ??= []).push(value);
  for (const entry of Array.isArray(flag) ? flag : []) {
    const equals = entry.indexOf('=');
    if (equals <= 0) throw new DocktutorError('usage', runMessages().badFilter(entry), { hint: runMessages().badFilterHint, exitCode: 125 });
    add(entry.slice(0, equals).trim().toLowerCase(), entry.slice(equals + 1));
  }
  for (const [key, value] of Object.entries(extra)) add(key, value);
  return filters;
}
