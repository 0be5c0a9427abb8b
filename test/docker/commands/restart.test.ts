/** `docker restart` as a module, and live: the same container started again, printed as the docker CLI prints it. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as restart from '../../../src/docker/commands/restart/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker restart, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('restart')).toMatchObject({ spec: restart.spec, execute: restart.execute, explain: restart.explain });
  });

  it.each(['docker restart -t 0 web', 'docker container restart --timeout 0 web'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'restart', flags: { timeout: '0' }, args: ['web'] });
  });

  it('has --help in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) expect(Object.keys(restart.flagHelp(lang))).toEqual(['timeout']);
    expect(formatUsage(restart)).toMatch(/^Usage: {2}docker restart \[OPTIONS\] CONTAINER \[CONTAINER\.\.\.\]\n\nRestart one or more containers\n/);
  });

  it('explains a restart with its grace period, and leaves a refusal to the shared sentence', () => {
    const request = { method: 'POST', path: '/containers/web/restart', status: 204 };
    expect(restart.explain(outcomeOf(parseCommandLine('docker restart -t 2 web'), [request], 0))).toMatch(/up to 2 s, then SIGKILL.*same ID/);
    expect(restart.explain(outcomeOf(parseCommandLine('docker restart web'), [{ ...request, status: 404 }], 1))).toBeUndefined();
  });
});

describeDocker('docker restart, live', () => {
  const RUN = uniqueName('restart');
  const env = { ...process.env, DOCKTUTOR_RUN_LABEL: RUN };

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    removeDockerCliConfig();
  });

  async function running(): Promise<string> {
    const name = uniqueName('up');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '-d', '--name', name, 'busybox', 'sleep', '300'], { ...context, env }, { explain: false });
    return name;
  }

  it('stops and starts the same container: same ID, a new start time, running, and the name printed as the CLI prints it', async () => {
    const [ours, theirs] = [await running(), await running()];
    const { docker } = await testConnection();
    const before = await docker.getContainer(ours).inspect();
    const { context, stdout, stderr } = await captureContext();
    const [result, cli] = await Promise.all([
      executeCommandLine(['docker', 'restart', '-t', '0', ours], context, { explain: true }),
      dockerCli(['restart', '-t', '0', theirs]),
    ]);
    expect(result.exitCode).toBe(cli.code);
    expect(stdout()).toBe(`${ours}\n`);
    expect(cli.stdout).toBe(`${theirs}\n`);
    const after = await docker.getContainer(ours).inspect();
    expect(after.Id).toBe(before.Id);
    expect(after.State.Running).toBe(true);
    expect(after.State.StartedAt).not.toBe(before.State.StartedAt);
    expect(stderr()).toContain('POST /containers/{id}/restart → 204');
  });

  it('fails with the daemon\'s own words for a missing container, exit code 1 like the CLI', async () => {
    const missing = uniqueName('missing');
    const cli = await dockerCli(['restart', missing]);
    const error = await failure(`docker restart ${missing}`);
    expect(error.exitCode).toBe(cli.code);
    expect(`${error.message}\n`).toBe(cli.stderr);
  });
});
