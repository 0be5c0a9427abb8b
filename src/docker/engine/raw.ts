/**
 * An Engine API answer as the bytes the daemon sent. `docker inspect` prints the daemon's own JSON
 * (indented, never re-encoded), so docktutor must not let the client library parse it first.
 */
import type Docker from 'dockerode';
import type { IncomingMessage } from 'node:http';

interface Dialer {
  dial(options: object, callback: (error: unknown, response?: IncomingMessage) => void): void;
}

/** GET `path` (query in `query`); rejects with the library's error (statusCode, message) on a 4xx/5xx. */
export function getRawJson(docker: Docker, path: string, query: Record<string, string> = {}): Promise<string> {
  const modem = docker.modem as unknown as Dialer;
  return new Promise((resolve, reject) => {
    modem.dial(
      {
        path: `${path}?`,
        method: 'GET',
        options: { _query: query },
        isStream: true,
        statusCodes: { 200: true, 400: 'bad parameter', 404: 'not found', 500: 'server error' },
      },
      (error, response) => {
        if (error || !response) return reject(error);
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    );
  });
}
