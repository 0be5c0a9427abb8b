/** One learn session talks to the daemon over one connection: try steps, their checks and typed quiz commands share it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadTools } from '../../src/cli/learn/tools.js';
import { connect } from '../../src/docker/engine/connect.js';
import { createDaemon } from '../../src/docker/engine/daemon.js';
import { RUN_LABEL } from '../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { contextFor, makeLesson, memoryIo } from './learn-fixtures.js';

describeDocker('the daemon connection of a learn session', () => {
  const home = mkdtempSync(join(tmpdir(), 'dt-one-connection-'));
  const run = uniqueName('one-connection');
  const env = { ...process.env, DOCKTUTOR_HOME: home, DOCKTUTOR_RUN_LABEL: run };

  afterAll(async () => {
    const { docker } = await connect();
    const left = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${run}`] } });
    await Promise.all(left.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    rmSync(home, { recursive: true, force: true });
  });

  it('is opened once, on the first live command, and shared by the try step, its check and typed commands', async () => {
    let opened = 0;
    const daemon = createDaemon({ env }, async (options) => {
      opened += 1;
      return connect(options);
    });
    const { io, out } = memoryIo();
    const live = contextFor([], { io, env, daemon });
    const tools = await loadTools();
    expect(opened).toBe(0);
    const run = await tools.startTryStep(makeLesson('alpha', 1), 1, live);
    // Making the step ready asks nothing of the daemon.
    expect(opened).toBe(0);
    const outcome = await run('docker run --rm busybox:latest echo hello');
    await tools.executeCommandLine('docker ps -a', live);
    await (await tools.startTryStep(makeLesson('alpha', 1), 1, live))('docker run --rm busybox:latest echo hello');
    expect(outcome.passed).toBe(true);
    expect(out()).toMatch(/^hello$/m);
    expect(opened).toBe(1);
  });
});
