/** `docker ps`: the containers, as the docker CLI's table. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { psCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { psCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return psCommandMessages(lang).flags;
}

export function explain({ command, exitCode }: Outcome): string | undefined {
  // A list the daemon refused (a bad filter) listed nothing: the shared sentence says so.
  if (exitCode !== 0) return undefined;
  return psCommandMessages().explained(command.flags.all === true || command.flags.latest === true || command.flags.last !== undefined);
}
