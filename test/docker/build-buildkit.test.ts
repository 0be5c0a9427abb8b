import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execute as build } from '../../src/docker/commands/build/execute.js';
import { DocktutorError } from '../../src/errors.js';
import { storeCredentials } from '../../src/docker/registry/credentials.js';
import { describeDocker, itNeeds, uniqueName, requireRegistry } from '../helpers/docker.js';
import { captureContext, parsed, sharedConnection } from './command-context.js';

describeDocker('docker build with BuildKit', () => {
  const runLabel = uniqueName('bk-run');
  let root: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-buildkit-'));
    env = { ...process.env, DOCKTUTOR_RUN_LABEL: runLabel, DOCKER_CONFIG: join(root, 'docker-config') };
    delete env.DOCKER_BUILDKIT;
    delete env.BUILDKIT_PROGRESS;
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    const ours = await docker.listImages({ filters: { label: [`io.docktutor.run=${runLabel}`] } });
    for (const image of ours) await docker.getImage(image.Id).remove({ force: true }).catch(() => undefined);
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

  /** The lines of one vertex `#N` in plain output, found by its name. */
  function vertexLines(text: string, name: string): string[] {
    const lines = text.split('\n');
    const header = lines.find((line) => new RegExp(`^#\\d+ ${name.replace(/[[\]/.*+?^$()|]/g, '\\$&')}$`).test(line));
    if (!header) return [];
    const index = header.slice(0, header.indexOf(' '));
    return lines.filter((line) => line.startsWith(`${index} `));
  }

  it('prints the plain progress of a first build and CACHED for unchanged steps on a rebuild, as docker 28 does', async () => {
    const marker = uniqueName('bk');
    const dir = await folder({ 'Dockerfile': `FROM busybox:latest\nRUN echo ${marker}\nCOPY a.txt /a.txt\nRUN cat /a.txt\n`, 'a.txt': `${marker}-file\n` });
    const name = uniqueName('dt-hello');
    const first = await buildIn(dir, { tag: [name] });
    expect(first.result.exitCode).toBe(0);
    // BuildKit progress goes to stderr, as the docker CLI writes it; stdout stays empty.
    expect(first.stdout()).toBe('');
    const text = first.stderr();
    expect(text.startsWith('#0 building with "default" instance using docker driver\n\n#1 ')).toBe(true);
    const run = vertexLines(text, `[2/4] RUN echo ${marker}`);
    expect(run[1]).toMatch(new RegExp(`^#\\d+ \\d\\.\\d{3} ${marker}$`));
    expect(run.at(-1)).toMatch(/^#\d+ DONE \d+\.\ds$/);
    const exporting = vertexLines(text, 'exporting to image');
    // A status that took more than 10 ms shows its time before "done".
    expect(exporting).toContainEqual(expect.stringMatching(new RegExp(`^#\\d+ naming to docker\\.io/library/${name}:latest( \\d+\\.\\ds)? done$`)));
    expect(exporting).toContainEqual(expect.stringMatching(/^#\d+ writing image sha256:[0-9a-f]{64}( \d+\.\ds)? done$/));
    expect(first.result.output).toBe(text);
    expect(first.result.build).toMatchObject({ builder: 'buildkit', cachedSteps: [], ranSteps: [2, 3, 4], noNetwork: true, contextFiles: 2 });
    expect(first.result.build!.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const { docker } = await sharedConnection();
    const image = await docker.getImage(`${name}:latest`).inspect();
    expect(`sha256:${image.Id.replace(/^sha256:/, '')}`).toBe(first.result.build!.imageId);
    expect(image.Config.Labels).toMatchObject({ 'io.docktutor.managed': 'true', 'io.docktutor.command': 'build', 'io.docktutor.run': runLabel });

    const second = await buildIn(dir, { tag: [name] });
    expect(vertexLines(second.stderr(), `[2/4] RUN echo ${marker}`).slice(1)).toEqual([expect.stringMatching(/^#\d+ CACHED$/)]);
    expect(vertexLines(second.stderr(), '[4/4] RUN cat /a.txt').slice(1)).toEqual([expect.stringMatching(/^#\d+ CACHED$/)]);
    expect(second.result.build).toMatchObject({ cachedSteps: [2, 3, 4], ranSteps: [], imageId: first.result.build!.imageId });

    await writeFile(join(dir, 'a.txt'), 'changed\n');
    const third = await buildIn(dir, { tag: [name] });
    expect(third.result.build).toMatchObject({ cachedSteps: [2], ranSteps: [3, 4] });
    expect(vertexLines(third.stderr(), '[4/4] RUN cat /a.txt')).toContainEqual(expect.stringMatching(/^#\d+ \d\.\d{3} changed$/));

    const quiet = await buildIn(dir, { quiet: true, tag: [name] });
    expect(quiet.stdout()).toBe(`${third.result.build!.imageId}\n`);
    expect(quiet.stderr()).toBe('');
  });

  it('shows a failing RUN with its output and exits 1, as docker 28 does for a failed BuildKit build', async () => {
    const marker = uniqueName('fail');
    const dir = await folder({ Dockerfile: `FROM busybox:latest\nRUN echo ${marker} && exit 3\n` });
    const { result, stderr } = await buildIn(dir);
    expect(result.exitCode).toBe(1);
    const lines = stderr().split('\n');
    const step = vertexLines(stderr(), `[2/2] RUN echo ${marker} && exit 3`);
    expect(step[1]).toMatch(new RegExp(`^#\\d+ \\d\\.\\d{3} ${marker}$`));
    expect(step.at(-1)).toMatch(/^#\d+ ERROR: .*exit code: 3$/);
    const block = lines.indexOf('------');
    expect(lines.slice(block, block + 4)).toEqual(['------', ` > [2/2] RUN echo ${marker} && exit 3:`, expect.stringMatching(new RegExp(`^\\d\\.\\d{3} ${marker}$`)), '------']);
    expect(lines.slice(block + 4, block + 9)).toEqual(['Dockerfile:2', '--------------------', '   1 |     FROM busybox:latest', `   2 | >>> RUN echo ${marker} && exit 3`, '   3 |     ']);
    expect(lines.at(-2)).toMatch(/^ERROR: failed to solve: .*exit code: 3$/);
    expect(result.build).toMatchObject({ builder: 'buildkit', failedStep: { name: `[2/2] RUN echo ${marker} && exit 3`, code: 3 } });
    expect(result.build!.imageId).toBeUndefined();
  });

  it('sends the context .dockerignore leaves, reads -f from the current folder, passes --build-arg and stops at --target', async () => {
    const marker = uniqueName('ctx');
    const dir = await folder({
      'ctx/Dockerfile': `FROM busybox:latest\nCOPY . /ctx\nRUN find /ctx | sort && echo ${marker}\n`,
      'ctx/.dockerignore': '*.log\n!keep.log\nnode_modules\n',
      'ctx/a.txt': 'a',
      'ctx/b.log': 'b',
      'ctx/keep.log': 'k',
      'ctx/node_modules/m.js': 'm',
      'alt/Dockerfile.alt': [
        'FROM busybox:latest AS base',
        'ARG GREETING=hello',
        `RUN echo "greeting=$GREETING ${marker}"`,
        'FROM base AS final',
        'RUN echo never-here',
        '',
      ].join('\n'),
    });
    const listed = await buildIn(join(dir, 'ctx'));
    const found = vertexLines(listed.stderr(), `[3/3] RUN find /ctx | sort && echo ${marker}`).map((line) => line.split(' ').slice(2).join(' '));
    expect(found).toContain('/ctx/keep.log');
    expect(found).toContain('/ctx/a.txt');
    expect(found).not.toContain('/ctx/b.log');
    expect(found).not.toContain('/ctx/node_modules');
    expect(listed.result.build!.contextFiles).toBe(4);

    const staged = await buildIn(dir, { 'file': 'alt/Dockerfile.alt', 'build-arg': ['GREETING=hi'], 'target': 'base' }, 'ctx');
    expect(staged.result.exitCode).toBe(0);
    expect(staged.stderr()).toMatch(new RegExp(`^#\\d+ \\d\\.\\d{3} greeting=hi ${marker}$`, 'm'));
    expect(staged.stderr()).not.toContain('never-here');
  });

  itNeeds(['registry'], 'pulls a FROM image from the test registry with --pull, the daemon asking for the stored login through the session', async () => {
    const registry = requireRegistry();
    await storeCredentials({ serverAddress: registry.host, username: registry.user, secret: registry.password }, env);
    const dir = await folder({ Dockerfile: `FROM ${registry.host}/busybox:latest\nRUN echo ${uniqueName('pull')}\n` });
    const { result, stderr } = await buildIn(dir, { pull: true });
    expect(result.exitCode, stderr()).toBe(0);
    expect(vertexLines(stderr(), `[internal] load metadata for ${registry.host}/busybox:latest`).at(-1)).toMatch(/^#\d+ DONE \d+\.\ds$/);
  });

  it('draws the live view on a terminal and keeps the plain lines for lesson checks', async () => {
    const marker = uniqueName('tty');
    const dir = await folder({ Dockerfile: `FROM busybox:latest\nRUN echo ${marker}\n` });
    const captured = await captureContext({ env, cwd: dir });
    const screen: string[] = [];
    const stderr = Object.assign(new Writable({ write: (chunk, _enc, done) => (screen.push(String(chunk)), done()) }), { isTTY: true, columns: 100, rows: 30 });
    const result = await build(parsed('build', ['.'], { progress: 'tty' }), { ...captured.context, stderr });
    expect(result.exitCode).toBe(0);
    const drawn = screen.join('');
    expect(drawn).toMatch(/\[\+\] Building \d+\.\ds \(\d+\/\d+\) FINISHED +docker:default\n/);
    expect(drawn).toMatch(new RegExp(` => \\[2/2\\] RUN echo ${marker} +\\d+\\.\\ds`));
    expect(result.output).toMatch(new RegExp(`^#\\d+ \\[2/2\\] RUN echo ${marker}$`, 'm'));
    expect(result.output).not.toContain('[+] Building');
  });

  it('refuses --progress=tty without a terminal before sending anything', async () => {
    const dir = await folder({ Dockerfile: 'FROM busybox:latest\n' });
    const error = (await buildIn(dir, { progress: 'tty' }).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.kind).toBe('usage');
    expect(error.message).toContain('--progress=tty');
  });
});
