import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execute as build } from '../../src/docker/commands/build/execute.js';
import { DocktutorError } from '../../src/errors.js';
import { storeCredentials } from '../../src/docker/registry/credentials.js';
import { describeDocker, itNeeds, uniqueName, requireRegistry } from '../helpers/docker.js';
import { captureContext, parsed, sharedConnection } from './command-context.js';
import { DEPRECATION_NOTICE } from '../../src/docker/commands/build/legacy.js';

const run = promisify(execFile);

describeDocker('docker build with the legacy builder (DOCKER_BUILDKIT=0)', () => {
  const runLabel = uniqueName('build-run');
  const cliTags: string[] = [];
  let root: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-build-'));
    env = { ...process.env, DOCKTUTOR_RUN_LABEL: runLabel, DOCKER_CONFIG: join(root, 'docker-config'), DOCKER_BUILDKIT: '0' };
    process.env.DOCKTUTOR_RUN_LABEL = runLabel;
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    const ours = await docker.listImages({ filters: { label: [`io.docktutor.run=${runLabel}`] } });
    for (const image of ours) await docker.getImage(image.Id).remove({ force: true }).catch(() => undefined);
    for (const tag of cliTags) await docker.getImage(tag).remove({ force: true }).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });

  async function folder(files: Record<string, string>): Promise<string> {
    const dir = join(root, uniqueName('ctx'));
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  }

  async function buildIn(dir: string, flags: Record<string, string | boolean | string[]> = {}, context = '.') {
    const captured = await captureContext({ env, cwd: dir });
    const result = await build(parsed('build', [context], flags), captured.context);
    return { result, ...captured };
  }

  /** The docker CLI's legacy build of the same folder, for comparison. */
  async function dockerCliBuild(dir: string, args: string[] = []): Promise<string> {
    const tag = `${uniqueName('cli')}:1`;
    cliTags.push(tag);
    const { stdout } = await run('docker', ['build', '-t', tag, ...args, '.'], { cwd: dir, env: { ...env, DOCKER_BUILDKIT: '0' } });
    return stdout.replace(/\r/g, '');
  }

  it('tags the image, labels it, and reports cache hits on the second build', async () => {
    const marker = uniqueName('cache');
    const dir = await folder({ Dockerfile: `FROM busybox:latest\nRUN echo ${marker} > /marker\nRUN cat /marker\n` });
    const name = uniqueName('tagged');
    const first = await buildIn(dir, { tag: [`${name}:1`, `${name}:2`] });
    expect(first.result.exitCode).toBe(0);
    // The docker CLI 28's words, on stderr, before anything else.
    const cliTag = `${uniqueName('cli')}:1`;
    cliTags.push(cliTag);
    const cli = await run('docker', ['build', '-q', '-t', cliTag, '.'], { cwd: dir, env });
    expect(first.stderr()).toBe(cli.stderr);
    expect(first.stderr()).toBe(DEPRECATION_NOTICE);
    expect(first.result.build).toMatchObject({ builder: 'legacy', legacyWhy: 'env' });
    const lines = first.stdout().split('\n');
    expect(lines[0]).toMatch(/^Sending build context to Docker daemon +\d/);
    expect(lines).toContain('Step 1/3 : FROM busybox:latest');
    expect(lines).toContain(`Step 3/3 : RUN cat /marker`);
    expect(lines).toContain(marker);
    expect(lines).toContain(`Successfully tagged ${name}:1`);
    expect(lines).toContain(`Successfully tagged ${name}:2`);
    expect(first.stdout()).not.toContain('io.docktutor');
    expect(first.result.build!.cachedSteps).toEqual([]);
    expect(first.result.build!.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { docker } = await sharedConnection();
    const image = await docker.getImage(`${name}:1`).inspect();
    expect(image.Config.Labels).toMatchObject({ 'io.docktutor.managed': 'true', 'io.docktutor.command': 'build', 'io.docktutor.run': runLabel });

    const second = await buildIn(dir, { tag: [`${name}:1`] });
    expect(second.result.build!.cachedSteps).toEqual([2, 3]);
    expect(second.stdout().match(/ ---> Using cache/g)).toHaveLength(2);
    expect(second.result.build!.imageId).toBe(first.result.build!.imageId);

    const quiet = await buildIn(dir, { quiet: true });
    expect(quiet.stdout()).toBe(`${first.result.build!.imageId}\n`);
  });

  it('sends the same context as the docker CLI, honouring .dockerignore', async () => {
    const dir = await folder({
      Dockerfile: `FROM busybox:latest\nCOPY . /ctx\nRUN find /ctx | sort && echo ${uniqueName('find')}\n`,
      '.dockerignore': '# build junk\n*.log\n!keep.log\nnode_modules\n/out/\n**/*.bak\ndocs/**/draft*\nsecret?.txt\ncache\n!cache/keep\nDockerfile\n',
      'a.txt': 'a',
      'b.log': 'b',
      'keep.log': 'k',
      'node_modules/m/index.js': 'm'.repeat(5000),
      'out/bin': 'o',
      'src/main.c': 'int main(void) { return 0; }\n',
      'src/old.c.bak': 'x',
      'src/deep/er/x.bak': 'x',
      'docs/guide/draft1.md': 'd',
      'docs/guide/final.md': 'f'.repeat(1500),
      'secret1.txt': 's',
      'secret10.txt': 's',
      'cache/drop': 'd',
      'cache/keep': 'k',
      'a-rather-long-folder-name-to-need-the-ustar-prefix-field/and-an-equally-long-file-name-inside-it-too-ok.txt': 'long',
    });
    const ours = await buildIn(dir);
    const theirs = await dockerCliBuild(dir);
    const sending = (text: string) => /Sending build context to Docker daemon +(\S+)/.exec(text)?.[1];
    expect(sending(ours.stdout())).toBe(sending(theirs));
    const listing = (text: string) => text.split('\n').filter((line) => line.startsWith('/ctx'));
    expect(listing(ours.stdout())).toEqual(listing(theirs));
    expect(listing(ours.stdout())).toContain('/ctx/keep.log');
    expect(listing(ours.stdout())).not.toContain('/ctx/b.log');
    expect(ours.result.build!.contextBytes).toBeGreaterThan(0);
  });

  it('fails on a failing RUN with the daemon message and the command exit code, like docker, and leaves no container behind', async () => {
    const marker = uniqueName('fail');
    const dir = await folder({ Dockerfile: `FROM busybox:latest\nRUN echo ${marker} && exit 3\n` });
    const error = (await buildIn(dir).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.kind).toBe('build');
    expect(error.message).toMatch(/^The command '\/bin\/sh -c echo .* && exit 3' returned a non-zero code: 3$/);
    expect(error.exitCode).toBe(3);
    expect(error.hint).toContain('RUN');
    const { docker } = await sharedConnection();
    const containers = await docker.listContainers({ all: true });
    expect(containers.filter((c) => c.Command.includes(marker))).toEqual([]);
  });

  it('fails on an unknown instruction in one line with exit code 1', async () => {
    const dir = await folder({ Dockerfile: 'FROM busybox:latest\nBOGUS x\n' });
    const error = (await buildIn(dir).catch((e: unknown) => e)) as DocktutorError;
    expect(error.message).toBe('Error response from daemon: dockerfile parse error line 2: unknown instruction: BOGUS');
    expect(error.exitCode).toBe(1);
  });

  it('reads -f relative to the current folder, also from outside the context', async () => {
    const marker = uniqueName('file');
    const dir = await folder({ 'ctx/a.txt': 'a', 'alt/Dockerfile.alt': `FROM busybox:latest\nRUN echo ${marker}\n`, 'ctx/sub/Dockerfile': `FROM busybox:latest\nRUN echo sub-${marker}\n` });
    const outside = await buildIn(dir, { file: 'alt/Dockerfile.alt' }, 'ctx');
    expect(outside.stdout()).toContain(`RUN echo ${marker}`);
    const inside = await buildIn(dir, { file: 'ctx/sub/Dockerfile' }, 'ctx');
    expect(inside.stdout()).toContain(`sub-${marker}`);
  });

  it('passes --build-arg values and stops at --target, numbering steps like the docker CLI', async () => {
    const marker = uniqueName('arg');
    const dir = await folder({
      Dockerfile: [
        'FROM busybox:latest AS base',
        'ARG GREETING=hello',
        `RUN echo "greeting=$GREETING ${marker}"`,
        'FROM base AS final',
        'RUN echo never-here',
        '',
      ].join('\n'),
    });
    const { result, stdout } = await buildIn(dir, { 'build-arg': ['GREETING=hi'], target: 'base' });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toContain(`greeting=hi ${marker}`);
    expect(stdout()).not.toContain('never-here');
    const theirs = await dockerCliBuild(dir, ['--build-arg', 'GREETING=hi', '--target', 'base']);
    const steps = (text: string) => text.split('\n').filter((line) => line.startsWith('Step '));
    expect(steps(stdout())).toEqual(steps(theirs));
  });

  itNeeds(['registry'], 'pulls a FROM image from the test registry with --pull, using the stored login', async () => {
    const registry = requireRegistry();
    await storeCredentials({ serverAddress: registry.host, username: registry.user, secret: registry.password }, env);
    const dir = await folder({ Dockerfile: `FROM ${registry.host}/busybox:latest\nRUN echo ${uniqueName('pull')}\n` });
    const { result, stdout } = await buildIn(dir, { pull: true });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toContain(`Step 1/2 : FROM ${registry.host}/busybox:latest`);
    expect(stdout()).toMatch(/Status: (Downloaded newer image|Image is up to date) for /);
    cliTags.push(`${registry.host}/busybox:latest`);
  });

  it('refuses a missing Dockerfile before sending anything', async () => {
    const dir = await folder({ 'a.txt': 'a' });
    const error = (await buildIn(dir).catch((e: unknown) => e)) as DocktutorError;
    expect(error.kind).toBe('build');
    expect(error.message).toBe('There is no Dockerfile at ./Dockerfile.');
  });
});
