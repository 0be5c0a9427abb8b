/** `docker rm` as a module, and live: the daemon's refusals word for word as the docker CLI prints them, -f and -v. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as rm from '../../../src/docker/commands/rm/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker rm, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('rm')).toMatchObject({ spec: rm.spec, execute: rm.execute, explain: rm.explain });
  });

  it.each(['docker rm -fv a b', 'docker container rm --force --volumes a b', 'docker container remove -f a -v b'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'rm', flags: { force: true, volumes: true }, args: ['a', 'b'] });
  });

  it('has --help in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) expect(Object.keys(rm.flagHelp(lang)).sort()).toEqual(['force', 'volumes']);
    expect(formatUsage(rm)).toContain('Aliases:\n  docker container rm, docker container remove, docker rm\n');
    expect(formatUsage(rm)).toMatch(/ {2}-f, --force +Force the removal of a running container \(uses SIGKILL\)\n/);
  });

  it('explains what went with the container, and leaves a refusal to the shared sentence', () => {
    const request = { method: 'DELETE', path: '/containers/web', status: 204 };
    expect(rm.explain(outcomeOf(parseCommandLine('docker rm web'), [request], 0))).toMatch(/its volumes are kept \(-v also/);
    expect(rm.explain(outcomeOf(parseCommandLine('docker rm -fv web'), [request], 0))).toMatch(/SIGKILL first.*anonymous volumes/);
    expect(rm.explain(outcomeOf(parseCommandLine('docker rm web'), [{ ...request, status: 409 }], 1))).toBeUndefined();
  });
});

describeDocker('docker rm, live', () => {
  const RUN = uniqueName('rm');
  const env = { ...process.env, DOCKTUTOR_RUN_LABEL: RUN };
  const volumes: string[] = [];

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    for (const volume of volumes) await docker.getVolume(volume).remove().catch(() => undefined);
    removeDockerCliConfig();
  });

  async function run(detach: boolean): Promise<string> {
    const name = uniqueName(detach ? 'up' : 'done');
    const { context } = await captureContext();
    const line = detach ? ['docker', 'run', '-d', '--name', name, 'busybox', 'sleep', '300'] : ['docker', 'run', '--name', name, 'busybox', 'true'];
    await executeCommandLine(line, { ...context, env }, { explain: false });
    return name;
  }

  it('removes a stopped container and prints its name as given, as the CLI does', async () => {
    const [ours, theirs] = [await run(false), await run(false)];
    const { context, stdout, stderr } = await captureContext();
    const [result, cli] = await Promise.all([executeCommandLine(['docker', 'rm', ours], context, { explain: true }), dockerCli(['rm', theirs])]);
    expect(result.exitCode).toBe(cli.code);
    expect([stdout(), cli.stdout]).toEqual([`${ours}\n`, `${theirs}\n`]);
    expect(stderr()).toContain('DELETE /containers/{id} → 204');
    const { docker } = await testConnection();
    await expect(docker.getContainer(ours).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses a running container without -f in the daemon\'s words, as the CLI prints them, and removes it with -f', async () => {
    const name = await run(true);
    const cli = await dockerCli(['rm', name]);
    const error = await failure(`docker rm ${name}`);
    expect(cli.code).toBe(1);
    expect(error.exitCode).toBe(1);
    expect(`${error.message}\n`).toBe(cli.stderr);
    expect(error.hint).toMatch(/docker stop.*-f/);
    const { context, stdout } = await captureContext();
    expect((await executeCommandLine(['docker', 'rm', '-f', name], context, { explain: false })).exitCode).toBe(0);
    expect(stdout()).toBe(`${name}\n`);
  });

  it('removes what it can, then fails with every error; with -f a missing name is only reported, as the CLI does', async () => {
    const name = await run(false);
    const missing = uniqueName('missing');
    const { context, stdout } = await captureContext();
    const error = await executeCommandLine(['docker', 'rm', missing, name], context, { explain: false }).catch((e: unknown) => e as Error);
    expect(stdout()).toBe(`${name}\n`);
    const cliMissing = await dockerCli(['rm', missing]);
    expect(`${(error as Error).message}\n`).toBe(cliMissing.stderr);
    const [forced, cliForced] = [await captureContext(), await dockerCli(['rm', '-f', missing])];
    const result = await executeCommandLine(['docker', 'rm', '-f', missing], forced.context, { explain: false });
    expect(result.exitCode).toBe(cliForced.code);
    expect(result.exitCode).toBe(0);
    expect(forced.stderr()).toBe(cliForced.stderr);
    expect(forced.stdout()).toBe(cliForced.stdout);
  });

  it('keeps an anonymous volume without -v and removes it with -v', async () => {
    const { docker } = await testConnection();
    const create = async () => {
      const container = await docker.createContainer({ name: uniqueName('vol'), Image: 'busybox', Volumes: { '/data': {} }, Labels: { [RUN_LABEL]: RUN } });
      const volume = (await container.inspect()).Mounts[0]!.Name!;
      volumes.push(volume);
      return { id: container.id, volume };
    };
    const [kept, gone] = [await create(), await create()];
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'rm', kept.id], context, { explain: false });
    await executeCommandLine(['docker', 'rm', '-v', gone.id], context, { explain: false });
    await expect(docker.getVolume(kept.volume).inspect()).resolves.toMatchObject({ Name: kept.volume });
    await expect(docker.getVolume(gone.volume).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });
});
