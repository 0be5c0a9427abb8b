/** `docker rmi` as a module, and live: Untagged and Deleted lines, refusals and -f, side by side with the docker CLI. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as rmi from '../../../src/docker/commands/rmi/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker rmi, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('rmi')).toMatchObject({ spec: rmi.spec, execute: rmi.execute, explain: rmi.explain });
  });

  it.each(['docker rmi -f a b', 'docker image rm --force a b', 'docker image remove a -f b'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'rmi', flags: { force: true }, args: ['a', 'b'] });
  });

  it('has --help in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) expect(Object.keys(rmi.flagHelp(lang)).sort()).toEqual(['force', 'no-prune']);
    expect(formatUsage(rmi)).toMatch(/^Usage: {2}docker rmi \[OPTIONS\] IMAGE \[IMAGE\.\.\.\]\n\nRemove one or more images\n\nAliases:\n {2}docker image rm, docker image remove, docker rmi\n/);
  });

  it('explains a removal, and leaves a refusal to the shared sentence', () => {
    const request = { method: 'DELETE', path: '/images/app:1', status: 200 };
    expect(rmi.explain(outcomeOf(parseCommandLine('docker rmi app:1'), [request], 0))).toMatch(/Untagged.*Deleted/);
    expect(rmi.explain(outcomeOf(parseCommandLine('docker rmi app:1'), [{ ...request, status: 409 }], 1))).toBeUndefined();
  });
});

describeDocker('docker rmi, live', () => {
  const RUN = uniqueName('rmi');
  const REPO = uniqueName('rmi-repo');
  const env = { ...process.env, DOCKTUTOR_RUN_LABEL: RUN };

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    // By name, never by ID: some of these names are on busybox itself, which must stay.
    const images = await docker.listImages({ filters: { reference: [`${REPO}*`] } });
    const names = images.flatMap((image) => image.RepoTags ?? []).filter((name) => name.startsWith(REPO));
    for (const name of names) await docker.getImage(name).remove().catch(() => undefined);
    removeDockerCliConfig();
  });

  /** An image of its own (a container's change committed), named `${REPO}-${tag}:latest`; returns its name and the container. */
  async function ownImage(tag: string): Promise<{ name: string; container: string }> {
    const container = uniqueName('source');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '--name', container, 'busybox', 'sh', '-c', `echo ${tag} > /made`], { ...context, env }, { explain: false });
    const { docker } = await testConnection();
    await docker.getContainer(container).commit({ repo: `${REPO}-${tag}`, tag: 'latest' });
    return { name: `${REPO}-${tag}:latest`, container };
  }

  /** Names and IDs replaced, so two removals of look-alike images can be compared. */
  const shape = (text: string, name: string) => text.replaceAll(name, 'NAME').replace(/sha256:[0-9a-f]{64}/g, 'sha256:ID');

  it('untags and deletes an image and its own layer, printing what the CLI prints', async () => {
    const [ours, theirs] = [await ownImage('ours'), await ownImage('theirs')];
    const { docker } = await testConnection();
    await docker.getContainer(ours.container).remove();
    await docker.getContainer(theirs.container).remove();
    const { context, stdout, stderr } = await captureContext();
    const [result, cli] = await Promise.all([executeCommandLine(['docker', 'rmi', ours.name], context, { explain: true }), dockerCli(['rmi', theirs.name])]);
    expect(result.exitCode).toBe(cli.code);
    expect(stdout()).toMatch(/^Untagged: .*\nDeleted: sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/);
    expect(shape(stdout(), ours.name)).toBe(shape(cli.stdout, theirs.name));
    expect(stderr()).toMatch(/DELETE \/images\/.*:latest → 200/);
  });

  it('removes only a name when the image has another, as the CLI does', async () => {
    const { docker } = await testConnection();
    for (const tag of ['a', 'b', 'c']) await docker.getImage('busybox:latest').tag({ repo: REPO, tag });
    const { context, stdout } = await captureContext();
    const [result, cli] = await Promise.all([executeCommandLine(['docker', 'rmi', `${REPO}:a`], context, { explain: false }), dockerCli(['rmi', `${REPO}:b`])]);
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe(`Untagged: ${REPO}:a\n`);
    expect(cli.stdout).toBe(`Untagged: ${REPO}:b\n`);
    expect((await docker.getImage('busybox:latest').inspect()).RepoTags).toContain(`${REPO}:c`);
  });

  it('refuses an image a container uses in the daemon\'s words, exactly as the CLI prints them', async () => {
    const image = await ownImage('used');
    const { docker } = await testConnection();
    await docker.createContainer({ name: uniqueName('user'), Image: image.name, Labels: { [RUN_LABEL]: RUN } });
    const cli = await dockerCli(['rmi', image.name]);
    const error = await failure(`docker rmi ${image.name}`);
    expect(cli.code).toBe(1);
    expect(error.exitCode).toBe(1);
    expect(`${error.message}\n`).toBe(cli.stderr);
    expect(error.hint).toMatch(/remove the containers made from it first/);
  });

  it('forgives a missing name with -f but still reports it; without -f it fails, both as the CLI does', async () => {
    const missing = `${REPO}-missing:1`;
    for (const args of [['rmi', missing], ['rmi', '-f', missing]]) {
      const { context, stdout, stderr } = await captureContext();
      const cli = await dockerCli(args);
      const outcome = await executeCommandLine(['docker', ...args], context, { explain: false }).then(
        (result) => ({ code: result.exitCode, err: stderr() }),
        (error: Error) => ({ code: 1, err: `${error.message}\n` }),
      );
      expect(outcome).toEqual({ code: cli.code, err: cli.stderr });
      expect(stdout()).toBe(cli.stdout);
    }
  });
});
