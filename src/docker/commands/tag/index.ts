/** `docker tag`: one more name for an image, nothing copied. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { tagCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { tagCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return tagCommandMessages(lang).flags;
}

export function explain({ command, sent }: Outcome): string | undefined {
  return sent('POST', /\/tag$/) ? tagCommandMessages().tagged(command.args[1] ?? '') : undefined;
}
