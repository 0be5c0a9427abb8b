import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execute as search } from '../../src/docker/commands/search/execute.js';
import { storeCredentials } from '../../src/docker/registry/credentials.js';
import { executeCommandLine } from '../../src/docker/commands/execute.js';
import { DocktutorError } from '../../src/errors.js';
import { describeDocker, requireRegistry } from '../helpers/docker.js';
import { captureContext, parsed } from './command-context.js';

describeDocker('docker search', () => {
  const registry = requireRegistry();
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dt-search-'));
    env = { ...process.env, DOCKER_CONFIG: join(dir, 'docker') };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('needs a login to list a private registry', async () => {
    const { context } = await captureContext({ env });
    const error = (await search(parsed('search', [`${registry.host}/busy`]), context).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.kind).toBe('auth');
    expect(error.hint).toContain(`docker login ${registry.host}`);
  });

  it('lists the catalog of a private registry, filtered by the term, in docker search\'s table', async () => {
    await storeCredentials({ serverAddress: registry.host, username: registry.user, secret: registry.password }, env);
    const { context, stdout, stderr } = await captureContext({ env });
    const result = await search(parsed('search', [`${registry.host}/busy`]), context);
    expect(result.exitCode).toBe(0);
    const lines = stdout().split('\n');
    expect(lines[0]).toMatch(/^NAME +DESCRIPTION +STARS +OFFICIAL$/);
    expect(lines[1]).toMatch(new RegExp(`^${registry.host.replace(/\./g, '\\.')}/busybox +tags: latest +0 +$`));
    expect(stderr()).toContain('/v2/_catalog');
    const none = await captureContext({ env });
    await search(parsed('search', [`${registry.host}/no-such-thing`]), none.context);
    expect(none.stdout().trim().split('\n')).toHaveLength(1);
    const starred = await captureContext({ env });
    await search(parsed('search', [`${registry.host}/busy`], { filter: ['stars=1'] }), starred.context);
    expect(starred.stdout().trim().split('\n')).toHaveLength(1);
  });

  it("lists the registry's own HTTP requests in the note, not the daemon's, and never the credentials", async () => {
    await storeCredentials({ serverAddress: registry.host, username: registry.user, secret: registry.password }, env);
    const { context, stderr } = await captureContext({ env });
    await executeCommandLine(`docker search ${registry.host}/busy`, { ...context, env }, { explain: true });
    const note = stderr().slice(stderr().indexOf('What happened'));
    expect(note).toMatch(/^What happened \(registry HTTP requests\):$/m);
    expect(note).toMatch(new RegExp(`^  GET https?://${registry.host.replace(/\./g, '\\.')}/v2/_catalog → 200$`, 'm'));
    expect(note).toMatch(/docktutor asked .* itself for its catalog .* the daemon was not involved\.$/m);
    expect(note).not.toMatch(/Engine API|asked the registry index/);
    expect(note).not.toContain(registry.password);
  });

  it('reports an unreachable registry and an unreachable Docker Hub in one line', async () => {
    const { context } = await captureContext({ env });
    const local = (await search(parsed('search', ['127.0.0.1:1/x']), context).catch((e: unknown) => e)) as DocktutorError;
    expect(local.kind).toBe('registry');
    expect(local.message).toMatch(/^docktutor cannot reach the registry 127\.0\.0\.1:1 to list its catalog/);
    const hub = (await search(parsed('search', ['busybox']), context).catch((e: unknown) => e)) as DocktutorError;
    expect(hub.kind).toBe('registry');
    expect(hub.exitCode).toBe(1);
    expect(hub.message).toMatch(/^Cannot reach Docker Hub from the Docker daemon/);
  });

  it.each([[{ limit: '0' }], [{ limit: 'x' }], [{ filter: ['color=red'] }], [{ filter: ['stars=many'] }]])('rejects %j as a usage error', async (flags) => {
    const { context } = await captureContext({ env });
    const error = (await search(parsed('search', ['busybox'], flags), context).catch((e: unknown) => e)) as DocktutorError;
    expect(error.kind).toBe('usage');
    expect(error.exitCode).toBe(2);
  });
}, ['registry']);
