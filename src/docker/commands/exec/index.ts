/** `docker exec`: an extra process in a running container. Everything about the command. */
import type { Lang } from '../../../i18n/index.js';
import type { Outcome } from '../module.js';
import { containerMessages } from '../../../i18n/containers.js';
import { ExitCodeUnknown } from './exit-code.js';
import { execCommandMessages } from './messages.js';

export { spec } from './spec.js';
export { execute } from './execute.js';
export { execCommandMessages } from './messages.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return execCommandMessages(lang).flags;
}

export function explain({ command, exitCode, failure, sent }: Outcome): string {
  const m = execCommandMessages();
  const container = command.args[0] ?? '';
  if (!sent('POST', /^\/exec\/[^/]+\/start$/)) return m.notStarted;
  // Started, then no code came back (the daemon went away, or the process outlived the wait): none is invented.
  if (failure instanceof ExitCodeUnknown) {
    if (failure.because === 'still-running') return m.stillRunningNote;
    if (failure.because === 'no-answer') return m.noExitCodeNote;
  }
  if (failure?.kind === 'daemon') return containerMessages().daemonGoneNote;
  // After the start, exec throws 126 or 127 only for a program it could not start.
  if (failure && (failure.exitCode === 126 || failure.exitCode === 127)) return m.notExecutable(command.args[1] ?? '', container);
  return m.explained(container, exitCode, command.flags.detach === true);
}
