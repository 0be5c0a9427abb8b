/** `docker container prune`: docktutor's stopped containers removed, or all of them with --all-objects. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { containerPruneCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { containerPruneCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return containerPruneCommandMessages(lang).flags;
}

export function explain({ exitCode, sent }: Outcome): string | undefined {
  if (exitCode !== 0) return undefined;
  const m = containerPruneCommandMessages();
  return sent('POST', /^\/containers\/prune$/) ? m.prunedAll : m.prunedOwn;
}

/** Answered no at the question: no request was sent. */
export function explainLocal({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? containerPruneCommandMessages().declined : undefined;
}
