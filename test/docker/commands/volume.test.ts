/** `docker volume create|ls|inspect|rm` as modules, and live against the docker CLI 28 on the same daemon. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import * as rm from '../../../src/docker/commands/volume-rm/index.js';
import { MANAGED_LABEL, RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { formatVolumeTable, naturalLess } from '../../../src/docker/format/volumes.js';
import { DocktutorError } from '../../../src/errors.js';
import { dockerCli } from '../../helpers/docker-cli.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { captureContext, testConnection } from '../live/context.js';

describe('docker volume, the modules', () => {
  it.each([
    ['docker volume create -d local --label a=b -o type=tmpfs v1', 'volume create', { driver: 'local', label: ['a=b'], opt: ['type=tmpfs'] }, ['v1']],
    ['docker volume ls -q --filter dangling=true', 'volume ls', { quiet: true, filter: ['dangling=true'] }, []],
    ['docker volume list -q', 'volume ls', { quiet: true }, []],
    ['docker volume inspect -f {{.Name}} a b', 'volume inspect', { format: '{{.Name}}' }, ['a', 'b']],
    ['docker volume rm -f a b', 'volume rm', { force: true }, ['a', 'b']],
    ['docker volume remove a', 'volume rm', {}, ['a']],
  ])('reads %s', (line, name, flags, args) => {
    expect(parseCommandLine(line)).toMatchObject({ name, flags, args });
  });

  it('refuses a subcommand it does not run, naming the ones it does', () => {
    expect(() => parseCommandLine('docker volume')).toThrow(/after 'docker volume' it supports: create, ls, list, inspect, rm, remove/);
    // A real docker command docktutor does not run points to the docker CLI; a made-up one is unknown, as docker says.
    expect(() => parseCommandLine('docker volume prune')).toThrow(/'docker volume prune' is a docker command docktutor does not run: run it with the docker CLI/);
    expect(() => parseCommandLine('docker volume frob')).toThrow(/^unknown command: docker volume frob$/);
  });

  it('shows the spellings of each command in --help, its own first', async () => {
    expect(formatUsage(await loadCommand('volume ls'))).toMatch(/^Usage: {2}docker volume ls \[OPTIONS\]\n\nList volumes\n\nAliases:\n {2}docker volume ls, docker volume list\n/);
    expect(formatUsage(await loadCommand('volume rm'))).toContain('  docker volume rm, docker volume remove\n');
    expect(formatUsage(await loadCommand('volume create'))).not.toContain('Aliases');
  });

  it('sorts names as the docker CLI does: numbers by value', () => {
    expect(naturalLess('v2', 'v10')).toBe(true);
    expect(naturalLess('v10', 'v2')).toBe(false);
    expect(naturalLess('a', 'a1')).toBe(true);
    expect(naturalLess('v01', 'v1')).toBe(false);
    expect(formatVolumeTable([{ Name: 'v10', Driver: 'local' }, { Name: 'v2', Driver: 'local' }, { Name: 'data', Driver: 'local' }], { quiet: false })).toBe(
      'DRIVER    VOLUME NAME\nlocal     data\nlocal     v2\nlocal     v10\n',
    );
  });

  it('explains a removal, a volume in use, and a missing one', () => {
    const command = parseCommandLine('docker volume rm a b');
    const sent = (status: number) => ({ method: 'DELETE', path: '/volumes/a', status });
    expect(rm.explain(outcomeOf(command, [sent(204)], 0))).toMatch(/^The daemon deleted the volume and the data in it/);
    expect(rm.explain(outcomeOf(command, [sent(204), sent(409)], 1))).toMatch(/deleted the volume.*The daemon refused: a container still uses the volume/);
    expect(rm.explain(outcomeOf(command, [sent(404)], 1))).toBe('The daemon has no volume by that name.');
  });
});

describeDocker('docker volume, live, beside the docker CLI', () => {
  const run = uniqueName('volume-run');
  const named = uniqueName('vol');
  const container = uniqueName('vol-user');
  const byRun = ['--filter', `label=${RUN_LABEL}=${run}`];

  beforeAll(() => {
    process.env.DOCKTUTOR_RUN_LABEL = run;
  });

  afterAll(async () => {
    delete process.env.DOCKTUTOR_RUN_LABEL;
    const { docker } = await testConnection();
    await docker.getContainer(container).remove({ force: true }).catch(() => undefined);
    const { Volumes } = await docker.listVolumes({ filters: { label: [`${RUN_LABEL}=${run}`] } });
    for (const volume of Volumes ?? []) await docker.getVolume(volume.Name).remove().catch(() => undefined);
  });

  async function docktutor(line: string[]): Promise<{ stdout: string; code: number; message: string }> {
    const { context, stdout } = await captureContext();
    try {
      const result = await executeCommandLine(['docker', ...line], context, { explain: false });
      return { stdout: stdout(), code: result.exitCode, message: '' };
    } catch (error) {
      if (!(error instanceof DocktutorError)) throw error;
      return { stdout: stdout(), code: error.exitCode, message: error.message };
    }
  }

  it('create prints the name and labels the volume as docktutor’s, beside the labels asked for', async () => {
    expect(await docktutor(['volume', 'create', '--label', 'team=web', named])).toEqual({ stdout: `${named}\n`, code: 0, message: '' });
    const unnamed = await docktutor(['volume', 'create']);
    expect(unnamed.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const labels = (await (await testConnection()).docker.getVolume(named).inspect()).Labels;
    expect(labels).toMatchObject({ team: 'web', [MANAGED_LABEL]: 'true', [RUN_LABEL]: run, 'io.docktutor.command': 'volume create' });
  });

  it('ls prints the table and -q the names the docker CLI prints', async () => {
    for (const flags of [[], ['-q']]) {
      const cli = await dockerCli(['volume', 'ls', ...flags, ...byRun]);
      expect(cli.stdout.split('\n').length).toBeGreaterThan(2);
      expect(await docktutor(['volume', 'ls', ...flags, ...byRun])).toEqual({ stdout: cli.stdout, code: 0, message: '' });
    }
  });

  it.each([[[]], [['-f', '{{.Name}} {{.Driver}} {{index .Labels "team"}} {{.Labels}}']], [['-f', 'json']]])('inspect %j prints what the docker CLI prints', async (flags) => {
    const cli = await dockerCli(['volume', 'inspect', ...flags, named]);
    expect(cli.code).toBe(0);
    expect(await docktutor(['volume', 'inspect', ...flags, named])).toEqual({ stdout: cli.stdout, code: 0, message: '' });
  });

  it('inspect of a missing volume: the daemon message after the others, exit code 1', async () => {
    const missing = uniqueName('no-vol');
    const cli = await dockerCli(['volume', 'inspect', named, missing]);
    expect(cli.code).toBe(1);
    expect(await docktutor(['volume', 'inspect', named, missing])).toEqual({ stdout: cli.stdout, code: 1, message: cli.stderr.trim() });
  });

  it("rm of a volume in use: the daemon's 409 message and exit code 1, as the docker CLI; once the container is gone it goes", async () => {
    await docktutor(['run', '-d', '--name', container, '-v', `${named}:/data`, 'busybox', 'sleep', '300']);
    const cli = await dockerCli(['volume', 'rm', named]);
    expect(cli.code).toBe(1);
    const ours = await docktutor(['volume', 'rm', named]);
    expect(ours).toEqual({ stdout: '', code: 1, message: cli.stderr.trim() });
    expect(ours.message).toMatch(new RegExp(`^Error response from daemon: remove ${named}: volume is in use - \\[[0-9a-f]{64}\\]$`));
    await (await testConnection()).docker.getContainer(container).remove({ force: true });
    expect(await docktutor(['volume', 'rm', named])).toEqual({ stdout: `${named}\n`, code: 0, message: '' });
  });

  it('rm names each volume removed and reports a missing one after them', async () => {
    const missing = uniqueName('no-vol');
    const cli = await dockerCli(['volume', 'rm', missing]);
    const ours = await docktutor(['volume', 'rm', missing]);
    expect(ours).toEqual({ stdout: '', code: 1, message: cli.stderr.trim() });
  });

  it('shows the request and what it did in the note', async () => {
    const { context, stderr } = await captureContext();
    await executeCommandLine(['docker', 'volume', 'ls', '-q', ...byRun], context, { explain: true });
    expect(stderr()).toMatch(/^What happened \(Engine API requests\):\n {2}GET \/volumes → 200\n {2}The daemon listed its volumes;/);
  });
});
