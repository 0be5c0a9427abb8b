/** `docker search`: Docker Hub through the daemon, or a private registry asked directly. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { searchCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { searchCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return searchCommandMessages(lang).flags;
}

export function explain({ requests, exitCode, sent }: Outcome): string | undefined {
  const m = searchCommandMessages();
  const registry = requests.find((request) => request.host !== undefined)?.host;
  if (registry !== undefined && !sent('GET', /^\/images\/search$/, false)) {
    const host = registry.replace(/^\w+:\/\//, '');
    return exitCode === 0 ? m.fromRegistry(host) : m.registryFailed(host);
  }
  return exitCode === 0 ? m.explained : undefined;
}
