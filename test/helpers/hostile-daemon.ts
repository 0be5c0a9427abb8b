/**
 * Something on the Docker socket that is not a well-behaved daemon: an HTTP server on a unix socket in a
 * temp folder that pings like a daemon of API 1.45 and hands every other request (and every upgrade
 * request, raw) to the test. Plus docktutor run under /usr/bin/time for its peak memory.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BIN, cleanEnv, type CliResult } from './cli.js';

export type Answer = (request: IncomingMessage, response: ServerResponse) => void;
/** An upgrade request (attach -i, exec -i, a build session): the raw socket, to answer as the test likes. */
export type UpgradeAnswer = (request: IncomingMessage, socket: Duplex) => void;

export interface HostileDaemon {
  host: string;
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function startHostileDaemon(answer: Answer, upgrade?: UpgradeAnswer): Promise<HostileDaemon> {
  const dir = mkdtempSync(join(tmpdir(), 'dt-hostile-'));
  const socket = join(dir, 'docker.sock');
  const server = createServer((request, response) => {
    if (/\/_ping$/.test(request.url ?? '')) return void response.writeHead(200, { 'Api-Version': '1.45', 'Content-Type': 'text/plain' }).end('OK');
    answer(request, response);
  });
  const sockets = new Set<Duplex>();
  server.on('upgrade', (request: IncomingMessage, raw: Duplex) => {
    sockets.add(raw);
    raw.on('error', () => undefined);
    if (upgrade) upgrade(request, raw);
    else raw.end('HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 22\r\n\r\n{"message":"not here"}');
  });
  await new Promise<void>((done) => server.listen(socket, done));
  const host = `unix://${socket}`;
  return {
    host,
    env: cleanEnv({ DOCKER_HOST: host, DOCKTUTOR_HOME: join(dir, 'home'), DOCKER_CONFIG: join(dir, 'docker') }),
    close: async () => {
      for (const raw of sockets) raw.destroy();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** docktutor under /usr/bin/time, for its peak memory (kB) and how long it took, besides what it printed. */
export function runMeasured(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult & { maxRssKb: number; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      const rss = /peak-rss-kb=(\d+)/.exec(stderr);
      const exit = /Command exited with non-zero status (\d+)/.exec(stderr);
      const own = stderr.replace(/^Command exited with non-zero status \d+\n/m, '').replace(/^peak-rss-kb=\d+\n?/m, '');
      resolve({ code: exit ? Number(exit[1]) : 0, stdout, stderr: own, maxRssKb: rss ? Number(rss[1]) : Number.NaN, ms: Date.now() - started });
    });
  });
}

/** A failure told in one docktutor line matching `pattern`, with a non-zero exit and no crash report. */
export function expectOneLine(result: CliResult, pattern: RegExp): void {
  const text = `${result.stdout}${result.stderr}`;
  expect(result.code, text).not.toBe(0);
  expect(text.match(/^docktutor: /gm) ?? [], text).toHaveLength(1);
  expect(text).toMatch(pattern);
  expect(text).not.toMatch(/unexpected error|please report/i);
}

export const json = (body: string, status = 200): Answer => (_request, response) => void response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
