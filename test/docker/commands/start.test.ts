/** `docker start` as a module, and live: a stopped container runs again with its files, and a missing one is reported as the docker CLI does. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as start from '../../../src/docker/commands/start/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { DocktutorError } from '../../../src/errors.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, testConnection } from '../live/context.js';

describe('docker start, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('start')).toMatchObject({ spec: start.spec, execute: start.execute, explain: start.explain });
  });

  it.each(['docker start a b', 'docker container start a b'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'start', flags: {}, args: ['a', 'b'] });
  });

  it('has --help in both languages and takes no flag but --help', () => {
    expect(start.flagHelp('en')).toEqual({});
    expect(start.flagHelp('ko')).toEqual({});
    expect(start.spec.summary.ko).not.toBe('');
    expect(formatUsage(start)).toMatch(/^Usage: {2}docker start \[OPTIONS\] CONTAINER \[CONTAINER\.\.\.\]\n\nStart one or more stopped containers\n/);
    expect(() => parseCommandLine('docker start -a web')).toThrow(/unknown or unsupported flag '-a'/);
  });

  it('explains a start, a container already running, and leaves a refusal to the shared sentence', () => {
    const command = parseCommandLine('docker start web');
    const request = { method: 'POST', path: '/containers/web/start', status: 204 };
    expect(start.explain(outcomeOf(command, [request], 0))).toMatch(/writable layer/);
    expect(start.explain(outcomeOf(command, [{ ...request, status: 304 }], 0))).toMatch(/already running/);
    expect(start.explain(outcomeOf(command, [{ ...request, status: 404 }], 1))).toBeUndefined();
  });
});

describeDocker('docker start, live', () => {
  const RUN = uniqueName('start');
  const env = { ...process.env, DOCKTUTOR_RUN_LABEL: RUN };

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    removeDockerCliConfig();
  });

  it('runs an exited container again, keeping what it wrote: its log grows by one line', async () => {
    const name = uniqueName('again');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '--name', name, 'busybox', 'sh', '-c', 'echo run >> /count; wc -l < /count'], { ...context, env }, { explain: false });
    const run = await captureContext();
    const result = await executeCommandLine(['docker', 'start', name], run.context, { explain: true });
    expect(result.exitCode).toBe(0);
    expect(run.stdout()).toBe(`${name}\n`);
    expect(run.stderr()).toContain('POST /containers/{id}/start → 204');
    const { docker } = await testConnection();
    await docker.getContainer(name).wait();
    const logs = await captureContext();
    await executeCommandLine(['docker', 'logs', name], logs.context, { explain: false });
    expect(logs.stdout()).toBe('1\n2\n');
  });

  it('starts what it can and reports the rest on stderr, then fails naming them, as the docker CLI does', async () => {
    const name = uniqueName('waiting');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '-d', '--name', name, 'busybox', 'sleep', '300'], { ...context, env }, { explain: false });
    const missing = uniqueName('missing');
    const cli = await dockerCli(['start', missing]);
    const ours = await captureContext();
    const error = await executeCommandLine(['docker', 'start', name, missing], ours.context, { explain: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).exitCode).toBe(cli.code);
    // The CLI prints the daemon's line, then "Error: <what failed>"; docktutor prints the first and fails with the second.
    expect(`${ours.stderr()}Error: ${(error as DocktutorError).message}\n`).toBe(cli.stderr);
    // Already running: the daemon answers 304 and the name is printed, by docker and by docktutor.
    expect(ours.stdout()).toBe(`${name}\n`);
    expect((await dockerCli(['start', name])).stdout).toBe(`${name}\n`);
  });
});
