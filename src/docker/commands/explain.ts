/**
 * The "what happened" note under a result: the requests the command really sent (Engine API, or a
 * registry docktutor asked itself), with their status codes, and one sentence on what was done. When
 * nothing was sent, one sentence on what docktutor did locally, or no note at all. Pure: the caller
 * decides where it goes.
 */
import { explainMessages } from '../../i18n/explain.js';
import type { ParsedCommand } from './types.js';
import type { TracedRequest } from '../engine/trace.js';
import { normalizeImageReference } from '../command-line/canonical.js';

/** `/containers/8b4b…/start` -> `/containers/{id}/start`; exec instances likewise. */
export function collapsePath(path: string): string {
  return path
    .replace(/^\/containers\/(?!create$|json$|prune$)[^/]+/, '/containers/{id}')
    .replace(/^\/exec\/[^/]+/, '/exec/{id}')
    .replace(/\b(sha256:)?[0-9a-f]{64}\b/g, '{id}');
}

/** One line per request; a request repeated back to back (terminal resizes) is shown once with a count. */
export function formatRequests(requests: TracedRequest[]): string[] {
  const lines: { text: string; count: number }[] = [];
  for (const request of requests) {
    const path = request.host === undefined ? collapsePath(request.path) : `${request.host}${request.path}`;
    const text = `${request.method} ${path} → ${request.status ?? request.error ?? '…'}`;
    const previous = lines[lines.length - 1];
    if (previous && previous.text === text) previous.count += 1;
    else lines.push({ text, count: 1 });
  }
  return lines.map(({ text, count }) => (count > 1 ? `${text} (×${count})` : text));
}

/** `failure`: the error the command ended with, if it threw one. Empty when there is nothing true to say. */
export function formatExplainNote(command: ParsedCommand, requests: TracedRequest[], exitCode: number, failure?: { exitCode: number }): string {
  const m = explainMessages();
  if (requests.length === 0) {
    const local = describeLocalWork(command, exitCode);
    return local === undefined ? '' : `${m.localHeading}\n  ${local}\n`;
  }
  const heading = requests.every((request) => request.host !== undefined) ? m.registryHeading : m.heading;
  const lines = [heading, ...formatRequests(requests).map((line) => `  ${line}`), `  ${describeOutcome(command, requests, exitCode, failure)}`];
  return `${lines.join('\n')}\n`;
}

/** What docktutor did without sending anything; undefined when it did nothing worth a sentence (refused up front, cancelled). */
export function describeLocalWork(command: ParsedCommand, exitCode: number): string | undefined {
  if (command.name === 'logout' && exitCode === 0) return explainMessages().logoutLocal(command.args[0] ?? 'https://index.docker.io/v1/');
  return undefined;
}

/** One sentence on what the daemon did, read from the command and the requests it took. */
export function describeOutcome(command: ParsedCommand, requests: TracedRequest[], exitCode: number, failure?: { exitCode: number }): string {
  const m = explainMessages();
  const sent = (method: string, pattern: RegExp, ok = true) =>
    requests.some((r) => r.method === method && pattern.test(r.path) && (!ok || (r.status !== undefined && r.status < 400)));
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
    case 'images':
    case 'version':
    case 'info':
      // A list or report the daemon refused (a bad filter) listed nothing.
      if (exitCode !== 0) return m.failed;
      if (command.name === 'ps') return m.ps(command.flags.all === true || command.flags.latest === true || command.flags.last !== undefined);
      return command.name === 'images' ? m.images : command.name === 'version' ? m.version : m.info;
  }
  return exitCode === 0 ? m.other[command.name] : m.failed;
}
