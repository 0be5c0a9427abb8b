/** `docker info`: the daemon's configuration and counts, in the docker CLI's layout. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { infoCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { infoCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return infoCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? infoCommandMessages().explained : undefined;
}
