/**
 * Registries that misbehave, served on 127.0.0.1 by the test itself: a TLS listener with a certificate
 * nobody trusts, a registry that speaks only plain HTTP, one that answers with escapes and one that
 * never stops answering. The password must never leave in clear, and nothing a registry sends may run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listRepositories, listTags, MAX_ANSWER_BYTES } from '../../../src/docker/registry/client.js';
import { isLoopbackHost, policyFromInfo, type TransportPolicy } from '../../../src/docker/registry/transport.js';
import { DocktutorError } from '../../../src/errors.js';
import { escapeControls } from '../../../src/terminal/controls.js';

const auth = { username: 'alice', password: 'HUNTER2' };
const nothingPlain: TransportPolicy = { plainHttpAllowed: () => false };
const servers: Server[] = [];
let certDir: string;
let key: Buffer;
let cert: Buffer;

beforeAll(() => {
  certDir = mkdtempSync(join(tmpdir(), 'dt-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
  key = readFileSync(join(certDir, 'key.pem'));
  cert = readFileSync(join(certDir, 'cert.pem'));
});
afterAll(() => rmSync(certDir, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});

interface Seen {
  requests: { url: string; authorization?: string }[];
  plainBytesOnTls: number;
}

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function record(seen: Seen, request: IncomingMessage): void {
  seen.requests.push({ url: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
}

/** A registry that asks for basic auth, served over TLS with a self-signed certificate. */
async function selfSignedRegistry(seen: Seen): Promise<string> {
  const server = createHttpsServer({ key, cert }, (request, response) => {
    record(seen, request);
    response.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }).end();
  });
  server.on('tlsClientError', () => (seen.plainBytesOnTls += 1));
  return listen(server);
}

/** A plain-HTTP registry answering every path with `answer`. */
async function plainRegistry(seen: Seen, answer: (url: string) => { status: number; body: string; headers?: Record<string, string> }): Promise<string> {
  return listen(
    createHttpServer((request, response) => {
      record(seen, request);
      const { status, body, headers } = answer(request.url ?? '');
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
    }),
  );
}

const fresh = (): Seen => ({ requests: [], plainBytesOnTls: 0 });

