/**
 * The real docker CLI (28, client only) on the test daemon, for parity tests: its stdout, stderr and
 * exit code. It gets a config folder of its own, so the learner's ~/.docker is never read or written.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
    execFile('docker', args, { env: { ...process.env, DOCKER_CONFIG: config } }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (typeof code !== 'number') return reject(error);
      resolve({ stdout, stderr, code });
    });
  });
}
