/** `docker rmi`: names removed, and images and layers nothing else uses deleted. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { rmiCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { rmiCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return rmiCommandMessages(lang).flags;
}

export function explain({ sent }: Outcome): string | undefined {
  return sent('DELETE', /^\/images\//) ? rmiCommandMessages().removed : undefined;
}
