/** `docker volume inspect`: a volume's JSON as the daemon holds it, whole or through a Go template. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { volumeInspectCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { volumeInspectCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return volumeInspectCommandMessages(lang).flags;
}

export function explain({ command, sent }: Outcome): string | undefined {
  const m = volumeInspectCommandMessages();
  const format = typeof command.flags.format === 'string' ? command.flags.format : '';
  if (sent('GET', /^\/volumes\/[^/]+$/)) return m.inspected(format !== '' && format !== 'json');
  return sent('GET', /^\/volumes\//, false) ? m.missing : undefined;
}
