/**
 * Registry failures reported by the daemon (an HTTP error, or an `errorDetail` inside a pull, push
 * or build stream) turned into one line naming the problem and a hint for the next step.
 */
import { DocktutorError, type ErrorKind } from '../../errors.js';
import { daemonMessages } from '../../i18n/docker.js';
import { registryMessages } from '../../i18n/registry.js';
import { practiceRegistry } from '../../settings.js';
import { connectionError, daemonReason } from '../engine/errors.js';
import { DOCKER_HUB } from './reference.js';

const UNREACHABLE = /dial tcp|connection refused|no such host|proxyconnect|i\/o timeout|TLS handshake timeout|network is unreachable|server gave HTTP response|context deadline exceeded/i;
const UNAUTHORIZED = /unauthorized|authentication required|no basic auth credentials|status: 401|incorrect username or password/i;
const DENIED = /denied|requested access to the resource is denied|may require 'docker login'/i;
const MISSING = /manifest unknown|not found|does not exist|no such image/i;

/** A dockerode error, or the message of an error inside a stream. `host` is the registry the command talks to. */
export function registryError(error: unknown, host: string, daemonUrl: string, reference?: string): DocktutorError {
  if (error instanceof DocktutorError) return error;
  const connection = typeof error === 'string' ? undefined : connectionError(error, daemonUrl);
  if (connection) return connection;
  const reason = typeof error === 'string' ? error.trim() : daemonReason(error);
  const m = registryMessages();
  const says = daemonMessages().daemonSays(reason);
  const make = (kind: ErrorKind, message: string, hint: string) =>
    new DocktutorError(kind, message, typeof error === 'string' ? { hint } : { hint, cause: error });
  if (UNREACHABLE.test(reason)) {
    const why = lastPart(reason);
    return host === DOCKER_HUB
      ? make('registry', m.hubUnreachable(why), m.hubUnreachableHint(practiceRegistry()))
      : make('registry', m.registryUnreachable(host, why), m.registryUnreachableHint(host));
  }
  if (UNAUTHORIZED.test(reason)) return make('auth', says, m.loginHint(host));
  if (DENIED.test(reason)) return make('auth', says, m.deniedHint(host));
  if (MISSING.test(reason)) return make('not-found', says, reference ? m.missingHint(reference) : daemonMessages().notFoundHint);
  return make('registry', says, m.registryHint);
}

/** "Get "https://x/v2/": dial tcp 1.2.3.4:443: connect: connection refused" -> "connection refused". */
function lastPart(reason: string): string {
  const parts = reason.split(': ');
  return (parts[parts.length - 1] ?? reason).trim();
}
