/** `docker history`: the steps that made an image and the layer each added. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { historyCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { historyCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return historyCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? historyCommandMessages().listed : undefined;
}
