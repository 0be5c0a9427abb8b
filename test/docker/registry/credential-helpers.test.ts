/**
 * A credential helper (credsStore / credHelpers) that answers wrongly: text that is not JSON, JSON cut
 * off or without a Secret, a failure with escape sequences in its text, or a flood of output. Each
 * ends in one line naming the helper (never "unexpected error"), a flood is stopped at the cap, and a
 * helper that never answers is stopped (killed) after the timeout.
 * The helper is test/fixtures/docker-credential-dtfake, put in a misbehaving mode by DTFAKE_MODE.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helperList, MAX_HELPER_OUTPUT_BYTES } from '../../../src/docker/registry/credential-helpers.js';
import { loadCredentials } from '../../../src/docker/registry/credentials.js';
import { DocktutorError } from '../../../src/errors.js';
import { runCli, cleanEnv } from '../../helpers/cli.js';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const HOST = '127.0.0.1:5999';
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dt-helper-'));
  writeFileSync(join(root, 'config.json'), JSON.stringify({ credsStore: 'dtfake', auths: { [HOST]: {} } }));
  writeFileSync(join(root, 'store.json'), JSON.stringify({ [HOST]: { Username: 'alice', Secret: 'hunter2' } }));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function helperEnv(mode?: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DOCKER_CONFIG: root,
    DTFAKE_STORE: join(root, 'store.json'),
    PATH: `${FIXTURES}${delimiter}${process.env.PATH ?? ''}`,
    ...(mode ? { DTFAKE_MODE: mode } : {}),
    ...extra,
  };
}

async function failure(promise: Promise<unknown>): Promise<DocktutorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocktutorError);
  return error as DocktutorError;
}

describe('a credential helper that answers wrongly', () => {
  it('works when it answers right (the control case)', async () => {
    expect(await loadCredentials(HOST, helperEnv())).toEqual({ serverAddress: HOST, username: 'alice', secret: 'hunter2' });
  });

  it.each([
    ['not-json', 'it is not the JSON object the credential helper protocol asks for'],
    ['truncated', 'it is not the JSON object the credential helper protocol asks for'],
    ['array', 'it is not the JSON object the credential helper protocol asks for'],
    ['null', 'it is not the JSON object the credential helper protocol asks for'],
    ['no-secret', 'the JSON has no Secret'],
    ['wrong-types', 'the JSON has no Secret'],
  ])('get, %s: one line naming the helper', async (mode, what) => {
    const error = await failure(loadCredentials(HOST, helperEnv(mode)));
    expect(error.message).toBe(`docker-credential-dtfake get answered with something docktutor cannot use: ${what}.`);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('hunter2');
  });

  it('get, failing with escape sequences and several lines: its first line, escaped', async () => {
    const error = await failure(loadCredentials(HOST, helperEnv('garbage-exit')));
    expect(error.message).toBe('docker-credential-dtfake get failed: \\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[2Jpanic: keychain exploded');
  });

  it('get and list, flooding: stopped at the cap, with one line', async () => {
    const started = Date.now();
    const error = await failure(loadCredentials(HOST, helperEnv('flood')));
    expect(error.message).toBe(`docker-credential-dtfake get answered with something docktutor cannot use: it printed more than ${MAX_HELPER_OUTPUT_BYTES / 1048576} MiB.`);
    expect(Date.now() - started).toBeLessThan(20_000);
    const listed = await failure(helperList('dtfake', helperEnv('flood')));
    expect(listed.message).toContain('docker-credential-dtfake list answered with something docktutor cannot use');
  });

  it.each(['get', 'list'])('%s, never answering: stopped after the timeout, killed, with one line', async (action) => {
    const pidFile = join(root, `hang-${action}.pid`);
    const env = helperEnv('hang', { DOCKTUTOR_HELPER_TIMEOUT_MS: '800', DTFAKE_PIDFILE: pidFile });
    const started = Date.now();
    const error = await failure(action === 'get' ? loadCredentials(HOST, env) : helperList('dtfake', env));
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error.message).toBe(`docker-credential-dtfake ${action} did not answer within 800 ms; docktutor stopped it.`);
    expect(error.hint).toContain("run 'docker-credential-dtfake list' by hand");
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // Gone: signal 0 to a pid that no longer exists fails.
    await new Promise((done) => setTimeout(done, 200));
    expect(() => process.kill(pid, 0)).toThrow();
  });

  it('list, not JSON or not names: one line', async () => {
    expect((await failure(helperList('dtfake', helperEnv('not-json')))).message).toContain('docker-credential-dtfake list answered');
    expect((await failure(helperList('dtfake', helperEnv('array')))).message).toContain('docker-credential-dtfake list answered');
    expect((await failure(helperList('dtfake', helperEnv('null')))).message).toContain('docker-credential-dtfake list answered');
    expect((await failure(helperList('dtfake', helperEnv('wrong-types')))).message).toContain('docker-credential-dtfake list answered');
  });
});

describe('the same through the command line', () => {
  let server: Server;
  let socket: string;

  beforeAll(async () => {
    // Only enough of a daemon to reach the point where pull asks the helper for the login.
    socket = join(root, 'docker.sock');
    server = createServer((request, response) => {
      if (/\/_ping$/.test(request.url ?? '')) return void response.writeHead(200, { 'Api-Version': '1.45' }).end('OK');
      response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"no such image"}');
    });
    await new Promise<void>((done) => server.listen(socket, done));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each(['truncated', 'no-secret', 'garbage-exit', 'hang'])('pull with a helper in mode %s: one line, exit 1', async (mode) => {
    const env = cleanEnv({ ...helperEnv(mode, { DOCKTUTOR_HELPER_TIMEOUT_MS: '1000' }), DOCKER_HOST: `unix://${socket}`, DOCKTUTOR_HOME: join(root, 'home') });
    const result = await runCli(['try', '--no-explain', 'docker', 'pull', `${HOST}/app`], { env });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr.match(/^docktutor: /gm)).toHaveLength(1);
    expect(result.stderr).toMatch(/^docktutor: docker-credential-dtfake get /m);
    expect(result.stderr).not.toMatch(/unexpected error|please report/i);
    expect(result.stderr).not.toContain('\u001b');
  });
});
