/**
 * The daemon dies (SIGKILL) while a command waits on it, at each point a run can be at: just created,
 * just started, streaming output, silently waiting, attached with -i and with -it (a real terminal, from
 * script(1)), and exec with and without -i. A container's exit code must never be invented: `run` ends
 * as the docker CLI does (125, "error waiting for container: unexpected EOF" once it waits), and `exec`
 * says the daemon went away. Each point starts its own sandbox daemon, since killing it is the test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, type CliResult } from '../../helpers/cli.js';
import { startOwnSandbox, type OwnSandbox } from './own-sandbox.js';

const inSandbox = process.env.DOCKTUTOR_SANDBOX !== undefined;
if (!inSandbox) process.stderr.write('!!! daemon-dies tests SKIPPED: they start sandbox daemons of their own to kill; run them with bash scripts/docker-sandbox.sh npx vitest run test/docker/live/daemon-dies.test.ts\n');

interface Running {
  output: () => string;
  done: Promise<CliResult>;
}

/** docktutor with its output readable while it runs; stdin stays open (as a terminal's would) until it ends. */
function start(args: string[], env: NodeJS.ProcessEnv, options: { terminal?: boolean } = {}): Running {
  const quoted = [process.execPath, BIN, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
  // script(1) gives -it the terminal it requires, and exits with docktutor's own exit code (-e).
  const child = options.terminal ? spawn('script', ['-qec', quoted, '/dev/null'], { env }) : spawn(process.execPath, [BIN, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, stdout, stderr });
    }),
  );
  return { output: () => stdout, done };
}

async function waitUntil(what: string, check: () => Promise<boolean> | boolean, intervalMs = 50): Promise<void> {
  for (let tries = 0; tries < 30_000 / intervalMs; tries += 1) {
    if (await check()) return;
    await sleep(intervalMs);
  }
  throw new Error(`timed out waiting until ${what}`);
}

/** What every run cut off by the daemon's death must end with: 125 and one docktutor line, never a crash report. */
function expectRunFailed(result: CliResult, label: string): string {
  const text = `${result.stdout}\n${result.stderr}`;
  expect(result.code, `${label}:\n${text}`).toBe(125);
  expect(text.match(/^docktutor: /gm) ?? [], `${label}:\n${text}`).toHaveLength(1);
  expect(text, label).not.toMatch(/unexpected error|please report/i);
  return text;
}

describe.skipIf(!inSandbox)('when the daemon is killed mid-command', () => {
  let sandbox: OwnSandbox | undefined;
  let home: string | undefined;

  async function setUp(): Promise<{ sandbox: OwnSandbox; env: NodeJS.ProcessEnv }> {
    sandbox = await startOwnSandbox();
    home = mkdtempSync(join(tmpdir(), 'dt-dies-'));
    return { sandbox, env: cleanEnv({ DOCKER_HOST: sandbox.dockerHost, DOCKTUTOR_HOME: home, DOCKER_CONFIG: join(home, 'docker') }) };
  }

  afterEach(async () => {
    await sandbox?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
    sandbox = undefined;
    home = undefined;
  }, 60_000);

  it('run exits 125 when the daemon dies just after creating the container', async () => {
    const { sandbox, env } = await setUp();
    const run = start(['try', 'docker', 'run', '--name', 'dt-new', 'busybox', 'sleep', '120'], env);
    await waitUntil('dt-new exists', () => sandbox.docker.getContainer('dt-new').inspect().then(() => true, () => false), 5);
    sandbox.killDaemon();
    expectRunFailed(await run.done, 'killed after create');
  }, 120_000);

  it('run exits 125 when the daemon dies as the container starts', async () => {
    const { sandbox, env } = await setUp();
    const run = start(['try', 'docker', 'run', '--name', 'dt-starting', 'busybox', 'sleep', '120'], env);
    await waitUntil('dt-starting runs', () => sandbox.docker.getContainer('dt-starting').inspect().then((info) => info.State.Running, () => false), 5);
    sandbox.killDaemon();
    expectRunFailed(await run.done, 'killed at start');
  }, 120_000);

  it('run (silent, streaming, -i, -it) exits 125 with "error waiting for container", and exec (with and without -i) says the daemon went away', async () => {
    const { sandbox, env } = await setUp();
    const host = start(['try', 'docker', 'run', '-d', '--name', 'dt-host', 'busybox', 'sleep', '300'], env);
    expect((await host.done).code).toBe(0);
    const runs = {
      silent: start(['try', 'docker', 'run', '--name', 'dt-silent', 'busybox', 'sleep', '120'], env),
      streaming: start(['try', 'docker', 'run', '--name', 'dt-stream', 'busybox', 'sh', '-c', 'while :; do echo tick; sleep 0.05; done'], env),
      interactive: start(['try', 'docker', 'run', '-i', '--name', 'dt-i', 'busybox', 'sleep', '120'], env),
      terminal: start(['try', 'docker', 'run', '-it', '--name', 'dt-it', 'busybox', 'sleep', '120'], env, { terminal: true }),
    };
    const execs = {
      plain: start(['try', 'docker', 'exec', 'dt-host', 'sleep', '120'], env),
      interactive: start(['try', 'docker', 'exec', '-i', 'dt-host', 'sleep', '120'], env),
    };
    const running = (name: string) => sandbox.docker.getContainer(name).inspect().then((info) => info.State.Running, () => false);
    await waitUntil('every container runs', async () => (await Promise.all(['dt-silent', 'dt-stream', 'dt-i', 'dt-it'].map(running))).every(Boolean));
    await waitUntil('dt-stream prints', () => runs.streaming.output().includes('tick'));
    await waitUntil('both exec processes run', async () => {
      const ids = (await sandbox.docker.getContainer('dt-host').inspect()).ExecIDs ?? [];
      const states = await Promise.all(ids.map((id) => sandbox.docker.getExec(id).inspect()));
      return states.filter((state) => state.Running).length === 2;
    });
    // Each run sent its wait right after the start: give the slowest a moment to be waiting on it.
    await sleep(500);
    sandbox.killDaemon();

    for (const [label, run] of Object.entries(runs)) {
      expect(expectRunFailed(await run.done, label)).toContain('docktutor: error waiting for container: unexpected EOF');
    }
    for (const [label, exec] of Object.entries(execs)) {
      const result = await exec.done;
      // docker exec exits 255 there (its StatusError -1), silently; docktutor says why.
      expect(result.code, `${label}:\n${result.stderr}`).toBe(255);
      expect(result.stderr).toContain('the Docker daemon went away while the command ran in the container');
      expect(result.stderr).toContain('there is no exit code to report');
      expect(result.stderr).not.toMatch(/kept running|unexpected error|please report/i);
    }
  }, 180_000);
});
