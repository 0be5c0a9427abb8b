/**
 * A prune's `--filter` flags, read the way the daemon reads them for POST /containers/prune and
 * /images/prune, for the prunes docktutor does itself (only its own objects, one DELETE each):
 * `label=KEY[=VALUE]` must all match, `label!=KEY[=VALUE]` must not, `until=TIME` keeps what was
 * created at or after TIME.
 */
import { DocktutorError } from '../../errors.js';
import { pruneMessages } from '../../i18n/prune.js';
import { TimestampError, toApiTimestamp } from '../command-line/timestamp.js';
import { buildFilters } from '../engine/filters.js';
import type { FlagValue } from './types.js';

export interface PruneFilters {
  labels: string[];
  notLabels: string[];
  /** Unix seconds; objects created before it are pruned. */
  until?: number;
  /** As given, for the daemon's own prune endpoint. */
  raw: Record<string, string[]>;
}

const KEYS = new Set(['label', 'label!', 'until']);

export function readPruneFilters(flag: FlagValue | undefined, nowMs: number): PruneFilters {
  const m = pruneMessages();
  const raw = buildFilters(flag);
  for (const key of Object.keys(raw)) {
    if (!KEYS.has(key)) throw new DocktutorError('usage', m.badFilterKey(key), { hint: m.filterKeysHint, exitCode: 1 });
  }
  const filters: PruneFilters = { labels: raw.label ?? [], notLabels: raw['label!'] ?? [], raw };
  const until = raw.until?.at(-1);
  if (until !== undefined) {
    try {
      filters.until = Number(toApiTimestamp(until, nowMs));
    } catch (error) {
      if (!(error instanceof TimestampError)) throw error;
      throw new DocktutorError('usage', m.badUntil(error.message), { hint: m.filterKeysHint, exitCode: 1 });
    }
  }
  return filters;
}

/** Whether an object with these labels, created at `created` (Unix seconds), is one the filters let a prune remove. */
export function passesPruneFilters(labels: Record<string, string> | null | undefined, created: number, filters: PruneFilters): boolean {
  const has = (entry: string) => {
    const equals = entry.indexOf('=');
    const key = equals < 0 ? entry : entry.slice(0, equals);
    return labels != null && Object.hasOwn(labels, key) && (equals < 0 || labels[key] === entry.slice(equals + 1));
  };
  if (!filters.labels.every(has) || filters.notLabels.some(has)) return false;
  return filters.until === undefined || created < filters.until;
}
