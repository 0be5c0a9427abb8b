/**
 * The real docker CLI (28, client only) on the test daemon, for parity tests: its stdout, stderr and
 * exit code. It gets a config folder of its own, so the learner's ~/.docker is never read or written,
 * and an empty stdin, so a question it asks is answered "no" instead of waiting.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

let config: string | undefined;

export function dockerCli(args: string[]): Promise<CliResult> {
  config ??= mkdtempSync(join(tmpdir(), 'dt-docker-config-'));
  return new Promise((resolve, reject) => {
    const child = execFile('docker', args, { env: { ...process.env, DOCKER_CONFIG: config } }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (typeof code !== 'number') return reject(error);
      resolve({ stdout, stderr, code });
    });
    child.stdin?.end();
  });
}

/** Removes the CLI's config folder (call it in afterAll). */
export function removeDockerCliConfig(): void {
  if (config !== undefined) rmSync(config, { recursive: true, force: true });
  config = undefined;
}
