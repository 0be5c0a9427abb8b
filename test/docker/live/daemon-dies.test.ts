/**
 * The daemon dies while a command waits on it. This needs a daemon the test may kill, so it starts a
 * second sandbox of its own (scripts/docker-sandbox.sh, as CI's): it runs only where the sandbox does.
 * A container's exit code must never be invented: `run` ends as the docker CLI does (125, "error
 * waiting for container"), and `exec` says the daemon went away instead of reporting a code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from '../../helpers/cli.js';

const inSandbox = process.env.DOCKTUTOR_SANDBOX !== undefined;
if (!inSandbox) process.stderr.write('!!! daemon-dies tests SKIPPED: they start a sandbox daemon of their own to kill; run them with bash scripts/docker-sandbox.sh npm test\n');

describe.skipIf(!inSandbox)('when the daemon dies mid-command', () => {
  let state: string;
  let env: NodeJS.ProcessEnv;
  let docker: Docker;
  let home: string;

  beforeAll(() => {
    const exports = execFileSync('bash', ['scripts/docker-sandbox.sh', 'start'], { env: { ...process.env, DOCKTUTOR_SANDBOX_NO_INSTALL: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const vars = Object.fromEntries([...exports.matchAll(/^export (\w+)=(?:'([^']*)'|(\S*))$/gm)].map((match) => [match[1]!, match[2] ?? match[3] ?? '']));
    state = vars.DOCKTUTOR_SANDBOX!;
    home = mkdtempSync(join(tmpdir(), 'dt-dies-'));
    env = cleanEnv({ DOCKER_HOST: vars.DOCKER_HOST!, DOCKTUTOR_HOME: home, DOCKER_CONFIG: join(home, 'docker') });
    docker = new Docker({ socketPath: vars.DOCKER_HOST!.replace('unix://', '') });
  }, 120_000);

  afterAll(() => {
    if (state) execFileSync('bash', ['scripts/docker-sandbox.sh', 'stop', state], { stdio: 'ignore' });
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('run exits 125 with "error waiting for container", and exec says the daemon went away', async () => {
    await runCli(['try', 'docker', 'run', '-d', '--name', 'dt-host', 'busybox', 'sleep', '300'], { env });
    const running = runCli(['try', 'docker', 'run', '--name', 'dt-waiting', 'busybox', 'sleep', '120'], { env, timeoutMs: 90_000 });
    const execing = runCli(['try', 'docker', 'exec', 'dt-host', 'sleep', '120'], { env, timeoutMs: 90_000 });
    // Both are waiting on the daemon once dt-waiting runs and dt-host has an exec process.
    for (let tries = 0; tries < 100; tries += 1) {
      const waiting = await docker.getContainer('dt-waiting').inspect().catch(() => undefined);
      const host = await docker.getContainer('dt-host').inspect().catch(() => undefined);
      if (waiting?.State.Running && (host?.ExecIDs?.length ?? 0) > 0) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    process.kill(Number(readFileSync(join(state, 'dockerd.pid'), 'utf8').trim()), 'SIGKILL');
    const [run, exec] = await Promise.all([running, execing]);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(125);
    expect(run.stderr).toContain('docktutor: error waiting for container:');
    expect(run.stderr).not.toMatch(/unexpected error|please report/i);
    expect(exec.code).toBe(1);
    expect(exec.stderr).toContain('the Docker daemon went away while the command ran in the container');
    expect(exec.stderr).not.toContain('kept running');
    expect(exec.stderr).toContain('there is no exit code to report');
    expect(run.stderr).toContain('there is no exit code to report');
  }, 120_000);
});
