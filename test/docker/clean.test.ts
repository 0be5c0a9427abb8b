import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clean, type CleanIo } from '../../src/cli/commands/clean.js';
import { executeCommandLine } from '../../src/docker/commands/execute.js';
import { execute as pull } from '../../src/docker/commands/pull/execute.js';
import { execute as push } from '../../src/docker/commands/push/execute.js';
import { storeCredentials } from '../../src/docker/registry/credentials.js';
import { docktutorLabels } from '../../src/docker/engine/labels.js';
import { DocktutorError } from '../../src/errors.js';
import { describeDocker, uniqueName, requireRegistry } from '../helpers/docker.js';
import { captureContext, parsed, sharedConnection } from './command-context.js';

/** Builds `tag` FROM `base` straight through the Engine API, as the user's own docker CLI would. */
async function buildFrom(docker: Awaited<ReturnType<typeof sharedConnection>>['docker'], base: string, tag: string): Promise<void> {
  const { pack } = await import('tar-stream');
  const archive = pack();
  archive.entry({ name: 'Dockerfile' }, `FROM ${base}\nRUN mkdir -p /data\n`);
  archive.finalize();
  const stream = await docker.buildImage(archive as never, { t: tag, networkmode: 'none' });
  await new Promise((done, fail) => docker.modem.followProgress(stream, (error: unknown) => (error ? fail(error) : done(undefined))));
}

