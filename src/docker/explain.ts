/**
 * The "what happened" note under a result: the Engine API requests the command sent, with their
 * status codes, and one sentence on what the daemon did. Pure: the caller decides where it goes.
 */
import { explainMessages } from '../i18n/explain.js';
import type { ParsedCommand } from './commands/types.js';
import type { TracedRequest } from './trace.js';
import { normalizeImageReference } from './command-line/canonical.js';

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
    const text = `${request.method} ${collapsePath(request.path)} → ${request.status ?? '…'}`;
    const previous = lines[lines.length - 1];
    if (previous && previous.text === text) previous.count += 1;
    else lines.push({ text, count: 1 });
  }
  return lines.map(({ text, count }) => (count > 1 ? `${text} (×${count})` : text));
}

export function formatExplainNote(command: ParsedCommand, requests: TracedRequest[], exitCode: number): string {
  const m = explainMessages();
  const lines = [m.heading, ...formatRequests(requests).map((line) => `  ${line}`), `  ${describeOutcome(command, requests, exitCode)}`];
  return `${lines.join('\n')}\n`;
}

/** One sentence on what the daemon did, read from the command and the requests it took. */
export function describeOutcome(command: ParsedCommand, requests: TracedRequest[], exitCode: number): string {
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
    case 'exec':
      return sent('POST', /^\/exec\/[^/]+\/start$/) ? m.exec(command.args[0] ?? '', exitCode, command.flags.detach === true) : m.execNotStarted;
    case 'ps':
      return m.ps(command.flags.all === true || command.flags.latest === true || command.flags.last !== undefined);
    case 'images':
      return m.images;
    case 'version':
      return m.version;
    case 'info':
      return m.info;
    default:
      return exitCode === 0 ? m.other[command.name] : m.failed;
  }
}