describe('a registry docktutor does not trust', () => {
  it('refuses a certificate that does not verify, and never retries in plain HTTP, even on loopback', async () => {
    const seen = fresh();
    const host = await selfSignedRegistry(seen);
    const error = (await listTags(host, 'app', { auth }).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.message).toContain('does not verify');
    expect(error.message).toContain('will not retry over plain HTTP');
    // The TLS handshake failed before any request: no path, no header, and no plain-HTTP bytes after it.
    expect(seen.requests).toEqual([]);
    expect(seen.plainBytesOnTls).toBe(0);
  });

  it('sends nothing in clear to a plain-HTTP registry that is neither loopback nor listed as insecure', async () => {
    const seen = fresh();
    const host = await plainRegistry(seen, () => ({ status: 401, body: '', headers: { 'www-authenticate': 'Basic realm="x"' } }));
    const error = (await listTags(host, 'app', { auth, policy: nothingPlain }).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.message).toContain('does not speak TLS');
    expect(seen.requests.filter((request) => request.authorization)).toEqual([]);
    expect(seen.requests.filter((request) => request.url.startsWith('/v2'))).toEqual([]);
  });

  it('speaks plain HTTP to a loopback registry, as the daemon does, and answers its challenge there', async () => {
    const seen = fresh();
    const host = await plainRegistry(seen, (url) =>
      url === '/v2/app/tags/list' && seen.requests.at(-1)?.authorization ? { status: 200, body: '{"name":"app","tags":["1"]}' } : { status: 401, body: '', headers: { 'www-authenticate': 'Basic realm="x"' } },
    );
    expect(await listTags(host, 'app', { auth })).toEqual(['1']);
  });

  it('refuses a token server reached in plain HTTP where plain HTTP is not allowed', async () => {
    const seen = fresh();
    const host = await plainRegistry(seen, () => ({ status: 401, body: '', headers: { 'www-authenticate': `Bearer realm="http://HOST/token",service="x"` } }));
    // The registry itself is allowed (loopback) only for this test's first hop; its token server in clear is not.
    const policy: TransportPolicy = { plainHttpAllowed: (name) => name === host && seen.requests.length < 2 };
    const error = (await listTags(host.replace('HOST', host), 'app', { auth, policy }).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(seen.requests.filter((request) => request.authorization)).toEqual([]);
  });

  it('builds no URL from a repository name outside the reference grammar', async () => {
    const seen = fresh();
    const host = await plainRegistry(seen, () => ({ status: 200, body: '{}' }));
    for (const name of ['../../internal/admin/delete?all=true&x=', 'app/../x', 'App', 'a b', 'a%2fb', '']) {
      const error = (await listTags(host, name, { auth }).catch((e: unknown) => e)) as DocktutorError;
      expect(error, name).toBeInstanceOf(DocktutorError);
      expect(error.kind).toBe('usage');
    }
    expect(seen.requests).toEqual([]);
  });

  it('drops catalog names that are not repository names (escapes, traversal) and keeps the rest', async () => {
    const seen = fresh();
    const hostile = ['good/app', '\u001b]52;c;cm0gLXJmIH4=\u0007evil', '\u001b[2Jclear', '../up', 'ok'];
    const host = await plainRegistry(seen, () => ({ status: 200, body: JSON.stringify({ repositories: hostile }) }));
    expect(await listRepositories(host)).toEqual(['good/app', 'ok']);
  });

  it.each<[string, 'catalog' | 'tags', string, string]>([
    ['a catalog whose repositories are not a list', 'catalog', '{"repositories":"app"}', 'answered /v2/_catalog with something docktutor cannot read (at repositories)'],
    ['a tag list whose tags are not a list', 'tags', '{"name":"app","tags":{"latest":1}}', 'answered /v2/app/tags/list with something docktutor cannot read (at tags)'],
    ['a tag list that is null', 'tags', 'null', 'answered /v2/app/tags/list with something that is not JSON'],
    ['a catalog that is a bare list', 'catalog', '["app"]', 'answered /v2/_catalog with something that is not JSON'],
  ])('names the registry, the path and the field for %s', async (_name, what, body, said) => {
    const host = await plainRegistry(fresh(), () => ({ status: 200, body }));
    const error = (await (what === 'catalog' ? listRepositories(host) : listTags(host, 'app')).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.message).toBe(`The registry ${host} ${said}.`);
  });

  it('reads "tags": null as no tags, as a registry says it for an empty repository', async () => {
    const host = await plainRegistry(fresh(), () => ({ status: 200, body: '{"name":"app","tags":null}' }));
    expect(await listTags(host, 'app')).toEqual([]);
  });

  it.each([['{"token":5}'], ['{"access_token":["x"]}'], ['"token"']])('refuses a token answer of another shape (%s) with one line naming the registry', async (answer) => {
    const seen = fresh();
    let host = '';
    host = await plainRegistry(seen, (url) =>
      url.startsWith('/token') ? { status: 200, body: answer } : { status: 401, body: '', headers: { 'www-authenticate': `Bearer realm="http://${host}/token",service="x"` } },
    );
    const error = (await listTags(host, 'app', { auth }).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.message).toBe(`The registry ${host} asked for a login in a way docktutor cannot read.`);
    // No request went out with an empty bearer token.
    expect(seen.requests.filter((request) => request.url.startsWith('/v2/app') && request.authorization)).toEqual([]);
  });

  it('stops reading an answer past its size cap, with one line', async () => {
    const seen = fresh();
    const server = createHttpServer((request, response) => {
      record(seen, request);
      let written = 0;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"repositories":[');
      const chunk = `${'"a",'.repeat(16_384)}`;
      const pump = () => {
        // Bounded: a registry that never stops would be cut off by the client long before this.
        while (written < 64 * 1024 * 1024) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end('"a"]}');
      };
      response.on('close', () => (written = Number.MAX_SAFE_INTEGER));
      pump();
    });
    const host = await listen(server);
    const error = (await listRepositories(host).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.message).toContain('MiB');
    expect(error.message).not.toContain('\n');
    expect(MAX_ANSWER_BYTES).toBeLessThan(64 * 1024 * 1024);
    expect(seen.requests.map((request) => request.url)).toContain('/v2/_catalog?n=1000');
  });
});

describe('a registry whose answer cannot be used', () => {
  async function failureOf(promise: Promise<unknown>): Promise<DocktutorError> {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).message).not.toContain('\n');
    return error as DocktutorError;
  }

  it('says so in one line when the connection drops in the middle of the answer', async () => {
    const host = await listen(
      createHttpServer((request, response) => {
        if (request.url === '/v2/') return void response.writeHead(200).end('{}');
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
        response.write('{"repositories":["a","b', () => setTimeout(() => response.socket?.destroy(), 50));
      }),
    );
    const error = await failureOf(listRepositories(host));
    expect(error.message).toBe(`The registry ${host} closed the connection before its answer to /v2/_catalog was complete.`);
  });

  it.each([
    ['not JSON', '<html>proxy error</html>'],
    ['cut-off JSON', '{"name":"app","tags":["1"'],
    ['null', 'null'],
    ['a bare list', '["1","2"]'],
  ])('names the registry when the answer is %s', async (_name, body) => {
    const seen = fresh();
    const host = await plainRegistry(seen, () => ({ status: 200, body }));
    const error = await failureOf(listTags(host, 'app'));
    expect(error.message).toBe(`The registry ${host} answered /v2/app/tags/list with something that is not JSON.`);
  });

  it('names the registry when it stops answering after the first request', async () => {
    const server = createHttpServer((request, response) => {
      if (request.url === '/v2/') return void response.writeHead(200).end('{}');
      request.socket.destroy();
    });
    const host = await listen(server);
    const error = await failureOf(listRepositories(host));
    expect(error.message).toContain(`cannot reach the registry ${host}`);
  });
});