describeDocker('docktutor clean', () => {
  const registry = requireRegistry();
  const run = uniqueName('clean-run');
  const names = {
    ours: uniqueName('c-ours'),
    theirs: uniqueName('c-theirs'),
    otherRun: uniqueName('c-other-run'),
    builtImage: `${uniqueName('img-ours')}:1`,
    theirImage: uniqueName('img-theirs'),
    labelledOnly: uniqueName('c-labelled-only'),
    inheritedImage: uniqueName('img-inherited'),
    inheritedContainer: uniqueName('c-inherited'),
    pulledRepo: `${registry.host}/${uniqueName('pulled')}`,
  };
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dt-clean-'));
    env = { ...process.env, DOCKTUTOR_RUN_LABEL: run, DOCKTUTOR_HOME: join(dir, 'home'), DOCKER_CONFIG: join(dir, 'docker') };
    const { docker } = await sharedConnection();
    const create = (name: string, labels?: Record<string, string>) =>
      docker.createContainer({ Image: 'busybox:latest', Cmd: ['true'], name, ...(labels ? { Labels: labels } : {}) });
    // docktutor's own: made through docktutor's command layer, which records what it creates.
    await executeCommandLine(['docker', 'run', '--name', names.ours, 'busybox:latest', 'true'], (await captureContext({ env })).context, { explain: false });
    // Carries docktutor's labels (as anything built or run from its images does) but was not made by docktutor.
    await create(names.labelledOnly, docktutorLabels('run', env));
    const theirs = await create(names.theirs);
    await create(names.otherRun, docktutorLabels('run', { DOCKTUTOR_RUN_LABEL: `${run}-other` }));
    await theirs.commit({ repo: names.theirImage, tag: 'latest' });

    await writeFile(join(dir, 'Dockerfile'), `FROM busybox:latest\nRUN echo ${run} > /run\n`);
    const building = await captureContext({ env, cwd: dir });
    await executeCommandLine(['docker', 'build', '-t', names.builtImage, '.'], building.context, { explain: false });
    // The user's own image FROM docktutor's, and a container of it with data in an anonymous volume: both
    // inherit io.docktutor.* from the base image's configuration.
    await buildFrom(docker, names.builtImage, names.inheritedImage);
    const inherited = await docker.createContainer({ Image: names.inheritedImage, Cmd: ['sh', '-c', 'echo precious > /data/keep && sleep 300'], name: names.inheritedContainer, HostConfig: {}, Volumes: { '/data': {} } });
    await inherited.start();

    await storeCredentials({ serverAddress: registry.host, username: registry.user, secret: registry.password }, env);
    await docker.getImage('busybox:latest').tag({ repo: names.pulledRepo, tag: '1' });
    await push(parsed('push', [`${names.pulledRepo}:1`]), (await captureContext({ env })).context);
    await docker.getImage(`${names.pulledRepo}:1`).remove();
    await pull(parsed('pull', [`${names.pulledRepo}:1`]), (await captureContext({ env })).context);
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    for (const name of [names.ours, names.theirs, names.otherRun, names.labelledOnly, names.inheritedContainer]) await docker.getContainer(name).remove({ force: true, v: true }).catch(() => undefined);
    for (const image of [names.inheritedImage, names.builtImage, names.theirImage, `${names.pulledRepo}:1`]) await docker.getImage(image).remove({ force: true }).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  function io(options: { tty?: boolean; answer?: boolean } = {}): CleanIo & { text: () => string; asked: string[] } {
    const chunks: string[] = [];
    const asked: string[] = [];
    return {
      stdout: new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) }),
      stdin: Object.assign(new PassThrough(), { isTTY: options.tty ?? false }),
      env,
      confirm: async (message) => (asked.push(message), options.answer ?? false),
      text: () => chunks.join(''),
      asked,
    };
  }

  const exists = async (kind: 'container' | 'image', name: string) => {
    const { docker } = await sharedConnection();
    const object = kind === 'container' ? docker.getContainer(name) : docker.getImage(name);
    return object.inspect().then(() => true, () => false);
  };

  it('refuses to remove anything without a terminal to ask in, unless --yes', async () => {
    const error = (await clean({}, io()).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.kind).toBe('needs-terminal');
    expect(error.hint).toContain('--yes');
    expect(await exists('container', names.ours)).toBe(true);
  });

  it('lists only what this run created with --dry-run, and removes nothing', async () => {
    const out = io();
    await clean({ dryRun: true, pulled: true }, out);
    expect(out.text()).toContain(names.ours);
    expect(out.text()).toContain(names.builtImage);
    expect(out.text()).toContain(`${names.pulledRepo}:1`);
    expect(out.text()).not.toContain(names.theirs);
    expect(out.text()).not.toContain(names.otherRun);
    expect(out.text()).not.toContain(names.theirImage);
    expect(out.text()).not.toContain(names.labelledOnly);
    expect(out.text()).not.toContain(names.inheritedImage);
    expect(out.text()).not.toContain(names.inheritedContainer);
    expect(out.text()).toContain("Left alone: 3 objects carrying docktutor's label that docktutor did not create");
    expect(await exists('container', names.ours)).toBe(true);
  });

  it('asks first, and a no removes nothing', async () => {
    const out = io({ tty: true, answer: false });
    await clean({}, out);
    expect(out.asked).toEqual(['Remove these 2 objects?']);
    expect(out.text()).toContain('Not listed: 1 image that docktutor pulled and that was not here before; add --pulled');
    expect(await exists('image', names.builtImage)).toBe(true);
  });

  it('removes the labelled container and image and the recorded pull with --yes, and nothing else', async () => {
    const out = io();
    await clean({ yes: true, pulled: true }, out);
    expect(out.text()).toContain(`Removed container ${names.ours}`);
    expect(out.text()).toContain(`Removed image ${names.builtImage}`);
    expect(out.text()).toContain('Removed 3 objects.');
    expect(await exists('container', names.ours)).toBe(false);
    expect(await exists('image', names.builtImage)).toBe(false);
    expect(await exists('image', `${names.pulledRepo}:1`)).toBe(false);
    expect(await exists('container', names.theirs)).toBe(true);
    expect(await exists('container', names.otherRun)).toBe(true);
    expect(await exists('image', names.theirImage)).toBe(true);
    expect(await exists('image', 'busybox:latest')).toBe(true);
    // What only inherited the label is the user's: their running container, its data and their image stay.
    expect(await exists('container', names.labelledOnly)).toBe(true);
    expect(await exists('image', names.inheritedImage)).toBe(true);
    const { docker } = await sharedConnection();
    const state = await docker.getContainer(names.inheritedContainer).inspect();
    expect(state.State.Running).toBe(true);
    const check = await docker.getContainer(names.inheritedContainer).exec({ Cmd: ['cat', '/data/keep'], AttachStdout: true });
    const stream = await check.start({});
    const chunks: Buffer[] = [];
    await new Promise((done) => (stream.on('data', (chunk: Buffer) => chunks.push(chunk)), stream.on('end', done)));
    expect(Buffer.concat(chunks).toString()).toContain('precious');
    const record = JSON.parse(await readFile(join(env.DOCKTUTOR_HOME!, 'pulled-images.json'), 'utf8'));
    expect(record.images).toEqual([]);
    const again = io();
    await clean({ yes: true }, again);
    expect(again.text()).toContain(`Nothing to clean for run '${run}'`);
  });
}, ['busybox', 'registry']);
