/** The explanation of the commands not yet in the one-folder shape, from the shared table. */
import { explainMessages } from '../../i18n/explain.js';
import { normalizeImageReference } from '../command-line/canonical.js';
import type { Outcome } from './module.js';

export function describeLegacyLocalWork({ command, exitCode }: Outcome): string | undefined {
  if (command.name === 'logout' && exitCode === 0) return explainMessages().logoutLocal(command.args[0] ?? 'https://index.docker.io/v1/');
  return undefined;
}

export function describeLegacyOutcome({ command, requests, exitCode, failure, sent }: Outcome): string | undefined {
  const m = explainMessages();
  switch (command.name) {
    case 'run': {
      const image = normalizeImageReference(command.args[0] ?? '');
      if (!sent('POST', /^\/containers\/create$/)) return m.runNotCreated(image);
      if (!sent('POST', /^\/containers\/[^/]+\/start$/)) return m.runNotStarted;
      return m.run({
        image,
        pulled: sent('POST', /^\/images\/create$/),
        detached: command.flags.detach === true,
        removed: sent('DELETE', /^\/containers\/[^/]+$/),
        exitCode,
      });
    }
    case 'exec': {
      const container = command.args[0] ?? '';
      if (!sent('POST', /^\/exec\/[^/]+\/start$/)) return m.execNotStarted;
      // After the start, exec throws 126 or 127 only for a program it could not start.
      if (failure && (failure.exitCode === 126 || failure.exitCode === 127)) return m.execNotExecutable(command.args[1] ?? '', container);
      return m.exec(container, exitCode, command.flags.detach === true);
    }
    case 'build':
      // The build's `labels` become hidden LABEL steps after the last one; the learner would otherwise
      // wonder why the image ID is not the last step's.
      if (exitCode === 0) return `${m.other.build} ${m.buildLabels}`;
      break;
    case 'search': {
      const registry = requests.find((request) => request.host !== undefined)?.host;
      if (registry === undefined || sent('GET', /^\/images\/search$/, false)) break;
      const host = registry.replace(/^\w+:\/\//, '');
      return exitCode === 0 ? m.searchRegistry(host) : m.registryFailed(host);
    }
    case 'ps':
    case 'version':
    case 'info':
      // A list or report the daemon refused (a bad filter) listed nothing.
      if (exitCode !== 0) return undefined;
      if (command.name === 'ps') return m.ps(command.flags.all === true || command.flags.latest === true || command.flags.last !== undefined);
      return command.name === 'version' ? m.version : m.info;
  }
  return exitCode === 0 ? m.other[command.name as keyof typeof m.other] : undefined;
}
