import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execute as login } from '../../src/docker/commands/login/execute.js';
import { execute as logout } from '../../src/docker/commands/logout/execute.js';
import { execute as pull } from '../../src/docker/commands/pull/execute.js';
import { DocktutorError } from '../../src/errors.js';
import { describeDocker, uniqueName, requireRegistry } from '../helpers/docker.js';
import { captureContext, parsed, sharedConnection } from './command-context.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

// The questions a terminal would ask, answered by the test; the login logic around them is real.
const asked = vi.hoisted(() => ({ username: [] as (string | undefined)[], password: 0 }));
vi.mock('../../src/docker/commands/login/prompts.js', () => ({
  askUsername: async (_context: unknown, suggestion?: string) => {
    asked.username.push(suggestion);
    return process.env.DOCKTUTOR_TEST_REGISTRY_USER ?? '';
  },
  askPassword: async () => {
    asked.password += 1;
    return process.env.DOCKTUTOR_TEST_REGISTRY_PASSWORD ?? '';
  },
}));

describeDocker('docker login and logout', () => {
  const registry = requireRegistry();
  let root: string;
  const pulled: string[] = [];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-login-'));
  });
  afterAll(async () => {
    const { docker } = await sharedConnection();
    for (const ref of pulled) await docker.getImage(ref).remove().catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });

  async function freshEnv(config?: object): Promise<NodeJS.ProcessEnv> {
    const dir = join(root, uniqueName('cfg'));
    if (config) {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'config.json'), JSON.stringify(config));
    }
    return {
      ...process.env,
      DOCKER_CONFIG: dir,
      DOCKTUTOR_HOME: join(root, 'home'),
      DOCKTUTOR_RUN_LABEL: uniqueName('run'),
      DTFAKE_STORE: join(root, `${uniqueName('store')}.json`),
      PATH: `${FIXTURES}${delimiter}${process.env.PATH ?? ''}`,
    };
  }

  const readConfig = async (env: NodeJS.ProcessEnv) => JSON.parse(await readFile(join(env.DOCKER_CONFIG!, 'config.json'), 'utf8'));
  const stdinLogin = (host: string, user: string) => parsed('login', [host], { username: user, 'password-stdin': true });

  it('checks the login with the daemon, then stores it like the docker CLI, keeping the other keys', async () => {
    const env = await freshEnv({ psFormat: 'table {{.ID}}', auths: { 'other.example:5000': { auth: 'eDp5' } } });
    const { context, stdout, stderr } = await captureContext({ env, stdin: `${registry.password}\n` });
    const result = await login(stdinLogin(registry.host, registry.user), context);
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe('Login Succeeded\n');
    expect(stderr()).toContain("WARNING! Your credentials are stored unencrypted in '");
    const config = await readConfig(env);
    expect(config.psFormat).toBe('table {{.ID}}');
    expect(config.auths['other.example:5000']).toEqual({ auth: 'eDp5' });
    expect(config.auths[registry.host]).toEqual({ auth: Buffer.from(`${registry.user}:${registry.password}`).toString('base64') });
    expect((await stat(join(env.DOCKER_CONFIG!, 'config.json'))).mode & 0o777).toBe(0o600);
    expect(result.output).not.toContain(registry.password);
  });

  it('creates the config folder with mode 0700 and reuses stored credentials without asking', async () => {
    const env = await freshEnv();
    const first = await captureContext({ env, stdin: registry.password });
    await login(stdinLogin(registry.host, registry.user), first.context);
    expect((await stat(env.DOCKER_CONFIG!)).mode & 0o777).toBe(0o700);
    const again = await captureContext({ env });
    const result = await login(parsed('login', [registry.host]), again.context);
    expect(again.stdout()).toBe(`Authenticating with existing credentials... [Username: ${registry.user}]\nLogin Succeeded\n`);
    expect(result.exitCode).toBe(0);
  });

  it('refuses a wrong password in one line and stores nothing', async () => {
    const env = await freshEnv();
    const secret = 'wrong-password-123';
    const { context } = await captureContext({ env, stdin: secret });
    const error = (await login(stdinLogin(registry.host, registry.user), context).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.kind).toBe('auth');
    expect(error.exitCode).toBe(1);
    expect(error.message).not.toContain('\n');
    expect(`${error.message} ${error.hint}`).not.toContain(secret);
    expect(error.cause).toBeUndefined();
    await expect(stat(join(env.DOCKER_CONFIG!, 'config.json'))).rejects.toThrow();
  });

  it('warns about -p and refuses to prompt without a terminal', async () => {
    const env = await freshEnv();
    const withP = await captureContext({ env });
    await login(parsed('login', [registry.host], { username: registry.user, password: registry.password }), withP.context);
    expect(withP.stderr()).toContain('WARNING! Using --password via the CLI is insecure. Use --password-stdin.');
    const other = await freshEnv();
    const noTty = await captureContext({ env: other });
    const error = (await login(parsed('login', [registry.host], { username: registry.user }), noTty.context).catch((e: unknown) => e)) as DocktutorError;
    expect(error.kind).toBe('needs-terminal');
    expect(error.hint).toContain('--password-stdin');
  });

  it('asks for the user name and the password in a terminal', async () => {
    const env = await freshEnv();
    const { context, stdout } = await captureContext({ env, tty: true });
    const result = await login(parsed('login', [registry.host]), context);
    expect(asked).toEqual({ username: [undefined], password: 1 });
    expect(stdout()).toBe('Login Succeeded\n');
    expect(result.output).not.toContain(registry.password);
    expect((await readConfig(env)).auths[registry.host].auth).toBe(Buffer.from(`${registry.user}:${registry.password}`).toString('base64'));
  });

  it('reports an unreachable registry', async () => {
    const env = await freshEnv();
    const { context } = await captureContext({ env, stdin: 'x' });
    const error = (await login(stdinLogin('127.0.0.1:1', 'me'), context).catch((e: unknown) => e)) as DocktutorError;
    expect(error.kind).toBe('registry');
    expect(error.message).toContain('127.0.0.1:1');
  });

  it('logs out, and says so again when there is nothing left', async () => {
    const env = await freshEnv();
    const { context } = await captureContext({ env, stdin: registry.password });
    await login(stdinLogin(registry.host, registry.user), context);
    const out = await captureContext({ env });
    await logout(parsed('logout', [registry.host]), out.context);
    expect(out.stdout()).toBe(`Removing login credentials for ${registry.host}\n`);
    expect((await readConfig(env)).auths).toEqual({});
    const twice = await captureContext({ env });
    const result = await logout(parsed('logout', [registry.host]), twice.context);
    expect(result).toEqual({ exitCode: 0, output: `Removing login credentials for ${registry.host}\n` });
  });

  describe.each([
    ['credsStore', (host: string) => ({ credsStore: 'dtfake' as const, host })],
    ['credHelpers', (host: string) => ({ credHelpers: { [host]: 'dtfake' }, host })],
  ])('with %s', (_name, makeConfig) => {
    it('stores the secret in the helper, pulls with it, and erases it on logout', async () => {
      const { host: _host, ...config } = makeConfig(registry.host);
      const env = await freshEnv(config);
      const { context } = await captureContext({ env, stdin: registry.password });
      const result = await login(stdinLogin(registry.host, registry.user), context);
      expect(result.output).toBe('Login Succeeded\n');
      expect(await readConfig(env)).toEqual({ ...config, auths: { [registry.host]: {} } });
      const store = JSON.parse(await readFile(env.DTFAKE_STORE!, 'utf8'));
      expect(store[registry.host]).toEqual({ Username: registry.user, Secret: registry.password });

      const ref = `${registry.host}/busybox:latest`;
      pulled.push(ref);
      const pulling = await captureContext({ env });
      expect((await pull(parsed('pull', [ref]), pulling.context)).exitCode).toBe(0);

      await logout(parsed('logout', [registry.host]), (await captureContext({ env })).context);
      expect(JSON.parse(await readFile(env.DTFAKE_STORE!, 'utf8'))).toEqual({});
      expect((await readConfig(env)).auths).toEqual({});
    });
  });
}, ['busybox', 'registry']);
