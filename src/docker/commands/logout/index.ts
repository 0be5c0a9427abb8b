/** `docker logout`: stored credentials erased; nothing is sent anywhere. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { logoutCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { logoutCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return logoutCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? logoutCommandMessages().explained : undefined;
}

/** logout sends no request at all: what it did is said without one. */
export function explainLocal({ command, exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? logoutCommandMessages().local(command.args[0] ?? 'https://index.docker.io/v1/') : undefined;
}
