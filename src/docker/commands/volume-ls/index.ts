/** `docker volume ls`: the daemon's volumes, as the docker CLI's table. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { volumeLsCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { volumeLsCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return volumeLsCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? volumeLsCommandMessages().listed : undefined;
}
