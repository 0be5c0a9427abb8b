/** `docker start`: a stopped container's process started again, its writable layer kept. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { startCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { startCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return startCommandMessages(lang).flags;
}

export function explain({ requests }: Outcome): string | undefined {
  const m = startCommandMessages();
  const starts = requests.filter((request) => request.method === 'POST' && /\/start$/.test(request.path));
  if (starts.some((request) => request.status === 204)) return m.started;
  if (starts.length > 0 && starts.every((request) => request.status === 304)) return m.alreadyRunning;
  return undefined;
}
