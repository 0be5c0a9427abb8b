/**
 * The BuildKit session stays usable while a build runs: BuildKit checks its health every second and
 * drops a session that fails the check, after which a login question gets "no active session".
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { packBuildContext } from '../../src/docker/build/context.js';
import { resolveBuildPaths } from '../../src/docker/build/paths.js';
import { openSession } from '../../src/docker/build/session.js';
import { readJsonStream } from '../../src/docker/engine/json-stream.js';
import { storeCredentials } from '../../src/docker/registry/credentials.js';
import { describeDocker, itNeeds, requireRegistry, uniqueName } from '../helpers/docker.js';
import { sharedConnection } from './command-context.js';

describeDocker('the BuildKit session', () => {
  const label = uniqueName('bk-session');
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-bk-session-'));
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    for (const image of await docker.listImages({ filters: { label: [`io.docktutor.test=${label}`] } })) {
      await docker.getImage(image.Id).remove({ force: true }).catch(() => undefined);
    }
    await rm(root, { recursive: true, force: true });
  });

  itNeeds(['registry'], 'answers the login question of a build that starts seconds after the session opened', async () => {
    const registry = requireRegistry();
    const env = { ...process.env, DOCKER_CONFIG: join(root, 'config') };
    await storeCredentials({ serverAddress: registry.host, username: registry.user, secret: registry.password }, env);
    await writeFile(join(root, 'Dockerfile'), `FROM ${registry.host}/busybox:latest\nLABEL marker=${uniqueName('m')}\n`);
    const { docker } = await sharedConnection();
    const session = await openSession(docker, env);
    try {
      // Several of BuildKit's one-second health checks happen before the daemon asks anything.
      await sleep(3500);
      const packed = await packBuildContext(await resolveBuildPaths('.', undefined, root));
      const query = { version: '2', dockerfile: packed.dockerfile, pull: '1', session: session.id, labels: JSON.stringify({ 'io.docktutor.test': label }) };
      const modem = docker.modem as unknown as { dial(options: object, callback: (error: unknown, stream?: Readable) => void): void };
      const stream = await new Promise<Readable>((resolve, reject) =>
        modem.dial({ path: '/build?', method: 'POST', file: packed.stream, options: query, isStream: true, statusCodes: { 200: true, 500: 'server error' } }, (error, s) =>
          error || !s ? reject(error) : resolve(s),
        ),
      );
      const errors: string[] = [];
      let image: unknown;
      await readJsonStream(stream, { url: process.env.DOCKER_HOST ?? '', request: 'POST /build' }, (message) => {
        if (message.error) errors.push(message.error);
        if ((message as { id?: string }).id === 'moby.image.id') image = message.aux;
      });
      expect(errors).toEqual([]);
      expect(image).toMatchObject({ ID: expect.stringMatching(/^sha256:/) });
    } finally {
      session.close();
    }
  });
});
