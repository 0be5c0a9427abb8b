/**
 * A build that the daemon refused (HTTP error) or that failed part-way (`errorDetail` in the stream)
 * becomes one line with the daemon's own words, a hint that fits the failure, and docker's exit code.
 */
import { DocktutorError } from '../../errors.js';
import { buildMessages } from '../../i18n/build.js';
import { daemonMessages } from '../../i18n/docker.js';
import { connectionError, daemonReason } from '../engine/errors.js';
import { registryError } from '../registry/errors.js';
import { DOCKER_HUB, normalizeRegistryHost } from '../registry/reference.js';

const REGISTRY_TROUBLE = /dial tcp|proxyconnect|no such host|i\/o timeout|pull access denied|unauthorized|authentication required|manifest unknown/i;

/** From the stream: docker prints the message as is and exits with its code (a failing RUN's own code). */
export function buildStreamError(message: string, code: number | undefined): DocktutorError {
  return make(message, message, code && code > 0 ? code : 1);
}

/** From the HTTP answer: docker prints "Error response from daemon: ..." and exits 1. */
export function buildRequestError(error: unknown, daemonUrl: string): DocktutorError {
  if (error instanceof DocktutorError) return error;
  const connection = connectionError(error, daemonUrl);
  if (connection) return connection;
  const reason = daemonReason(error);
  return make(reason, daemonMessages().daemonSays(reason), 1);
}

function make(reason: string, message: string, exitCode: number): DocktutorError {
  const m = buildMessages();
  if (REGISTRY_TROUBLE.test(reason)) {
    const url = /https?:\/\/([^/"\s]+)/.exec(reason)?.[1];
    const host = url ? normalizeRegistryHost(url) : DOCKER_HUB;
    const mapped = registryError(reason, host, '');
    return new DocktutorError(mapped.kind, mapped.message, { hint: mapped.hint ?? m.buildFailedHint, exitCode });
  }
  let hint = m.buildFailedHint;
  if (/returned a non-zero code/.test(reason)) hint = m.runFailedHint;
  else if (/dockerfile parse error|unknown instruction|unknown flag/i.test(reason)) hint = m.parseErrorHint;
  else if (/COPY failed|ADD failed|file not found in build context|no source files/i.test(reason)) hint = m.copyFailedHint;
  else if (/build target|target stage/i.test(reason)) hint = m.targetHint;
  return new DocktutorError('build', message, { hint, exitCode });
}
