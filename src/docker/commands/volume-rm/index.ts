/** `docker volume rm`: delete volumes and the data in them. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { volumeRmCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { volumeRmCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return volumeRmCommandMessages(lang).flags;
}

export function explain({ requests }: Outcome): string | undefined {
  const m = volumeRmCommandMessages();
  const deletes = requests.filter((request) => request.method === 'DELETE' && request.path.startsWith('/volumes/'));
  const parts: string[] = [];
  if (deletes.some((request) => request.status !== undefined && request.status < 300)) parts.push(m.removed);
  if (deletes.some((request) => request.status === 409)) parts.push(m.inUse);
  if (deletes.some((request) => request.status === 404)) parts.push(m.missing);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
