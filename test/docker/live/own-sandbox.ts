/**
 * A sandbox daemon of the test's own (scripts/docker-sandbox.sh in its run mode), for tests that kill
 * it: the shared one stays untouched. The script's command waits on its stdin; closing that stdin ends
 * the command and the script tears everything down (containerd, shims, mounts, the state dir), also
 * when the test process itself dies, since its end of the pipe closes with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Docker from 'dockerode';

const SCRIPT = resolve(import.meta.dirname, '../../../scripts/docker-sandbox.sh');

export interface OwnSandbox {
  state: string;
  dockerHost: string;
  docker: Docker;
  /** SIGKILL to dockerd, as an OOM killer or a crash would end it. */
  killDaemon(): void;
  stop(): Promise<void>;
}

export async function startOwnSandbox(): Promise<OwnSandbox> {
  const child = spawn('bash', [SCRIPT, 'sh', '-c', 'echo "READY $DOCKTUTOR_SANDBOX $DOCKER_HOST"; exec cat >/dev/null'], {
    env: { ...process.env, DOCKTUTOR_SANDBOX_NO_INSTALL: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const [state, dockerHost] = await readyLine(child);
  const docker = new Docker({ socketPath: dockerHost.replace('unix://', '') });
  return {
    state,
    dockerHost,
    docker,
    killDaemon: () => process.kill(Number(readFileSync(join(state, 'dockerd.pid'), 'utf8').trim()), 'SIGKILL'),
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('close', () => done());
        child.stdin!.end();
      }),
  };
}

function readyLine(child: ChildProcess): Promise<[string, string]> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^READY (\S+) (\S+)$/m.exec(out);
      if (match) resolvePromise([match[1]!, match[2]!]);
    });
    child.once('close', (code) => reject(new Error(`the sandbox did not start (exit ${code}):\n${err.slice(-2000)}`)));
  });
}
