/** `docker push`: an image to a registry, with the docker CLI's progress. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { pushCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { pushCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return pushCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? pushCommandMessages().explained : undefined;
}
