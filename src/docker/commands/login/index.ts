/** `docker login`: credentials checked by the registry and stored as the docker CLI stores them. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { loginCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { loginCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return loginCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? loginCommandMessages().explained : undefined;
}
