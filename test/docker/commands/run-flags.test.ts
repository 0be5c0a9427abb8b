/**
 * `docker run` storage, environment, port and security flags: -v, --mount, --env-file, -p/-P,
 * --read-only, --cap-add/--cap-drop and --user. Pure readings first, then on the daemon beside the
 * docker CLI 28: the same container configuration, the same refusals, and the behaviour in the container.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { buildCreateBody, effectiveCapabilities, parseMount } from '../../../src/docker/commands/run/config.js';
import { parseEnvFile } from '../../../src/docker/commands/run/env-file.js';
import { leadsOutside } from '../../../src/docker/commands/run/host-paths.js';
import * as run from '../../../src/docker/commands/run/index.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { DocktutorError } from '../../../src/errors.js';
import { dockerCli } from '../../helpers/docker-cli.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { captureContext, testConnection } from '../live/context.js';

const failure = (action: () => unknown): DocktutorError => {
  try {
    action();
  } catch (error) {
    if (error instanceof DocktutorError) return error;
    throw error;
  }
  throw new Error('expected a DocktutorError');
};

describe('docker run flags, read as the docker CLI reads them', () => {
  it('reads the new flags', () => {
    expect(parseCommandLine('docker run -P --read-only -u 1000:1000 --cap-drop ALL --cap-add chown --env-file a.env --mount type=tmpfs,dst=/t busybox')).toMatchObject({
      flags: { 'publish-all': true, 'read-only': true, user: '1000:1000', 'cap-drop': ['ALL'], 'cap-add': ['chown'], 'env-file': ['a.env'], mount: ['type=tmpfs,dst=/t'] },
    });
  });

  it.each([
    ['type=bind,source=./notes,target=/notes,readonly', { Type: 'bind', Source: '/practice/notes', Target: '/notes', ReadOnly: true }],
    ['type=bind,src=..,dst=/up,ro=false', { Type: 'bind', Source: '/', Target: '/up', ReadOnly: false }],
    ['src=data,dst=/data,volume-label=team=web,volume-nocopy', { Type: 'volume', Source: 'data', Target: '/data', VolumeOptions: { Labels: { team: 'web' }, NoCopy: true } }],
    ['type=volume,"src=a,b",target=/x', { Type: 'volume', Source: 'a,b', Target: '/x' }],
    ['Type=TMPFS,destination=/t,tmpfs-size=1m,tmpfs-mode=1770', { Type: 'tmpfs', Target: '/t', TmpfsOptions: { SizeBytes: 1048576, Mode: 0o1770 } }],
  ])('--mount %s', (spec, mount) => {
    expect(parseMount(spec, '/practice')).toEqual(mount);
  });

  it.each([
    ['type=bind', 'target is required'],
    ['type=bind,target=/n,foo=bar', "unexpected key 'foo' in 'foo=bar'"],
    ['novalue', "invalid field 'novalue' must be a key=value pair"],
    ['type=bind,src=.,dst=/n,ro=maybe', 'invalid value for ro: maybe'],
    ['type=tmpfs,dst=/n,volume-label=a=b', "cannot mix 'volume-*' options with mount type 'tmpfs'"],
  ])('--mount %s is refused as the docker CLI refuses it', (spec, reason) => {
    const error = failure(() => parseMount(spec, '/practice'));
    expect(error.message).toBe(`invalid argument "${spec}" for "--mount" flag: ${reason}`);
    expect(error.exitCode).toBe(125);
  });

  it('reads an env file: BOM, comments, indentation, values kept as written, bare keys from the client', () => {
    const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# comment\n  A="quoted"\r\nB=  spaced  \nHOME\nNOT_SET_ANYWHERE\n\n   # indented\nC=x=y\n')]);
    expect(parseEnvFile(file, { HOME: '/home/me' })).toEqual(['A="quoted"', 'B=  spaced  ', 'HOME=/home/me', 'C=x=y']);
    expect(() => parseEnvFile(Buffer.from('BAD KEY=1\n'), {})).toThrow("variable 'BAD KEY' contains whitespaces");
    expect(() => parseEnvFile(Buffer.from('=x\n'), {})).toThrow("no variable name on line '=x'");
    expect(() => parseEnvFile(Buffer.from([0x41, 0x3d, 0xff, 0x0a]), {})).toThrow('invalid utf8 bytes at line 1: [65 61 255]');
  });

  it('normalizes capabilities as the docker CLI does', () => {
    expect(effectiveCapabilities(['net_admin'], ['chown', 'CAP_KILL'])).toEqual({ add: ['CAP_NET_ADMIN'], drop: ['CAP_CHOWN', 'CAP_KILL'] });
    expect(effectiveCapabilities([], ['all', 'chown'])).toEqual({ add: [], drop: ['ALL'] });
    expect(effectiveCapabilities(['chown'], ['chown', 'kill'])).toEqual({ add: ['CAP_CHOWN'], drop: ['CAP_KILL'] });
  });

  it('builds the create body: env files before -e, mounts, read-only root, user, capabilities, publish-all', () => {
    const command = parseCommandLine('docker run -e Z=1 --read-only -u 1000 --cap-drop chown -P -v data:/d -v ./notes:/n:ro -v /anon --mount type=tmpfs,dst=/t busybox');
    const body = buildCreateBody(command, { labels: {}, env: {}, cwd: '/practice', envFiles: ['A=1'] });
    expect(body).toMatchObject({
      Env: ['A=1', 'Z=1'],
      User: '1000',
      Volumes: { '/anon': {} },
      HostConfig: { Binds: ['data:/d', '/practice/notes:/n:ro'], Mounts: [{ Type: 'tmpfs', Target: '/t' }], ReadonlyRootfs: true, CapDrop: ['CAP_CHOWN'], PublishAllPorts: true },
    });
  });

  it('explains the volumes docktutor created before the container', () => {
    const command = parseCommandLine('docker run -v data:/d busybox true');
    const requests = [
      { method: 'GET', path: '/volumes/data', status: 404 },
      { method: 'POST', path: '/volumes/create', status: 201 },
      { method: 'POST', path: '/containers/create', status: 201 },
      { method: 'POST', path: '/containers/abc/start', status: 204 },
    ];
    expect(run.explain(outcomeOf(command, requests, 0))).toMatch(/^docktutor created the volume data first, with its labels, so that 'docktutor clean' can find it .* The daemon created a container/);
  });
});

describe('a host path and the practice folder', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-paths-'));
    await mkdir(join(root, 'practice', 'notes'), { recursive: true });
    await symlink('/etc', join(root, 'practice', 'notes', 'escape'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each([['./notes'], ['notes/new/deeper'], ['.']])('%s stays inside', (path) => {
    expect(leadsOutside(join(root, 'practice'), path)).toBeUndefined();
  });

  it.each([['..', (r: string) => r], ['/etc', () => '/etc'], ['notes/escape', () => '/etc'], ['notes/escape/passwd', () => '/etc/passwd']])('%s leads outside', (path, where) => {
    expect(leadsOutside(join(root, 'practice'), path)).toBe(where(root));
  });
});

describeDocker('docker run flags, live, beside the docker CLI', () => {
  let dir: string;
  const volume = uniqueName('run-vol');
  const containers: string[] = [];
  const FIELDS = '{{json .HostConfig.Binds}} {{json .HostConfig.Mounts}} {{json .Config.Env}} {{.HostConfig.ReadonlyRootfs}} {{json .HostConfig.CapAdd}} {{json .HostConfig.CapDrop}} {{.Config.User}}';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dt-run-flags-'));
    await mkdir(join(dir, 'notes'));
    await writeFile(join(dir, 'notes', 'a.txt'), 'from the host\n');
    await writeFile(join(dir, 'app.env'), '# settings\nGREETING=hello\n  EMPTY=\nQUOTED="kept"\n');
    await writeFile(join(dir, 'bad.env'), 'BAD KEY=1\n');
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    for (const name of containers) await docker.getContainer(name).remove({ force: true }).catch(() => undefined);
    await docker.getVolume(volume).remove().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  async function docktutor(words: string[], lesson?: string): Promise<{ stdout: string; stderr: string; code: number; message: string }> {
    const { context, stdout, stderr } = await captureContext();
    const inFolder = { ...context, cwd: dir, ...(lesson === undefined ? {} : { lesson }) };
    try {
      const result = await executeCommandLine(['docker', ...words], inFolder, { explain: false });
      return { stdout: stdout(), stderr: stderr(), code: result.exitCode, message: '' };
    } catch (error) {
      if (!(error instanceof DocktutorError)) throw error;
      return { stdout: stdout(), stderr: stderr(), code: error.exitCode, message: error.message };
    }
  }

  it('creates the container the docker CLI creates from the same flags', async () => {
    const [ours, theirs] = [uniqueName('flags-ours'), uniqueName('flags-cli')];
    containers.push(ours, theirs);
    const flags = (name: string) => [
      'run', '-d', '--name', name, '-v', `${volume}:/data`, '-v', `${join(dir, 'notes')}:/notes:ro`,
      '--mount', `type=bind,source=${join(dir, 'notes')},target=/m,readonly`, '--mount', 'type=tmpfs,target=/t,tmpfs-size=1m',
      '--env-file', join(dir, 'app.env'), '-e', 'Z=1', '--read-only', '--cap-drop', 'chown', '--cap-add', 'net_admin', '-u', '1000:1000',
      'busybox', 'sleep', '60',
    ];
    expect((await docktutor(flags(ours))).code).toBe(0);
    expect((await dockerCli(flags(theirs))).code).toBe(0);
    const [a, b] = await Promise.all([dockerCli(['inspect', '-f', FIELDS, ours]), dockerCli(['inspect', '-f', FIELDS, theirs])]);
    // The docker CLI gathers -v binds in a Go map, so their order differs from run to run: compare them as a set.
    const sortedBinds = (text: string) => text.replace(/^\[[^\]]*\]/, (binds) => JSON.stringify((JSON.parse(binds) as string[]).sort()));
    expect(sortedBinds(a.stdout)).toBe(sortedBinds(b.stdout));
    expect(a.stdout).toContain('"GREETING=hello","EMPTY=","QUOTED=\\"kept\\"","Z=1"');
  });

  it('-v NAME creates the volume with docktutor’s labels first, and data written there is read by the next container', async () => {
    const write = await docktutor(['run', '--rm', '-v', `${volume}:/data`, 'busybox', 'sh', '-c', 'echo kept > /data/f']);
    expect(write.code).toBe(0);
    const { Labels } = await (await testConnection()).docker.getVolume(volume).inspect();
    expect(Labels).toMatchObject({ 'io.docktutor.managed': 'true', 'io.docktutor.command': 'run' });
    expect(await docktutor(['run', '--rm', '-v', `${volume}:/data:ro`, 'busybox', 'cat', '/data/f'])).toMatchObject({ stdout: 'kept\n', code: 0 });
  });

  it('a relative bind mount is the practice folder’s; :ro and --read-only refuse writes; --user and --cap-drop hold', async () => {
    expect(await docktutor(['run', '--rm', '-v', './notes:/n:ro', 'busybox', 'cat', '/n/a.txt'])).toMatchObject({ stdout: 'from the host\n', code: 0 });
    expect(await docktutor(['run', '--rm', '--mount', 'type=bind,source=./notes,target=/n,readonly', 'busybox', 'touch', '/n/x'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Read-only file system') });
    expect(await docktutor(['run', '--rm', '--read-only', 'busybox', 'touch', '/x'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Read-only file system') });
    expect(await docktutor(['run', '--rm', '-u', '1000:1000', 'busybox', 'id'])).toMatchObject({ stdout: 'uid=1000 gid=1000 groups=1000\n', code: 0 });
    expect(await docktutor(['run', '--rm', '--cap-drop', 'CHOWN', 'busybox', 'chown', '1', '/tmp'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Operation not permitted') });
  });

  it('an env file that cannot be read is refused as the docker CLI refuses it, exit code 125', async () => {
    for (const file of ['missing.env', 'bad.env']) {
      const cli = await dockerCli(['run', '--rm', '--env-file', join(dir, file), 'busybox', 'true']);
      const ours = await docktutor(['run', '--rm', '--env-file', join(dir, file), 'busybox', 'true']);
      expect(cli.code).toBe(125);
      expect(ours.code).toBe(125);
      expect(cli.stderr).toContain(`docker: ${ours.message}\n`);
    }
  });

  it('-p and -P: one clear line where the daemon has no bridge network, and nothing created', async () => {
    const hasBridge = await (await testConnection()).docker.getNetwork('bridge').inspect().then(() => true, () => false);
    const name = uniqueName('ports');
    containers.push(name);
    for (const flag of [['-p', '8080:80'], ['-P']]) {
      const ours = await docktutor(['run', '-d', '--name', name, ...flag, 'busybox', 'sleep', '5']);
      if (hasBridge) {
        expect(ours.code).toBe(0);
        await (await testConnection()).docker.getContainer(name).remove({ force: true });
      } else {
        expect(ours).toMatchObject({ code: 125, message: expect.stringMatching(/^this daemon has no bridge network, so ports cannot be published: .*on Docker Desktop or a normal Docker Engine it works$/) });
        expect(await (await testConnection()).docker.getContainer(name).inspect().then(() => true, () => false)).toBe(false);
      }
    }
  });

  it('in a lesson step, a bind source or env file outside the practice folder is refused (exit 125); inside is fine', async () => {
    await symlink('/etc', join(dir, 'notes', 'escape'));
    for (const words of [
      ['-v', '..:/up'],
      ['-v', '/etc:/x'],
      ['-v', './notes/escape:/x'],
      ['--mount', 'type=bind,source=/etc,target=/x'],
      ['--env-file', '../outside.env'],
    ]) {
      const refused = await docktutor(['run', '--rm', ...words, 'busybox', 'true'], 'a-lesson');
      expect(refused.code).toBe(125);
      expect(refused.message).toMatch(/^a lesson step only (mounts what is|reads files) inside its practice folder; /);
    }
    expect(await docktutor(['run', '--rm', '-v', './notes:/n', '--env-file', 'app.env', 'busybox', 'cat', '/n/a.txt'], 'a-lesson')).toMatchObject({ code: 0, stdout: 'from the host\n' });
    // Outside a lesson, `docktutor try` mounts what the learner names, as the docker CLI does.
    expect(await docktutor(['run', '--rm', '-v', '/etc:/x:ro', 'busybox', 'true'])).toMatchObject({ code: 0 });
  });
});
