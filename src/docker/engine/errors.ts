/**
 * Daemon and transport failures turned into one plain sentence and a next step.
 * The daemon's own reason (its JSON `message`) is kept: it is usually the most precise thing to show.
 */
import { DocktutorError } from '../../errors.js';
import { daemonMessages } from '../../i18n/docker.js';
import { DaemonAnswerError } from './guard-answers.js';

interface RawError {
  code?: string;
  statusCode?: number;
  reason?: string;
  json?: { message?: string } | string | null;
  message?: string;
}

/** The daemon's own message from a dockerode error, or the transport error's text. */
export function daemonReason(error: unknown): string {
  // An answer of another shape has no short form the docker CLI would print: the whole line names it.
  if (error instanceof DaemonAnswerError) return error.field === undefined ? error.reason : error.message.replace(/\.$/, '');
  const raw = (error ?? {}) as RawError;
  if (raw.json && typeof raw.json === 'object' && raw.json.message) return raw.json.message.trim();
  if (typeof raw.json === 'string' && raw.json.trim()) return raw.json.trim();
  const message = raw.message ?? String(error);
  // dockerode formats errors as "(HTTP code 404) no such container - No such container: x "
  const match = /^\(HTTP code \d+\) [^-]*- (.*)$/s.exec(message);
  return (match?.[1] ?? message).trim();
}

const TLS_CODES = /^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|UNABLE_TO_|SELF_SIGNED|EPROTO)/;

/** OpenSSL's messages carry a source path and line; the reason phrase is the part a user can act on. */
function tlsReason(message: string): string {
  const openssl = /SSL routines:[^:]*:([^:\n]+)/.exec(message);
  return (openssl?.[1] ?? message.split('\n')[0] ?? message).trim();
}

/** Maps a failure to reach the daemon (no answer at all) to a DocktutorError naming the address. */
export function connectionError(error: unknown, url: string): DocktutorError | undefined {
  const raw = (error ?? {}) as RawError;
  const m = daemonMessages();
  const code = raw.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const host = (raw as { hostname?: string }).hostname ?? url.replace(/^\w+:\/\//, '').replace(/:\d+$/, '');
    return new DocktutorError('daemon-unreachable', m.unknownHost(url, host), { hint: m.unknownHostHint, cause: error });
  }
  if (code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'ENOTSOCK' || code === 'EHOSTUNREACH') {
    return new DocktutorError('daemon-unreachable', m.unreachable(url, code), { hint: m.unreachableHint, cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new DocktutorError('daemon-permission', m.permission(url), { hint: m.permissionHint, cause: error });
  }
  if (TLS_CODES.test(code) || /certificate|ssl|tls/i.test(raw.message ?? '')) {
    return new DocktutorError('daemon-tls', m.tls(url, tlsReason(raw.message ?? code)), { hint: m.tlsHint, cause: error });
  }
  if (code === 'ETIMEDOUT' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'daemon-timeout') {
    return new DocktutorError('daemon-timeout', m.timeout(url), { hint: m.unreachableHint, cause: error });
  }
  return undefined;
}

/** Any dockerode failure: transport problems first, then the daemon's HTTP status. */
export function toDocktutorError(error: unknown, url: string, hints: { notFound?: string; conflict?: string } = {}): DocktutorError {
  if (error instanceof DocktutorError) return error;
  const connection = connectionError(error, url);
  if (connection) return connection;
  const raw = (error ?? {}) as RawError;
  const reason = daemonReason(error);
  const m = daemonMessages();
  switch (raw.statusCode) {
    case 404:
      return new DocktutorError('not-found', m.daemonSays(reason), { hint: hints.notFound ?? m.notFoundHint, cause: error });
    case 409:
      return new DocktutorError('conflict', m.daemonSays(reason), { hint: hints.conflict ?? m.conflictHint, cause: error });
    case 401:
    case 403:
      return new DocktutorError('auth', m.daemonSays(reason), { hint: m.authHint, cause: error });
    default:
      return new DocktutorError('daemon', m.daemonSays(reason), { cause: error });
  }
}

/**
 * For a lookup whose failure means "not there" (`.catch(fallBackUnlessBadAnswer(undefined))`): an
 * answer the daemon garbled is not an absence, and goes on as the one line that names it.
 */
export function fallBackUnlessBadAnswer<T>(fallback: T): (error: unknown) => T {
  return (error) => {
    if (error instanceof DaemonAnswerError) throw error;
    return fallback;
  };
}
