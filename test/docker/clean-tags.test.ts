/**
 * `docktutor clean` and the names docktutor gives with `docker tag`: a name it wrote on an image it did
 * not build is untagged (the image stays); a name the image already had, a name moved to another image
 * since, another run's name and a name that is all its image has left are not touched; a name on
 * docktutor's own image goes with that image.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clean, type CleanOptions } from '../../src/cli/commands/clean.js';
import { executeCommandLine } from '../../src/docker/commands/execute.js';
import { contextFor } from '../cli/learn-fixtures.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { captureContext, sharedConnection } from './command-context.js';

describeDocker('docktutor clean: the names docktutor gave with docker tag', () => {
  const run = uniqueName('clean-tag-run');
  const repo = uniqueName('tagged');
  const names = {
    given: `${repo}:given`,
    users: `${repo}:users`,
    moved: `${repo}:moved`,
    otherRun: `${repo}:other-run`,
    last: `${repo}:last`,
    lastSource: `${repo}-source:1`,
    mover: `${repo}-mover:1`,
    built: `${repo}-built:1`,
    builtAlias: `${repo}-built:2`,
  };
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let lastId: string;

  /** An image of the test's own, not docktutor's: a committed busybox container. */
  async function commitImage(reference: string): Promise<string> {
    const { docker } = await sharedConnection();
    const container = await docker.createContainer({ Image: 'busybox:latest', Cmd: ['true'] });
    const [name, tag] = reference.split(':') as [string, string];
    await container.commit({ repo: name, tag });
    await container.remove();
    return (await docker.getImage(reference).inspect()).Id;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dt-clean-tag-'));
    env = { ...process.env, DOCKTUTOR_RUN_LABEL: run, DOCKTUTOR_HOME: join(dir, 'home') };
    const docktutor = async (line: string[], runEnv = env) => executeCommandLine(['docker', ...line], (await captureContext({ env: runEnv, cwd: dir })).context, { explain: false });
    const { docker } = await sharedConnection();
    await docktutor(['tag', 'busybox:latest', names.given]);
    // The user's own name first; docktutor writing the same name again adds nothing of its own.
    await docker.getImage('busybox:latest').tag({ repo, tag: 'users' });
    await docktutor(['tag', 'busybox:latest', names.users]);
    // docktutor's name, then moved by the user to an image of theirs.
    await docktutor(['tag', 'busybox:latest', names.moved]);
    await commitImage(names.mover);
    await docker.getImage(names.mover).tag({ repo, tag: 'moved' });
    await docktutor(['tag', 'busybox:latest', names.otherRun], { ...env, DOCKTUTOR_RUN_LABEL: `${run}-other` });
    // docktutor's name on an image of the user's, whose own name the user then removes.
    lastId = await commitImage(names.lastSource);
    await docktutor(['tag', names.lastSource, names.last]);
    await docker.getImage(names.lastSource).remove();
    // docktutor's own image, with a second name docktutor gave it.
    await writeFile(join(dir, 'Dockerfile'), `FROM busybox:latest\nRUN echo ${run} > /built\n`);
    await docktutor(['build', '-t', names.built, '.']);
    await docktutor(['tag', names.built, names.builtAlias]);
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    for (const name of Object.values(names)) await docker.getImage(name).remove({ force: true }).catch(() => undefined);
    await docker.getImage(lastId).remove({ force: true }).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  function io() {
    const chunks: string[] = [];
    const stdout = new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    const context = contextFor([], { io: { stdin, stdout, stderr: stdout }, env });
    return { clean: (given: CleanOptions) => clean(context, { ...given, confirm: async () => false }), text: () => chunks.join('') };
  }

  const idOf = async (name: string) => (await sharedConnection()).docker.getImage(name).inspect().then((image) => image.Id, () => undefined);

  it('records the names docktutor wrote, with their image, and only those', async () => {
    const record = JSON.parse(await readFile(join(env.DOCKTUTOR_HOME!, 'created.json'), 'utf8')) as { objects: { kind: string; id: string; image?: string; run?: string }[] };
    const tags = record.objects.filter((entry) => entry.kind === 'tag' && entry.run === run).map((entry) => [entry.id, entry.image]);
    const busybox = await idOf('busybox:latest');
    expect(tags).toEqual([
      [names.given, busybox],
      [names.moved, busybox],
      [names.last, lastId],
      [names.builtAlias, await idOf(names.built)],
    ]);
  });

  it('lists the name to untag in a section of its own, and says why the last name of an image stays', async () => {
    const out = io();
    await out.clean({ dryRun: true });
    const text = out.text();
    expect(text).toContain(`  Names docktutor gave to other images (the images stay):\n    ${names.given}  `);
    for (const name of [names.users, names.moved, names.otherRun, names.builtAlias]) expect(text).not.toContain(`    ${name}  `);
    expect(text).toMatch(new RegExp(`Images:\\n    ${names.built}, ${names.builtAlias}  |Images:\\n    ${names.builtAlias}, ${names.built}  `));
    expect(text).toContain(`Left alone: ${names.last}, a name docktutor gave to an image it did not create, and now that image's only name`);
    expect(await idOf(names.given)).toBeDefined();
  });

  it('untags that name with --yes and leaves every other name and image in place', async () => {
    const busybox = await idOf('busybox:latest');
    const out = io();
    await out.clean({ yes: true });
    expect(out.text()).toContain(`Untagged ${names.given}`);
    expect(out.text()).toContain(`Removed image ${names.built}`);
    expect(await idOf(names.given)).toBeUndefined();
    expect(await idOf('busybox:latest')).toBe(busybox);
    expect(await idOf(names.users)).toBe(busybox);
    expect(await idOf(names.otherRun)).toBe(busybox);
    expect(await idOf(names.moved)).toBe(await idOf(names.mover));
    expect(await idOf(names.last)).toBe(lastId);
    expect(await idOf(names.built)).toBeUndefined();
    expect(await idOf(names.builtAlias)).toBeUndefined();
    // The moved name no longer names what docktutor gave it to: forgotten, so no later clean looks at it.
    const record = JSON.parse(await readFile(join(env.DOCKTUTOR_HOME!, 'created.json'), 'utf8')) as { objects: { kind: string; id: string }[] };
    const tags = record.objects.filter((entry) => entry.kind === 'tag').map((entry) => entry.id);
    expect(tags).not.toContain(names.moved);
    expect(tags).not.toContain(names.given);
    expect(tags).toContain(names.last);
  });
});
