/** `docker rm`: a container and its writable layer deleted. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import { flagBool } from '../flags.js';
import type { Outcome } from '../module.js';
import { rmCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { rmCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return rmCommandMessages(lang).flags;
}

export function explain({ command, sent }: Outcome): string | undefined {
  // Nothing deleted (a running container without -f, a wrong name): the shared sentence says so.
  if (!sent('DELETE', /^\/containers\/[^/]+$/)) return undefined;
  return rmCommandMessages().removed(flagBool(command, 'force'), flagBool(command, 'volumes'));
}
