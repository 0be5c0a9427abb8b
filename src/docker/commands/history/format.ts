/**
 * The `docker history` table, ported from the docker CLI's history formatter: one row per step that
 * made the image, newest first, `<missing>` for steps whose intermediate image is not stored locally
 * (any image that was pulled or built with BuildKit), CREATED BY cut to 45 columns unless --no-trunc.
 */
import { formatCreatedSince } from '../../format/time.js';
import { formatHumanSize } from '../../format/size.js';
import { formatRows } from '../../format/tabwriter.js';
import { ellipsis, truncateId } from '../../format/text.js';

/** One entry of GET /images/{name}/history. */
export interface HistoryEntry {
  Id: string;
  Created: number;
  CreatedBy: string;
  Size: number;
  Comment: string;
}

export interface HistoryOptions {
  /** Sizes and dates for people (the default), or in bytes and RFC 3339 with -H=false. */
  human: boolean;
  trunc: boolean;
  quiet: boolean;
  nowMs: number;
}

export function formatHistoryTable(entries: readonly HistoryEntry[], options: HistoryOptions): string {
  const id = (entry: HistoryEntry) => (options.trunc ? truncateId(entry.Id) : entry.Id);
  if (options.quiet) return entries.map((entry) => `${id(entry)}\n`).join('');
  const header = ['IMAGE', options.human ? 'CREATED' : 'CREATED AT', 'CREATED BY', 'SIZE', 'COMMENT'];
  const rows = entries.map((entry) => {
    const createdBy = entry.CreatedBy.replaceAll('\t', ' ');
    return [
      id(entry),
      options.human ? formatCreatedSince(entry.Created, options.nowMs) : formatRfc3339Local(entry.Created),
      options.trunc ? ellipsis(createdBy, 45) : createdBy,
      options.human ? formatHumanSize(entry.Size, 3) : String(entry.Size),
      entry.Comment,
    ];
  });
  return formatRows([header, ...rows]);
}

/** Go's time.Unix(s, 0).Format(time.RFC3339) in the local time zone: `2024-05-01T09:30:00+09:00`, `Z` for UTC. */
export function formatRfc3339Local(seconds: number, offsetMinutes = -new Date(seconds * 1000).getTimezoneOffset()): string {
  const local = new Date((seconds + offsetMinutes * 60) * 1000);
  const stamp = local.toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${stamp}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${stamp}${sign}${String(Math.trunc(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
