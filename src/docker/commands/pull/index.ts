/** `docker pull`: an image from a registry, with the docker CLI's progress. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { pullCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { pullCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return pullCommandMessages(lang).flags;
}

export function explain({ exitCode, result }: Outcome): string | undefined {
  if (exitCode !== 0) return undefined;
  return result?.upToDate ? pullCommandMessages().upToDate : pullCommandMessages().explained;
}
