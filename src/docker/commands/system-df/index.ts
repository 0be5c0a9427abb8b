/** `docker system df`: how much disk the daemon's objects take, and how much could be freed. Everything about the command. */
import type { Outcome } from '../module.js';
import { systemDfCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { systemDfCommandMessages } from './messages.js';

export function flagHelp(): Record<string, string> {
  return {};
}

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? systemDfCommandMessages().counted : undefined;
}
