/** `docker logs` as a module, and live: stdout and stderr split, -t, --tail, --since and --until exactly as the docker CLI prints them, and -f. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as logs from '../../../src/docker/commands/logs/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker logs, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('logs')).toMatchObject({ spec: logs.spec, execute: logs.execute, explain: logs.explain });
  });

  it.each(['docker logs -ft -n 5 --since 10m web', 'docker container logs --follow --timestamps --tail=5 --since=10m web'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'logs', flags: { follow: true, timestamps: true, tail: '5', since: '10m' }, args: ['web'] });
  });

  it('has --help in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) expect(Object.keys(logs.flagHelp(lang)).sort()).toEqual(['follow', 'since', 'tail', 'timestamps', 'until']);
    // Wide enough that no option line wraps: docker itself never wraps its help.
    expect(formatUsage(logs)).toMatch(/^Usage: {2}docker logs \[OPTIONS\] CONTAINER\n\nFetch the logs of a container\n\nAliases:\n {2}docker container logs, docker logs\n/);
    expect(formatUsage(logs, 200)).toMatch(/ {2}-n, --tail string +Number of lines to show from the end of the logs \(default "all"\)\n/);
  });

  it('explains what was read, limited and followed, and leaves a refusal to the shared sentence', () => {
    const requests = [
      { method: 'GET', path: '/containers/web/json', status: 200 },
      { method: 'GET', path: '/containers/abc/logs', status: 200 },
    ];
    expect(logs.explain(outcomeOf(parseCommandLine('docker logs web'), requests, 0))).not.toMatch(/--tail|-f/);
    expect(logs.explain(outcomeOf(parseCommandLine('docker logs -f --tail 3 web'), requests, 0))).toMatch(/only the part --tail.*with -f the answer stayed open/);
    expect(logs.explain(outcomeOf(parseCommandLine('docker logs web'), [{ ...requests[0]!, status: 404 }], 1))).toBeUndefined();
  });
});

describeDocker('docker logs, live', () => {
  const RUN = uniqueName('logs');
  const env = { ...process.env, DOCKTUTOR_RUN_LABEL: RUN };
  const plain = uniqueName('plain');
  const tty = uniqueName('tty');
  /** The RFC 3339 times the daemon gave plain's lines, in order. */
  let stamps: string[] = [];

  beforeAll(async () => {
    const { context } = await captureContext();
    const script = 'echo out1; echo err1 >&2; sleep 1.2; echo out2; echo err2 >&2; sleep 1.2; printf "no newline"';
    await executeCommandLine(['docker', 'run', '--name', plain, 'busybox', 'sh', '-c', script], { ...context, env }, { explain: false });
    const { docker } = await testConnection();
    const container = await docker.createContainer({ name: tty, Image: 'busybox', Tty: true, Cmd: ['sh', '-c', 'echo with a tty; echo err >&2'], Labels: { [RUN_LABEL]: RUN } });
    await container.start();
    await container.wait();
    const { stdout } = await dockerCli(['logs', '-t', plain]);
    stamps = stdout.split('\n').map((line) => line.split(' ')[0]!);
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    removeDockerCliConfig();
  });

  const cases: (() => string[])[] = [
    () => ['logs', plain],
    () => ['logs', '-t', plain],
    () => ['logs', '--tail', '2', plain],
    () => ['logs', '-n', '0', plain],
    () => ['logs', '--since', '1h', plain],
    () => ['logs', '--since', stamps[2]!, plain],
    () => ['logs', '--until', stamps[2]!, plain],
    () => ['logs', '--since', stamps[2]!.slice(0, 19), '-t', plain],
    () => ['logs', '--since', String(Math.floor(Date.parse(stamps[2]!) / 1000)), plain],
    () => ['logs', '--since', '2099-01-01', plain],
    () => ['logs', tty],
  ];

  it.each(cases.map((args, index) => [index, args] as const))('case %i: docktutor prints what the CLI prints, on the same streams', async (_index, args) => {
    const words = args();
    const { context, stdout, stderr } = await captureContext();
    const [result, cli] = await Promise.all([executeCommandLine(['docker', ...words], context, { explain: false }), dockerCli(words)]);
    expect(result.exitCode).toBe(cli.code);
    expect(stdout()).toBe(cli.stdout);
    expect(stderr()).toBe(cli.stderr);
  });

  it('splits stdout from stderr for a container without a TTY, and keeps a last line without its newline', async () => {
    const { context, stdout, stderr } = await captureContext();
    await executeCommandLine(['docker', 'logs', plain], context, { explain: true });
    expect(stdout()).toBe('out1\nout2\nno newline');
    expect(stderr()).toMatch(/^err1\nerr2\n\nWhat happened \(Engine API requests\):\n {2}GET \/containers\/\{id\}\/json → 200\n {2}GET \/containers\/\{id\}\/logs → 200\n/);
  });

  it.each([
    [['--since', 'garbage']],
    [['--until', '2013-13-01']],
    [['--since', '2013-01-02T25:00Z']],
  ])('refuses %j with the CLI\'s words and exit code', async (flags) => {
    const words = ['logs', ...flags, plain];
    const cli = await dockerCli(words);
    const error = await failure(['docker', ...words].join(' '));
    expect(error.exitCode).toBe(cli.code);
    expect(`${error.message}\n`).toBe(cli.stderr);
  });

  it('refuses a missing container in the daemon\'s words, as the CLI does', async () => {
    const words = ['logs', uniqueName('missing')];
    const cli = await dockerCli(words);
    const error = await failure(['docker', ...words].join(' '));
    expect(error.exitCode).toBe(cli.code);
    expect(`${error.message}\n`).toBe(cli.stderr);
  });

  it('follows a running container until it exits (-f)', async () => {
    const name = uniqueName('follow');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '-d', '--name', name, 'busybox', 'sh', '-c', 'echo a; sleep 1; echo b'], { ...context, env }, { explain: false });
    const followed = await captureContext();
    const result = await executeCommandLine(['docker', 'logs', '-f', name], followed.context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(followed.stdout()).toBe('a\nb\n');
  });

  it('ends only the following at Ctrl-C: exit code 130 and the container still running', async () => {
    const name = uniqueName('endless');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '-d', '--name', name, 'busybox', 'sh', '-c', 'echo first; sleep 300'], { ...context, env }, { explain: false });
    const followed = await captureContext();
    const running = executeCommandLine(['docker', 'logs', '-f', name], followed.context, { explain: false });
    for (let waited = 0; !followed.stdout().includes('first') && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(followed.stdout()).toBe('first\n');
    process.emit('SIGINT');
    expect((await running).exitCode).toBe(130);
    const { docker } = await testConnection();
    expect((await docker.getContainer(name).inspect()).State.Running).toBe(true);
  });
});
