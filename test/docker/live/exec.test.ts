import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { DocktutorError } from '../../../src/errors.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { captureContext, failure, testConnection } from './context.js';

const RUN = uniqueName('exec');
const RUNNING = uniqueName('exec-running');
const STOPPED = uniqueName('exec-stopped');

describeDocker('docker exec', () => {
  beforeAll(async () => {
    process.env.DOCKTUTOR_RUN_LABEL = RUN;
    const { context } = await captureContext();
    await executeCommandLine(`docker run -d --name ${RUNNING} busybox sleep 120`, context, { explain: false });
    await executeCommandLine(`docker run --name ${STOPPED} busybox true`, context, { explain: false });
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true })));
    delete process.env.DOCKTUTOR_RUN_LABEL;
  });

  it('keeps stdout and stderr apart and returns the process exit code', async () => {
    const { context, stdout, stderr } = await captureContext();
    const result = await executeCommandLine(['docker', 'exec', RUNNING, 'sh', '-c', 'echo out; echo err >&2; exit 4'], context, { explain: false });
    expect(result.exitCode).toBe(4);
    expect(stdout()).toBe('out\n');
    expect(stderr()).toBe('err\n');
  });

  it('waits for the exit code of a process that closed its output and lingers, rather than reporting 0', async () => {
    const { context, stdout } = await captureContext();
    const started = Date.now();
    const result = await executeCommandLine(['docker', 'exec', RUNNING, 'sh', '-c', 'echo bye; exec >&- 2>&-; sleep 2; exit 7'], context, { explain: false });
    expect(stdout()).toBe('bye\n');
    expect(result.exitCode).toBe(7);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  });

  it('passes -e, -w and -u', async () => {
    const { context, stdout } = await captureContext();
    const result = await executeCommandLine(`docker exec -e X=42 -w /tmp -u 1234 ${RUNNING} sh -c 'echo $X; pwd; id -u'`, context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe('42\n/tmp\n1234\n');
  });

  it('feeds stdin with -i', async () => {
    const { context, stdout } = await captureContext({ stdin: 'piped\n' });
    const result = await executeCommandLine(`docker exec -i ${RUNNING} cat`, context, { explain: false });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe('piped\n');
  });

  it('reports a missing program with the runtime message, 126 like docker, and run\'s hint', async () => {
    const { context, stdout, stderr } = await captureContext();
    const error = (await executeCommandLine(`docker exec ${RUNNING} nope`, context).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.exitCode).toBe(126);
    expect(error.message).toBe(`'nope' could not be started inside ${RUNNING}: no such program there, or it is not executable (exit code 126).`);
    expect(error.hint).toMatch(/must be a program inside the image/);
    expect(stdout()).toMatch(/executable file not found/);
    expect(stderr()).toContain(`'nope' is not a program it could start there`);
    expect(stderr()).not.toMatch(/exited with code/);
  });

  it('explains a container that is not running, in one line with a hint', async () => {
    const error = await failure(`docker exec ${STOPPED} ls`);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/is not running/);
    expect(error.message).not.toContain('\n');
    expect(error.hint).toContain(STOPPED);
  });

  it('explains a container that does not exist', async () => {
    const missing = uniqueName('nobody');
    const error = await failure(`docker exec ${missing} ls`);
    expect(error.kind).toBe('not-found');
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe(`Error response from daemon: No such container: ${missing}`);
    expect(error.hint).toMatch(/docker ps -a/);
  });

  it('names the exec requests in the note', async () => {
    const { context, stderr } = await captureContext();
    await executeCommandLine(`docker exec ${RUNNING} true`, context, { explain: true });
    expect(stderr()).toContain('POST /containers/{id}/exec → 201');
    expect(stderr()).toContain('POST /exec/{id}/start → 200');
    expect(stderr()).toContain('GET /exec/{id}/json → 200');
  });
});
