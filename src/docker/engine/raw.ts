/**
 * An Engine API answer as the bytes the daemon sent. `docker inspect` prints the daemon's own JSON
 * (indented, never re-encoded), so docktutor must not let the client library parse it first. The
 * bytes are read with the same cap as every daemon answer, and JSON that does not parse (or nests
 * deeper than the parser goes) is one line naming the daemon.
 */
import type Docker from 'dockerode';
import type { IncomingMessage } from 'node:http';
import { daemonMessages } from '../../i18n/docker.js';
import { parseJsonTree, type JsonNode } from '../template/index.js';
import { DaemonAnswerError, describeRequest, readDaemonBody } from './guard-answers.js';

interface Dialer {
  dial(options: object, callback: (error: unknown, response?: IncomingMessage) => void): void;
}

/** GET `path` (query in `query`) as a tree; rejects with the library's error (statusCode, message) on a 4xx/5xx. */
export async function getJsonTree(docker: Docker, url: string, path: string, query: Record<string, string> = {}): Promise<JsonNode> {
  const modem = docker.modem as unknown as Dialer;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    modem.dial(
      {
        path: `${path}?`,
        method: 'GET',
        options: { _query: query },
        isStream: true,
        statusCodes: { 200: true, 400: 'bad parameter', 404: 'not found', 500: 'server error' },
      },
      (error, answer) => (error || !answer ? reject(error) : resolve(answer)),
    );
  });
  const request = describeRequest('GET', path);
  const text = (await readDaemonBody(response, request, url)).toString('utf8');
  try {
    return parseJsonTree(text);
  } catch {
    throw new DaemonAnswerError(daemonMessages().answerNotJson(url, request), 'malformed JSON');
  }
}
