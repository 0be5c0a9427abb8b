/**
 * The "what happened" note under a result: the requests the command really sent (Engine API, or a
 * registry docktutor asked itself), with their status codes, and one sentence on what was done, which
 * the command's own module writes. When nothing was sent, one sentence on what docktutor did locally,
 * or no note at all. Pure: the caller decides where it goes.
 */
import { explainMessages } from '../../i18n/explain.js';
import type { TracedRequest } from '../engine/trace.js';
import type { CommandModule, Outcome } from './module.js';
import type { CommandResult, ParsedCommand } from './types.js';

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

export function outcomeOf(command: ParsedCommand, requests: TracedRequest[], exitCode: number, failure?: { exitCode: number; kind?: string }, result?: CommandResult): Outcome {
  const sent = (method: string, pattern: RegExp, ok = true) =>
    requests.some((r) => r.method === method && pattern.test(r.path) && (!ok || (r.status !== undefined && r.status < 400)));
  return { command, requests, exitCode, failure, result, sent };
}

/** `failure`: the error the command ended with, if it threw one. Empty when there is nothing true to say. */
export function formatExplainNote(
  module: Pick<CommandModule, 'explain' | 'explainLocal'>,
  command: ParsedCommand,
  requests: TracedRequest[],
  exitCode: number,
  failure?: { exitCode: number; kind?: string },
  result?: CommandResult,
): string {
  const m = explainMessages();
  const outcome = outcomeOf(command, requests, exitCode, failure, result);
  if (requests.length === 0) {
    const local = module.explainLocal?.(outcome);
    return local === undefined ? '' : `${m.localHeading}\n  ${local}\n`;
  }
  const heading = requests.every((request) => request.host !== undefined) ? m.registryHeading : m.heading;
  const lines = [heading, ...formatRequests(requests).map((line) => `  ${line}`), `  ${describeOutcome(module, outcome)}`];
  return `${lines.join('\n')}\n`;
}

/** One sentence on what the daemon did: the command's own, or the shared one for a refusal. */
export function describeOutcome(module: Pick<CommandModule, 'explain'>, outcome: Outcome): string {
  return module.explain(outcome) ?? explainMessages().failed;
}
