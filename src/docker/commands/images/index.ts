/** `docker images`: the daemon's local images, as the docker CLI's table. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { imagesMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { imagesMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return imagesMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  // A list the daemon refused (a bad filter) listed nothing: the shared sentence says so.
  return exitCode === 0 ? imagesMessages().listed : undefined;
}
