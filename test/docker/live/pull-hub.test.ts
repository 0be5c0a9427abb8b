/**
 * `docker pull NAME` by its short name, from "Docker Hub", as a learner types it. In the sandbox the daemon's
 * registry mirror answers for Docker Hub, so the pull is real and never leaves the machine; a name the mirror
 * does not hold falls through to Docker Hub, which the sandbox's closed proxy refuses at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { describeDocker, testMirror, uniqueName } from '../../helpers/docker.js';
import { captureContext, failure, testConnection } from './context.js';

describeDocker('docker pull by name from Docker Hub', () => {
  const mirror = testMirror() ?? '127.0.0.1:1';
  // An official-image name of this test's own in the mirror, so no other test's pull or removal interferes.
  const name = uniqueName('hub');
  const saved = { config: process.env.DOCKER_CONFIG, home: process.env.DOCKTUTOR_HOME };
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'dt-pull-hub-'));
    process.env.DOCKER_CONFIG = join(scratch, 'docker');
    process.env.DOCKTUTOR_HOME = join(scratch, 'home');
    const { docker } = await testConnection();
    const inMirror = `${mirror}/library/${name}`;
    await docker.getImage('busybox:latest').tag({ repo: inMirror, tag: 'latest' });
    // The mirror takes anonymous pushes, as it serves anonymous pulls.
    const push = (await docker.getImage(`${inMirror}:latest`).push({ authconfig: {} })) as Readable;
    await new Promise((resolve, reject) => docker.modem.followProgress(push, (error: unknown) => (error ? reject(error) : resolve(undefined))));
    await docker.getImage(`${inMirror}:latest`).remove();
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    await docker.getImage(`${name}:latest`).remove().catch(() => undefined);
    for (const [variable, value] of [['DOCKER_CONFIG', saved.config], ['DOCKTUTOR_HOME', saved.home]] as const) {
      if (value === undefined) delete process.env[variable];
      else process.env[variable] = value;
    }
    rmSync(scratch, { recursive: true, force: true });
  });

  it('pulls the image by its short name, as docker does from Docker Hub', async () => {
    const { context, stdout } = await captureContext();
    const result = await executeCommandLine(`docker pull ${name}`, context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toContain(`Using default tag: latest\nlatest: Pulling from library/${name}\n`);
    expect(stdout()).toContain(`Status: Downloaded newer image for ${name}:latest\ndocker.io/library/${name}:latest\n`);
    const { docker } = await testConnection();
    const image = await docker.getImage(`${name}:latest`).inspect();
    expect(image.RepoTags).toContain(`${name}:latest`);
    expect(image.Id).toBe((await docker.getImage('busybox:latest').inspect()).Id);
  });

  it('fails at once, without reaching the internet, for a name the mirror does not hold', async () => {
    const started = Date.now();
    const error = await failure(`docker pull ${uniqueName('absent')}`);
    expect(error.message).toMatch(/Docker Hub/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
}, ['busybox', 'mirror']);
