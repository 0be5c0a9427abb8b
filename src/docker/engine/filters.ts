/** `--filter key=value` flags -> the Engine API's `filters` map, checked the way the docker CLI checks them. */
import { DocktutorError } from '../../errors.js';
import { runMessages } from '../../i18n/run.js';
import type { FlagValue } from '../commands/types.js';
import { toDocktutorError } from './errors.js';

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

/** The filter keys the daemon accepts, in the docker CLI reference's order. */
export const FILTER_KEYS = {
  ps: ['id', 'name', 'label', 'exited', 'status', 'ancestor', 'before', 'since', 'volume', 'network', 'publish', 'expose', 'health', 'isolation', 'is-task'],
  images: ['dangling', 'label', 'before', 'since', 'reference'],
} as const;

/** The daemon's answer to a list request; a filter key it does not know gets a hint listing the keys it does. */
export function listError(error: unknown, url: string, command: keyof typeof FILTER_KEYS): DocktutorError {
  const base = toDocktutorError(error, url);
  if (!/invalid filter/i.test(base.message)) return base;
  return new DocktutorError(base.kind, base.message, { hint: runMessages().filterKeysHint(FILTER_KEYS[command].join(', ')), exitCode: base.exitCode, cause: error });
}
