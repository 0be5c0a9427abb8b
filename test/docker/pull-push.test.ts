import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execute as pull } from '../../src/docker/commands/pull/execute.js';
import { explain as explainPull } from '../../src/docker/commands/pull/index.js';
import type { Outcome } from '../../src/docker/commands/module.js';
import { execute as push } from '../../src/docker/commands/push/execute.js';
import { storeCredentials } from '../../src/docker/registry/credentials.js';
import { DocktutorError } from '../../src/errors.js';
import { describeDocker, testRegistry, uniqueName } from '../helpers/docker.js';
import { captureContext, parsed, sharedConnection } from './command-context.js';

describeDocker('pull and push against the test registry', () => {
  const registry = testRegistry();
  const repo = uniqueName('push');
  let env: NodeJS.ProcessEnv;
  let dir: string;
  const created: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dt-pull-'));
    env = { ...process.env, DOCKER_CONFIG: join(dir, 'docker'), DOCKTUTOR_HOME: join(dir, 'home'), DOCKTUTOR_RUN_LABEL: uniqueName('run') };
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    for (const ref of created) await docker.getImage(ref).remove().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('fails with a login hint when no credentials are stored', async () => {
    const { context } = await captureContext({ env });
    const error = await pull(parsed('pull', [`${registry!.host}/busybox`]), context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).kind).toBe('auth');
    expect((error as DocktutorError).hint).toContain(`docker login ${registry!.host}`);
  });

  it('pushes a tag and the registry lists it', async () => {
    await storeCredentials({ serverAddress: registry!.host, username: registry!.user, secret: registry!.password }, env);
    const { docker } = await sharedConnection();
    const target = `${registry!.host}/${repo}:v1`;
    await docker.getImage('busybox:latest').tag({ repo: `${registry!.host}/${repo}`, tag: 'v1' });
    created.push(target);
    const { context, stdout } = await captureContext({ env });
    const result = await push(parsed('push', [target]), context);
    expect(result.exitCode).toBe(0);
    expect(stdout()).toContain(`The push refers to repository [${registry!.host}/${repo}]`);
    expect(stdout()).toMatch(/^v1: digest: sha256:[0-9a-f]{64} size: \d+$/m);
    const response = await fetch(`http://${registry!.host}/v2/${repo}/tags/list`, {
      headers: { authorization: `Basic ${Buffer.from(`${registry!.user}:${registry!.password}`).toString('base64')}` },
    });
    expect(await response.json()).toEqual({ name: repo, tags: ['v1'] });
    const quiet = await captureContext({ env });
    await push(parsed('push', [target], { quiet: true }), quiet.context);
    expect(quiet.stdout()).toBe(`${target}\n`);
  });

  it('pulls with the stored login and prints the full reference last', async () => {
    const ref = `${registry!.host}/${repo}:v1`;
    const { docker } = await sharedConnection();
    await docker.getImage(ref).remove();
    const { context, stdout } = await captureContext({ env });
    const result = await pull(parsed('pull', [ref]), context);
    expect(result.exitCode).toBe(0);
    const lines = stdout().trim().split('\n');
    expect(lines[0]).toBe(`v1: Pulling from ${repo}`);
    expect(lines.some((line) => line.startsWith('Digest: sha256:'))).toBe(true);
    expect(lines).toContain(`Status: Downloaded newer image for ${ref}`);
    expect(result.upToDate).toBeUndefined();
    expect(explainPull({ exitCode: 0, result } as Outcome)).toMatch(/downloaded the image's manifest and the layers/);
    expect(lines[lines.length - 1]).toBe(ref);
    expect(result.output).toBe(stdout());
    const record = JSON.parse(await readFile(join(env.DOCKTUTOR_HOME!, 'pulled-images.json'), 'utf8'));
    expect(record.images.map((image: { reference: string }) => image.reference)).toContain(ref);
  });

  it('says the image is up to date on a second pull, and -q prints only the reference', async () => {
    const ref = `${registry!.host}/${repo}:v1`;
    const again = await captureContext({ env });
    // Said in the result too, for the note ("downloaded nothing"), with -q as well.
    const result = await pull(parsed('pull', [ref]), again.context);
    expect(result).toMatchObject({ exitCode: 0, upToDate: true });
    expect(explainPull({ exitCode: 0, result } as Outcome)).toMatch(/downloaded nothing/);
    expect(again.stdout()).toContain(`Status: Image is up to date for ${ref}`);
    const quiet = await captureContext({ env });
    expect(await pull(parsed('pull', [ref], { quiet: true }), quiet.context)).toMatchObject({ upToDate: true });
    expect(quiet.stdout()).toBe(`${ref}\n`);
  });

  it('pulls and pushes every tag with --all-tags', async () => {
    const name = `${registry!.host}/${repo}`;
    const { docker } = await sharedConnection();
    await docker.getImage('busybox:latest').tag({ repo: name, tag: 'v2' });
    created.push(`${name}:v2`);
    const pushing = await captureContext({ env });
    await push(parsed('push', [name], { 'all-tags': true }), pushing.context);
    expect(pushing.stdout()).toMatch(/^v1: digest: sha256:/m);
    expect(pushing.stdout()).toMatch(/^v2: digest: sha256:/m);
    const pulling = await captureContext({ env });
    await pull(parsed('pull', [name], { 'all-tags': true }), pulling.context);
    const lines = pulling.stdout().trim().split('\n');
    expect(lines).toContain(`Status: Image is up to date for ${name}`);
    expect(lines[lines.length - 1]).toBe(name);
    const error = (await pull(parsed('pull', [`${name}:v1`], { 'all-tags': true }), pulling.context).catch((e: unknown) => e)) as DocktutorError;
    expect(error.kind).toBe('usage');
  });

  it('adds the default tag when none is given', async () => {
    const { context, stdout } = await captureContext({ env });
    const error = await pull(parsed('pull', [`${registry!.host}/${repo}`]), context).catch((e: unknown) => e);
    expect(stdout()).toBe('Using default tag: latest\n');
    expect((error as DocktutorError).kind).toBe('not-found');
  });

  it('fails to push a tag that does not exist locally', async () => {
    const { context } = await captureContext({ env });
    const error = (await push(parsed('push', [`${registry!.host}/${repo}:nope`]), context).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('does not exist');
    expect(error.hint).toContain(`docker build -t ${registry!.host}/${repo}:nope .`);
    expect(error.exitCode).toBe(1);
  });

  it('reports an unreachable registry and Docker Hub in one line', async () => {
    const { context } = await captureContext({ env });
    const local = (await pull(parsed('pull', ['127.0.0.1:1/x:1']), context).catch((e: unknown) => e)) as DocktutorError;
    expect(local.kind).toBe('registry');
    expect(local.message).toBe('Cannot reach the registry 127.0.0.1:1 from the Docker daemon (connection refused).');
    const hub = (await pull(parsed('pull', ['busybox:1.36']), context).catch((e: unknown) => e)) as DocktutorError;
    expect(hub.kind).toBe('registry');
    expect(hub.message).toMatch(/^Cannot reach Docker Hub from the Docker daemon \(.+\)\.$/);
  });
}, ['busybox', 'registry']);
