import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { MAX_KEPT_OUTPUT_BYTES } from '../../../src/docker/commands/output.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { DocktutorError } from '../../../src/errors.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { captureContext, failure, testConnection } from './context.js';

const RUN = uniqueName('run');

async function leftBehind(): Promise<string[]> {
  const { docker } = await testConnection();
  const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
  return containers.map((c) => c.Names[0] ?? c.Id);
}

describeDocker('docker run', () => {
  beforeAll(() => {
    process.env.DOCKTUTOR_RUN_LABEL = RUN;
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true })));
    delete process.env.DOCKTUTOR_RUN_LABEL;
  });

  it('streams stdout and stderr apart and propagates the exit code; --rm leaves nothing', async () => {
    const { context, stdout, stderr } = await captureContext();
    const result = await executeCommandLine(['docker', 'run', '--rm', 'busybox', 'sh', '-c', 'echo out; echo err >&2; exit 3'], context, { explain: false });
    expect(result.exitCode).toBe(3);
    expect(stdout()).toBe('out\n');
    expect(stderr()).toContain('err\n');
    expect(result.output).toContain('out\n');
    expect(result.output).toContain('err\n');
    expect(await leftBehind()).toEqual([]);
  });

  it('shows all of a flood of output but keeps only the first MAX_KEPT_OUTPUT_BYTES of it', async () => {
    const { context, stdout } = await captureContext();
    const total = MAX_KEPT_OUTPUT_BYTES + 4 * 1024 * 1024;
    const result = await executeCommandLine(['docker', 'run', '--rm', 'busybox', 'head', '-c', String(total), '/dev/zero'], context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(stdout().length).toBe(total);
    expect(result.output.length).toBe(MAX_KEPT_OUTPUT_BYTES);
  });

  it('waits for a slow terminal instead of queueing a flood of output in memory', async () => {
    const { context } = await captureContext();
    let received = 0;
    let mostQueued = 0;
    // A terminal that takes each chunk a moment later; what it holds queued is measured at every write.
    const slow = new Writable({
      highWaterMark: 64 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        setTimeout(callback, 1);
      },
    });
    const write = slow.write.bind(slow);
    slow.write = ((chunk: Buffer, ...rest: never[]) => {
      const accepted = write(chunk, ...rest);
      mostQueued = Math.max(mostQueued, slow.writableLength);
      return accepted;
    }) as typeof slow.write;
    const total = 16 * 1024 * 1024;
    const result = await executeCommandLine(['docker', 'run', '--rm', 'busybox', 'head', '-c', String(total), '/dev/zero'], { ...context, stdout: slow }, { explain: false });
    expect(result.exitCode).toBe(0);
    // All of it reached the terminal before the command returned, never more than about a megabyte queued at once.
    expect(received + slow.writableLength).toBe(total);
    expect(mostQueued).toBeLessThan(1024 * 1024);
  });

  it('passes -e and -w into the container and keeps it without --rm', async () => {
    const name = uniqueName('env');
    const { context, stdout } = await captureContext();
    const result = await executeCommandLine(`docker run --name ${name} -e GREETING=hi -w /tmp busybox sh -c 'echo $GREETING; pwd'`, context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe('hi\n/tmp\n');
    expect(await leftBehind()).toContain(`/${name}`);
    const inspect = await (await testConnection()).docker.getContainer(name).inspect();
    expect(inspect.State.Status).toBe('exited');
    expect(inspect.Config.Labels['io.docktutor.command']).toBe('run');
  });

  it('sets --memory and --cpus as the Engine API fields docker sets', async () => {
    const name = uniqueName('limits');
    const { context } = await captureContext();
    await executeCommandLine(`docker run --name ${name} -m 64m --cpus 0.5 busybox true`, context, { explain: false });
    const inspect = await (await testConnection()).docker.getContainer(name).inspect();
    expect(inspect.HostConfig.Memory).toBe(64 * 1024 * 1024);
    expect(inspect.HostConfig.NanoCpus).toBe(500_000_000);
    expect(inspect.HostConfig.AutoRemove).toBe(false);
  });

  it('-d prints the full container ID and leaves it running', async () => {
    const name = uniqueName('detached');
    const { context, stdout } = await captureContext();
    const result = await executeCommandLine(`docker run -d --name ${name} busybox sleep 60`, context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toMatch(/^[0-9a-f]{64}\n$/);
    expect(result.containerId).toBe(stdout().trim());
    const inspect = await (await testConnection()).docker.getContainer(name).inspect();
    expect(inspect.State.Running).toBe(true);
  });

  it('refuses a second container with the same --name: the daemon reason, a hint, 125', async () => {
    const name = uniqueName('twice');
    const { context } = await captureContext();
    await executeCommandLine(`docker run --name ${name} busybox true`, context, { explain: false });
    const error = await failure(`docker run --name ${name} busybox true`);
    expect(error.kind).toBe('conflict');
    expect(error.exitCode).toBe(125);
    expect(error.message).toMatch(/is already in use/);
    expect(error.message).not.toContain('\n');
    expect(error.hint).toMatch(/pick another --name/);
  });

  it.each([
    ['nope', 127, /executable file not found/],
    ['/etc', 126, /permission denied/],
  ])('a command %s that cannot start exits %d and leaves no container', async (cmd, code, message) => {
    const name = uniqueName('bad');
    const error = await failure(`docker run --name ${name} busybox ${cmd}`);
    expect(error.exitCode).toBe(code);
    expect(error.message).toMatch(message);
    expect(await leftBehind()).not.toContain(`/${name}`);
  });

  it('tries to pull a missing image and reports the registry failure in one line', async () => {
    const { context, stderr } = await captureContext();
    let caught: unknown;
    try {
      await executeCommandLine(`docker run --rm ${uniqueName('missing')}`, context, { explain: false });
    } catch (error) {
      caught = error;
    }
    expect(stderr()).toMatch(/^Unable to find image 'dt-test-missing-[0-9a-f]+:latest' locally$/m);
    expect(caught).toBeInstanceOf(DocktutorError);
    expect((caught as DocktutorError).exitCode).toBe(125);
    expect((caught as DocktutorError).message).not.toContain('\n');
  });

  it('refuses -it without a terminal, like the docker CLI, before creating anything', async () => {
    const name = uniqueName('no-tty');
    const error = await failure(`docker run -it --name ${name} busybox sh`);
    expect(error.kind).toBe('needs-terminal');
    expect(error.message).toBe('the input device is not a TTY');
    expect(await leftBehind()).not.toContain(`/${name}`);
  });

  it('feeds stdin with -i', async () => {
    const { context, stdout } = await captureContext({ stdin: 'typed in\n' });
    const result = await executeCommandLine('docker run -i --rm busybox cat', context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe('typed in\n');
  });

  it('writes the what-happened note with the requests, container IDs collapsed', async () => {
    const { context, stderr } = await captureContext();
    const result = await executeCommandLine('docker run --rm busybox true', context, { explain: true });
    expect(result.exitCode).toBe(0);
    const note = stderr();
    expect(note).toContain('POST /containers/create → 201');
    expect(note).toContain('POST /containers/{id}/start → 204');
    expect(note).toContain('DELETE /containers/{id} → 204');
    expect(note).not.toMatch(/[0-9a-f]{64}/);
    expect(result.output).not.toContain('POST /containers/create');
  });
});