describe('the transport rule', () => {
  it.each<[string, boolean]>([
    ['localhost:5000', true],
    ['127.0.0.1:5000', true],
    ['127.8.9.10', true],
    ['[::1]:5000', true],
    ['registry.example:5000', false],
    ['10.0.0.5:5000', false],
    ['localhost.evil.example', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it('follows the daemon: hosts it lists as insecure, and IPs in its insecure CIDRs', () => {
    const policy = policyFromInfo({
      RegistryConfig: {
        InsecureRegistryCIDRs: ['127.0.0.0/8', '10.20.0.0/16'],
        IndexConfigs: { 'docker.io': { Secure: true }, 'reg.lan:5000': { Secure: false } },
      },
    });
    expect(policy.plainHttpAllowed('reg.lan:5000')).toBe(true);
    expect(policy.plainHttpAllowed('10.20.3.4:5000')).toBe(true);
    expect(policy.plainHttpAllowed('10.21.3.4:5000')).toBe(false);
    expect(policy.plainHttpAllowed('docker.io')).toBe(false);
    expect(policyFromInfo(undefined).plainHttpAllowed('reg.lan:5000')).toBe(false);
  });

  it('shows what a registry sends, escaped: an OSC 52 clipboard write and a screen clear stay text', () => {
    expect(escapeControls('\u001b]52;c;cm0=\u0007x', 'line')).toBe('\\x1b]52;c;cm0=\\x07x');
    expect(escapeControls('\u001b[2J', 'line')).toBe('\\x1b[2J');
  });
});
