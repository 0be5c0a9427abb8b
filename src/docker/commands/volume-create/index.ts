/** `docker volume create`: a named volume, labelled as docktutor's. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { volumeCreateCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { volumeCreateCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return volumeCreateCommandMessages(lang).flags;
}

export function explain({ command, exitCode }: Outcome): string | undefined {
  if (exitCode !== 0) return undefined;
  const driver = typeof command.flags.driver === 'string' ? command.flags.driver : 'local';
  return volumeCreateCommandMessages().created(command.args[0] ?? '', driver);
}
