/**
 * The real docker CLI on the harness's daemon, for parity tests: same DOCKER_HOST, a config folder of
 * its own (the learner's ~/.docker is never read or written), and what it printed with its exit code.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface DockerCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let config: string | undefined;

export function dockerCli(args: string[], options: { input?: string } = {}): Promise<DockerCliResult> {
  config ??= mkdtempSync(join(tmpdir(), 'dt-docker-config-'));
  return new Promise((resolve, reject) => {
    const child = execFile('docker', args, { env: { ...process.env, DOCKER_CONFIG: config } }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (typeof code !== 'number') reject(error);
      else resolve({ code, stdout, stderr });
    });
    child.stdin?.end(options.input ?? '');
  });
}

/** Removes the CLI's config folder (call it in afterAll). */
export function removeDockerCliConfig(): void {
  if (config !== undefined) rmSync(config, { recursive: true, force: true });
  config = undefined;
}
