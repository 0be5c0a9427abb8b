/** `docker stop` as a module, and live: the grace period, SIGKILL and exit code 137, side by side with the docker CLI. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as stop from '../../../src/docker/commands/stop/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { setLang } from '../../../src/i18n/index.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker stop, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('stop')).toMatchObject({ spec: stop.spec, execute: stop.execute, explain: stop.explain });
  });

  it.each(['docker stop -t 5 a b', 'docker container stop --timeout=5 a b', 'docker stop a -t5 b'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'stop', flags: { timeout: '5' }, args: ['a', 'b'] });
  });

  it('needs a container and a whole number of seconds', () => {
    expect(() => parseCommandLine('docker stop')).toThrow(/'docker stop' needs at least 1 argument/);
    expect(() => parseCommandLine('docker stop -t soon a')).toThrow(/invalid value "soon" for -t\/--timeout: expected a whole number/);
  });

  it('has --help in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) {
      expect(Object.keys(stop.flagHelp(lang))).toEqual(['timeout']);
      expect(stop.flagHelp(lang).timeout).not.toBe('');
    }
    expect(formatUsage(stop)).toMatch(/^Usage: {2}docker stop \[OPTIONS\] CONTAINER \[CONTAINER\.\.\.\]\n\nStop one or more running containers\n\nAliases:\n {2}docker container stop, docker stop\n/);
    expect(formatUsage(stop)).toMatch(/ {2}-t, --timeout int +Seconds to wait before killing the container\n/);
  });

  it('explains the grace period it was given, a container that was not running, and leaves a refusal to the shared sentence', () => {
    const stopped = [{ method: 'POST', path: '/containers/web/stop', status: 204 }];
    expect(stop.explain(outcomeOf(parseCommandLine('docker stop -t 3 web'), stopped, 0))).toMatch(/waited up to 3 s .*SIGKILL.*Exited \(137\)/);
    expect(stop.explain(outcomeOf(parseCommandLine('docker stop web'), stopped, 0))).toMatch(/stop timeout \(10 s unless/);
    expect(stop.explain(outcomeOf(parseCommandLine('docker stop web'), [{ ...stopped[0]!, status: 304 }], 0))).toMatch(/304 Not Modified: the container was not running/);
    expect(stop.explain(outcomeOf(parseCommandLine('docker stop web'), [{ ...stopped[0]!, status: 404 }], 1))).toBeUndefined();
    setLang('ko');
    try {
      expect(stop.explain(outcomeOf(parseCommandLine('docker stop -t 3 web'), stopped, 0))).toMatch(/최대 3초 동안 종료를 기다렸으며/);
    } finally {
      setLang('en');
    }
  });
});

describeDocker('docker stop, live', () => {
  const RUN = uniqueName('stop');
  const env = { ...process.env, DOCKTUTOR_RUN_LABEL: RUN };

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    removeDockerCliConfig();
  });

  /** A container whose PID 1 (sh running sleep) ignores SIGTERM, as every process without a handler does as PID 1. */
  async function stubborn(): Promise<string> {
    const name = uniqueName('stubborn');
    const { context } = await captureContext();
    await executeCommandLine(`docker run -d --name ${name} busybox sleep 300`, { ...context, env }, { explain: false });
    return name;
  }

  async function stateOf(name: string): Promise<{ Running: boolean; ExitCode: number }> {
    const { docker } = await testConnection();
    return (await docker.getContainer(name).inspect()).State;
  }

  it('prints the name as given, waits the grace period, then kills: exit code 137, as the docker CLI does', async () => {
    const [ours, theirs] = [await stubborn(), await stubborn()];
    const { context, stdout, stderr } = await captureContext();
    const started = Date.now();
    const [result, cli] = await Promise.all([
      executeCommandLine(['docker', 'stop', '-t', '1', ours], context, { explain: true }),
      dockerCli(['stop', '-t', '1', theirs]),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(result.exitCode).toBe(cli.code);
    expect(stdout()).toBe(`${ours}\n`);
    expect(cli.stdout).toBe(`${theirs}\n`);
    expect(await stateOf(ours)).toMatchObject({ Running: false, ExitCode: 137 });
    expect(await stateOf(theirs)).toMatchObject({ Running: false, ExitCode: 137 });
    expect(stderr()).toContain('  POST /containers/{id}/stop → 204\n');
    expect(stderr()).toMatch(/waited up to 1 s for it to exit/);
  });

  it('lets a container that handles SIGTERM exit by itself within the grace period', async () => {
    const name = uniqueName('polite');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '-d', '--name', name, 'busybox', 'sh', '-c', "trap 'exit 0' TERM; while true; do sleep 0.1; done"], { ...context, env }, { explain: false });
    const started = Date.now();
    const result = await executeCommandLine(['docker', 'stop', '-t', '20', name], context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await stateOf(name)).toMatchObject({ Running: false, ExitCode: 0 });
  });

  it('stops the containers it can, answers 304 for a stopped one, and fails with the daemon\'s words for a missing one, like the CLI', async () => {
    const name = await stubborn();
    const missing = uniqueName('missing');
    const cli = await dockerCli(['stop', missing]);
    const error = await failure(`docker stop -t 0 ${name} ${missing}`);
    expect(error.exitCode).toBe(cli.code);
    expect(cli.code).toBe(1);
    expect(`${error.message}\n`).toBe(cli.stderr);
    const { context, stdout, stderr } = await captureContext();
    const again = await executeCommandLine(['docker', 'stop', name], context, { explain: true });
    expect(again.exitCode).toBe(0);
    expect(stdout()).toBe(`${name}\n`);
    expect(stderr()).toContain('POST /containers/{id}/stop → 304');
    expect((await dockerCli(['stop', name])).stdout).toBe(`${name}\n`);
  });
});
