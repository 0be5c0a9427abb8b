/** `docker build`: a build context streamed to the daemon and built with the legacy builder. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { buildCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { buildCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return buildCommandMessages(lang).flags;
}

export function explain({ exitCode }: Outcome): string | undefined {
  const m = buildCommandMessages();
  // The build's labels become hidden LABEL steps after the last one; the learner would otherwise
  // wonder why the image ID is not the last step's.
  return exitCode === 0 ? `${m.explained} ${m.labels}` : undefined;
}
