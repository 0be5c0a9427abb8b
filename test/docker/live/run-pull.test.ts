/** `docker run` of an image that is only in the registry: "Unable to find image", the pull, then the run. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { describeDocker, requireRegistry, uniqueName } from '../../helpers/docker.js';
import { captureContext, testConnection } from './context.js';

// Needs the harness's registry: without a daemon it is skipped and counted, with DOCKTUTOR_REQUIRE_DOCKER=1 it fails.
const registry = requireRegistry();

describeDocker('docker run pulls a missing image', () => {
  const repo = `${registry.host}/${uniqueName('pull-run')}`;
  const saved = { config: process.env.DOCKER_CONFIG, home: process.env.DOCKTUTOR_HOME, label: process.env.DOCKTUTOR_RUN_LABEL };
  let scratch: string;

  beforeAll(async () => {
    // Credentials and docktutor's data go to folders of this test, never to the person's own.
    scratch = mkdtempSync(join(tmpdir(), 'dt-run-pull-'));
    process.env.DOCKER_CONFIG = join(scratch, 'docker');
    process.env.DOCKTUTOR_HOME = join(scratch, 'home');
    process.env.DOCKTUTOR_RUN_LABEL = uniqueName('run-pull');
    const { docker } = await testConnection();
    // A repository of this test's own in the registry, so no other test's pull or removal interferes.
    await docker.getImage('busybox:latest').tag({ repo, tag: 'latest' });
    const auth = { username: registry.user, password: registry.password, serveraddress: registry.host };
    const push = (await docker.getImage(`${repo}:latest`).push({ authconfig: auth })) as Readable;
    await new Promise((resolve, reject) => docker.modem.followProgress(push, (error: unknown) => (error ? reject(error) : resolve(undefined))));
    await docker.getImage(`${repo}:latest`).remove();
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    await docker.getImage(`${repo}:latest`).remove().catch(() => undefined);
    for (const [name, value] of [['DOCKER_CONFIG', saved.config], ['DOCKTUTOR_HOME', saved.home], ['DOCKTUTOR_RUN_LABEL', saved.label]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(scratch, { recursive: true, force: true });
  });

  it('says the image is not here, pulls it with the stored login, and runs it', async () => {
    const login = await captureContext({ stdin: `${registry.password}\n` });
    await executeCommandLine(['docker', 'login', '-u', registry.user, '--password-stdin', registry.host], login.context, { explain: false });
    const { context, stdout, stderr } = await captureContext();
    const result = await executeCommandLine(`docker run --rm ${repo} echo pulled-and-ran`, context, { explain: true });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe('pulled-and-ran\n');
    expect(stderr()).toContain(`Unable to find image '${repo}:latest' locally\n`);
    expect(stderr()).toMatch(/POST \/containers\/create → 404[\s\S]*POST \/images\/create → 200[\s\S]*POST \/containers\/create → 201/);
    expect(stderr()).toContain(`The daemon pulled ${repo}:latest from its registry`);
  });
}, ['busybox', 'registry']);
