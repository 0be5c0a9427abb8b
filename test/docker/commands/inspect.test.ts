/** `docker inspect` as a module, and live against the docker CLI 28 on the same daemon. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as inspect from '../../../src/docker/commands/inspect/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { DocktutorError } from '../../../src/errors.js';
import { dockerCli } from '../../helpers/docker-cli.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { captureContext, testConnection } from '../live/context.js';

describe('docker inspect, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('inspect')).toMatchObject({ spec: inspect.spec, execute: inspect.execute, explain: inspect.explain });
  });

  it('reads -f, -s and --type, and needs a name', () => {
    expect(parseCommandLine(['docker', 'inspect', '-s', '-f', '{{.Id}}', '--type', 'container', 'a', 'b'])).toMatchObject({
      name: 'inspect',
      flags: { size: true, format: '{{.Id}}', type: 'container' },
      args: ['a', 'b'],
    });
    expect(() => parseCommandLine('docker inspect')).toThrow(/needs at least 1 argument/);
  });

  it('describes its flags in --help', () => {
    const usage = formatUsage(inspect);
    expect(usage).toMatch(/^Usage: {2}docker inspect \[OPTIONS\] NAME\|ID \[NAME\|ID\.\.\.\]\n\nReturn low-level information on Docker objects\n/);
    expect(usage).toMatch(/ {2}-f, --format string +Format output using a custom template/);
    expect(usage).toMatch(/ {6}--type string +Only inspect objects of the given type/);
  });

  it('explains what was found, the search without --type, and a miss', () => {
    const command = parseCommandLine('docker inspect -f {{.Name}} x');
    const searched = [
      { method: 'GET', path: '/containers/x/json', status: 404 },
      { method: 'GET', path: '/images/x/json', status: 404 },
      { method: 'GET', path: '/networks/x', status: 404 },
      { method: 'GET', path: '/volumes/x', status: 200 },
    ];
    expect(inspect.explain(outcomeOf(command, searched, 0))).toMatch(/^The daemon described the volume as JSON; the client filled in the -f template .*Without --type the client asks for a container first/);
    const missed = searched.map((request) => ({ ...request, status: 404 }));
    expect(inspect.explain(outcomeOf(command, missed, 1))).toBe('The daemon knew no container, image, network or volume by that name.');
    const direct = parseCommandLine('docker inspect --type image x');
    expect(inspect.explain(outcomeOf(direct, [{ method: 'GET', path: '/images/x/json', status: 200 }], 0))).toBe(
      'The daemon described the image as JSON, and the client printed that JSON as it came, indented.',
    );
  });
});

describeDocker('docker inspect, live, beside the docker CLI', () => {
  const container = uniqueName('inspect');
  const volume = uniqueName('inspect-vol');

  beforeAll(async () => {
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '-d', '--name', container, '-e', 'FOO=bar', '-v', `${volume}:/data`, 'busybox', 'sleep', '300'], context, { explain: false });
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    await docker.getContainer(container).remove({ force: true }).catch(() => undefined);
    await docker.getVolume(volume).remove().catch(() => undefined);
  });

  async function docktutor(args: string[]): Promise<{ stdout: string; code: number; message: string }> {
    const { context, stdout } = await captureContext();
    try {
      const result = await executeCommandLine(['docker', ...args], context, { explain: false });
      return { stdout: stdout(), code: result.exitCode, message: '' };
    } catch (error) {
      if (!(error instanceof DocktutorError)) throw error;
      return { stdout: stdout(), code: error.exitCode, message: error.message };
    }
  }

  it.each([
    ['{{.State.Status}}'],
    ['{{json .Config}}'],
    ['{{json .Config.Env}}'],
    ['{{index .Config.Labels "io.docktutor.managed"}}'],
    ['{{index .Config.Labels "not-there"}}'],
    ['{{.Config.Labels.nothere}}'],
    ['{{range .Mounts}}{{.Source}}{{end}}'],
    ['{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}};{{end}}'],
    ['{{range .Config.Env}}{{.}},{{end}}'],
    ['{{if .State.Running}}up{{else}}down{{end}}'],
    ['{{.Config.Cmd}} {{.HostConfig.Binds}} {{.Config.Entrypoint}} {{.State.Pid}} {{.Config.Tty}}'],
    ['{{index .Config.Cmd 1}}'],
    ['json'],
  ])('-f %s prints what the docker CLI prints', async (format) => {
    const cli = await dockerCli(['inspect', '-f', format, container]);
    const ours = await docktutor(['inspect', '-f', format, container]);
    expect(cli.code).toBe(0);
    expect(ours).toEqual({ stdout: cli.stdout, code: 0, message: '' });
  });

  it.each([[[]], [['--type', 'container']]])('prints the same indented JSON array for a container, an image and a volume (%j)', async (extra) => {
    const names = extra.length > 0 ? [container] : [container, 'busybox', volume];
    const cli = await dockerCli(['inspect', ...extra, ...names]);
    const ours = await docktutor(['inspect', ...extra, ...names]);
    expect(cli.code).toBe(0);
    expect(ours.stdout).toBe(cli.stdout);
    expect(ours.stdout.startsWith('[\n    {\n        "Id": ')).toBe(true);
  });

  it('reports a missing object after the others, as the docker CLI does, with exit code 1', async () => {
    const missing = uniqueName('missing');
    const cli = await dockerCli(['inspect', '-f', '{{.Name}}', container, missing]);
    const ours = await docktutor(['inspect', '-f', '{{.Name}}', container, missing]);
    expect(cli.code).toBe(1);
    expect(ours).toEqual({ stdout: cli.stdout, code: 1, message: `Error: No such object: ${missing}` });
    expect(cli.stderr.trim()).toBe(ours.message);
    const none = await dockerCli(['inspect', missing]);
    expect(await docktutor(['inspect', missing])).toEqual({ stdout: none.stdout, code: 1, message: `Error: No such object: ${missing}` });
  });

  it('words a template failure on an object as the docker CLI does', async () => {
    for (const format of ['{{.Nope}}', '{{.State.Health.Status}}', '{{index .Config.Env 9}}']) {
      const cli = await dockerCli(['inspect', '-f', format, container]);
      const ours = await docktutor(['inspect', '-f', format, container]);
      expect(cli.code).toBe(1);
      expect(ours.code).toBe(1);
      expect(cli.stderr.trim()).toBe(ours.message);
    }
  });

  it("refuses a template Go cannot parse with the docker CLI's message and exit code 64, before asking the daemon", async () => {
    const cli = await dockerCli(['inspect', '-f', '{{.State.Status', container]);
    const ours = await docktutor(['inspect', '-f', '{{.State.Status', container]);
    expect(cli.code).toBe(64);
    expect(ours).toEqual({ stdout: '', code: 64, message: cli.stderr.trim() });
  });

  it('names a construct it does not evaluate, in one line with exit code 1', async () => {
    const cli = await dockerCli(['inspect', '-f', '{{printf "%s" .Name}}', container]);
    expect(cli.code).toBe(0);
    const ours = await docktutor(['inspect', '-f', '{{printf "%s" .Name}}', container]);
    expect(ours).toEqual({
      stdout: '',
      code: 1,
      message: `docktutor's inspect -f understands .Field, json, index, range and if; for '{{printf "%s" .Name}}' use the docker CLI`,
    });
    const whole = await docktutor(['inspect', '-f', '{{.State}}', container]);
    expect(whole.code).toBe(1);
    expect(whole.message).toContain("for '.State' write '{{json .State}}'");
  });

  it('--type narrows the search and reports the daemon refusal', async () => {
    const cli = await dockerCli(['inspect', '--type', 'volume', '-f', '{{.Name}}', volume]);
    expect(await docktutor(['inspect', '--type', 'volume', '-f', '{{.Name}}', volume])).toEqual({ stdout: cli.stdout, code: 0, message: '' });
    const wrong = await docktutor(['inspect', '--type', 'image', container]);
    const cliWrong = await dockerCli(['inspect', '--type', 'image', container]);
    expect(wrong).toEqual({ stdout: cliWrong.stdout, code: 1, message: cliWrong.stderr.trim() });
    const bad = await docktutor(['inspect', '--type', 'bogus', container]);
    const cliBad = await dockerCli(['inspect', '--type', 'bogus', container]);
    expect(bad).toEqual({ stdout: '', code: cliBad.code, message: cliBad.stderr.trim() });
  });

  it('shows the lookups in the note: a container asked for first, then an image', async () => {
    const { context, stderr } = await captureContext();
    await executeCommandLine(['docker', 'inspect', '-f', '{{.Id}}', 'busybox'], context, { explain: true });
    expect(stderr().split('\n')).toEqual([
      'What happened (Engine API requests):',
      '  GET /containers/{id}/json → 404',
      '  GET /images/busybox/json → 200',
      expect.stringMatching(/^ {2}The daemon described the image as JSON; the client filled in the -f template .*Without --type/),
      '',
    ]);
  });
});
