/**
 * Records the Engine API requests this process sends, with their status codes, so that a result can
 * show the client/daemon conversation behind it. It listens on Node's http diagnostics channels rather
 * than wrapping dockerode: every request (unix socket, TLS, ssh tunnel) passes through them.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';

export interface TracedRequest {
  method: string;
  /** The path without the API version prefix and without the query string's secrets. */
  path: string;
  status?: number;
  /** Set for a request docktutor sent to someone other than the daemon (a registry): `https://host:port`. */
  host?: string;
  /** Why a request got no answer at all (`ECONNRESET`, a TLS failure). */
  error?: string;
}

const requests: TracedRequest[] = [];
const pending = new WeakMap<ClientRequest, TracedRequest>();
let listening = false;

export function startTrace(): void {
  if (listening) return;
  listening = true;
  subscribe('http.client.request.start', (message) => {
    const { request } = message as { request: ClientRequest };
    const entry: TracedRequest = { method: request.method, path: cleanPath(request.path) };
    pending.set(request, entry);
    requests.push(entry);
    // An upgraded connection (a BuildKit session) never finishes a response: its 101 is the answer.
    if (request.getHeader('upgrade') !== undefined) request.once('upgrade', (response: IncomingMessage) => (entry.status = response.statusCode));
  });
  subscribe('http.client.response.finish', (message) => {
    const { request, response } = message as { request: ClientRequest; response: IncomingMessage };
    const entry = pending.get(request);
    if (entry && response.statusCode !== undefined) entry.status = response.statusCode;
  });
}

/** The requests recorded since the last call, and forgets them. */
export function takeTrace(): TracedRequest[] {
  return requests.splice(0, requests.length);
}

/** `/v1.41/containers/abc/start?x=1` -> `/containers/abc/start`; query strings can carry registry auth. */
export function cleanPath(path: string): string {
  const withoutQuery = path.split('?')[0] ?? path;
  return withoutQuery.replace(/^\/v\d+\.\d+(?=\/)/, '');
}

/**
 * Records a request the http channels never report: a connection upgraded for stdin (`run -i`,
 * `exec -i`) is never ended by the client, so no start event is published for it.
 */
export function recordRequest(entry: TracedRequest): void {
  if (listening) requests.push(entry);
}
