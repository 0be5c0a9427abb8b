/** `docker logs`: what a container's main process wrote, kept by the daemon. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import { flagBool, flagString } from '../flags.js';
import type { Outcome } from '../module.js';
import { logsCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { logsCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return logsCommandMessages(lang).flags;
}

export function explain({ command, sent }: Outcome): string | undefined {
  if (!sent('GET', /\/logs$/)) return undefined;
  const limited = ['since', 'until'].some((name) => flagString(command, name) !== undefined) || (flagString(command, 'tail') ?? 'all') !== 'all';
  return logsCommandMessages().read(flagBool(command, 'follow'), limited);
}
