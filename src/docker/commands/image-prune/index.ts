/** `docker image prune`: docktutor's unused images removed, or everyone's with --all-objects. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import { flagBool } from '../flags.js';
import type { Outcome } from '../module.js';
import { imagePruneCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { imagePruneCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return imagePruneCommandMessages(lang).flags;
}

export function explain({ command, exitCode, sent }: Outcome): string | undefined {
  if (exitCode !== 0) return undefined;
  const m = imagePruneCommandMessages();
  const unused = flagBool(command, 'all');
  return sent('POST', /^\/images\/prune$/) ? m.prunedAll(unused) : m.prunedOwn(unused);
}

/** Answered no at the question: no request was sent. */
export function explainLocal({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? imagePruneCommandMessages().declined : undefined;
}
