/**
 * A daemon that refuses an upgraded connection (`run -i`'s attach, `exec -i`'s start) with an error
 * status and a body: a short body is the daemon's reason, told in one line; a 300 MB one is read no
 * further than the 64 MiB cap, in bounded memory, and also ends in one line.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { expectOneLine, json, runMeasured, startHostileDaemon, type HostileDaemon } from '../helpers/hostile-daemon.js';

let daemon: HostileDaemon | undefined;
afterEach(async () => {
  await daemon?.close();
  daemon = undefined;
});

/** Enough of a daemon for `run -i` and `exec -i` to reach their upgrade request. */
function plainAnswers(request: IncomingMessage, response: ServerResponse): void {
  const url = request.url ?? '';
  if (url.includes('/containers/create')) return json('{"Id":"c0ffee","Warnings":[]}', 201)(request, response);
  if (/\/containers\/box\/exec$/.test(url)) return json('{"Id":"e1"}', 201)(request, response);
  if (/\/containers\/c0ffee$/.test(url) && request.method === 'DELETE') return void response.writeHead(204).end();
  json('{"message":"not here"}', 404)(request, response);
}

/** A 500 instead of the upgrade, with `body` as its whole body. */
const refuseWith = (body: string) => (_request: IncomingMessage, socket: Duplex) =>
  void socket.end(`HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);

/** A 500 instead of the upgrade, then a body of `total` bytes without a length, written as fast as it is read. */
function refuseEndlessly(total: number, sent: { bytes: number }) {
  return (_request: IncomingMessage, socket: Duplex) => {
    socket.write('HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{"message":"');
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const pump = () => {
      while (sent.bytes < total && !socket.destroyed) {
        sent.bytes += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
      socket.end('"}');
    };
    pump();
  };
}

const upgraded: [string, string[], string][] = [
  ['run -i', ['try', '--no-explain', 'docker', 'run', '-i', 'busybox', 'cat'], 'POST /containers/c0ffee/attach'],
  ['exec -i', ['try', '--no-explain', 'docker', 'exec', '-i', 'box', 'cat'], 'POST /exec/e1/start'],
];

describe('a refused upgrade', () => {
  it.each(upgraded)('%s: a short refusal is the daemon\'s reason, in one line', async (_name, words) => {
    daemon = await startHostileDaemon(plainAnswers, refuseWith('{"message":"attach refused by policy"}'));
    const result = await runMeasured(words, daemon.env);
    expectOneLine(result, /^docktutor: Error response from daemon: attach refused by policy$/m);
  });

  it.each(upgraded)('%s: a 300 MB refusal is cut at 64 MiB, in bounded memory', async (_name, words, request) => {
    const sent = { bytes: 0 };
    daemon = await startHostileDaemon(plainAnswers, refuseEndlessly(300 * 1024 * 1024, sent));
    const result = await runMeasured(words, daemon.env);
    expectOneLine(result, new RegExp(`sent more than 64 MiB in answer to ${request}; docktutor stopped reading`));
    // Cut off soon after the cap (what was in flight in the socket's buffers), far below the whole body.
    expect(sent.bytes).toBeLessThan(100 * 1024 * 1024);
    expect(result.maxRssKb).toBeLessThan(400 * 1024);
  }, 60_000);
});
