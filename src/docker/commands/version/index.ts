/** `docker version`: docktutor as the client, the daemon's own answer as the server. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { versionCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { versionCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return versionCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? versionCommandMessages().explained : undefined;
}
