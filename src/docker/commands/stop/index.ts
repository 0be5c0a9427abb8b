/** `docker stop`: stop signal, grace period, SIGKILL, done by the daemon. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import { flagString } from '../flags.js';
import type { Outcome } from '../module.js';
import { stopCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { stopCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return stopCommandMessages(lang).flags;
}

export function explain({ command, requests }: Outcome): string | undefined {
  const m = stopCommandMessages();
  const stops = requests.filter((request) => request.method === 'POST' && /\/stop$/.test(request.path));
  if (stops.some((request) => request.status === 204)) {
    const timeout = flagString(command, 'timeout');
    return m.stopped(timeout === undefined ? undefined : Number(timeout));
  }
  if (stops.length > 0 && stops.every((request) => request.status === 304)) return m.notRunning;
  // Every stop refused (no such container): the shared sentence says so.
  return undefined;
}
