/**
 * Asks once, before any test file, whether a Docker daemon answers where DOCKER_HOST (or the docker
 * CLI's usual rules) point. Daemon tests read the answer with `inject('docker')`.
 */
import type { TestProject } from 'vitest/node';
import { connect, resolveAddress } from '../../src/docker/engine/connect.js';

export interface DockerStatus {
  available: boolean;
  address: string;
  reason: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    docker: DockerStatus;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  let status: DockerStatus;
  try {
    const connection = await connect({ timeoutMs: 5000 });
    status = { available: true, address: connection.address.url, reason: '' };
  } catch (error) {
    let address = '?';
    try {
      address = resolveAddress().url;
    } catch {
      // the address itself is malformed; the reason says so
    }
    status = { available: false, address, reason: error instanceof Error ? error.message : String(error) };
  }
  // The reporter runs in this same process and prints the skipped-tests line from this.
  process.env.DOCKTUTOR_TEST_DOCKER_STATUS = JSON.stringify(status);
  project.provide('docker', status);
}
