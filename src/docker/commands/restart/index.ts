/** `docker restart`: stop as docker stop does, then start the same container. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import { flagString } from '../flags.js';
import type { Outcome } from '../module.js';
import { restartCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { restartCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return restartCommandMessages(lang).flags;
}

export function explain({ command, sent }: Outcome): string | undefined {
  if (!sent('POST', /\/restart$/)) return undefined;
  const timeout = flagString(command, 'timeout');
  return restartCommandMessages().restarted(timeout === undefined ? undefined : Number(timeout));
}
