/**
 * Runs once before the test files that need more than Node: compiles dist/ (build-dist.ts), asks whether
 * a Docker daemon answers where DOCKER_HOST (or the docker CLI's usual rules) point, and finds out what
 * this run has of what the sandbox adds (needs.ts). Tests read the answers with `inject('docker')` and
 * `inject('needs')`; the reporter, in this same process, reads them from an environment variable.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findUnmetNeeds } from '../../src/cli/commands/doctor-image.js';
import { connect, resolveAddress, type Connection } from '../../src/docker/engine/connect.js';
import { daemonReason } from '../../src/docker/engine/errors.js';
import { buildDist } from './build-dist.js';
import { ENVIRONMENT_VARIABLE, type Availability, type DockerStatus, type Need, type TestEnvironment } from './needs.js';

declare module 'vitest' {
  export interface ProvidedContext {
    docker: DockerStatus;
    needs: Record<Need, Availability>;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const PRACTICE_IMAGE = 'busybox:latest';

const yes: Availability = { available: true, reason: '' };
const no = (reason: string): Availability => ({ available: false, reason });

async function probeDaemon(): Promise<{ status: DockerStatus; connection?: Connection }> {
  try {
    const connection = await connect({ timeoutMs: 5000 });
    return { status: { available: true, address: connection.address.url, reason: '' }, connection };
  } catch (error) {
    let address = '?';
    try {
      address = resolveAddress().url;
    } catch {
      // the address itself is malformed; the reason says so
    }
    return { status: { available: false, address, reason: error instanceof Error ? error.message : String(error) } };
  }
}

/** The practice image as the lessons use it, checked the way `docktutor doctor` checks it. */
async function probeBusybox(connection: Connection | undefined): Promise<Availability> {
  if (!connection) return no('no Docker daemon');
  try {
    await connection.docker.getImage(PRACTICE_IMAGE).inspect();
  } catch {
    return no(`${PRACTICE_IMAGE} is not on the daemon (docker pull busybox)`);
  }
  try {
    const unmet = await findUnmetNeeds(connection.docker, PRACTICE_IMAGE);
    return unmet.length === 0 ? yes : no(`${PRACTICE_IMAGE} has no ${unmet.join(', ')} (docker pull busybox)`);
  } catch (error) {
    return no(`could not look inside ${PRACTICE_IMAGE}: ${daemonReason(error)}`);
  }
}

function probeEnv(names: string[]): Availability {
  const unset = names.filter((name) => !process.env[name]);
  return unset.length === 0 ? yes : no(`${unset.join(', ')} ${unset.length === 1 ? 'is' : 'are'} not set`);
}

export default async function setup(project: TestProject): Promise<void> {
  const [built, { status, connection }] = await Promise.all([buildDist(ROOT), probeDaemon()]);
  if (built === 'built') process.stdout.write('global set-up: compiled src/ into dist/ and bundled it\n');
  const needs: Record<Need, Availability> = {
    busybox: await probeBusybox(connection),
    registry: probeEnv(['DOCKTUTOR_TEST_REGISTRY', 'DOCKTUTOR_TEST_REGISTRY_USER', 'DOCKTUTOR_TEST_REGISTRY_PASSWORD']),
    mirror: probeEnv(['DOCKTUTOR_TEST_MIRROR']),
    tmux: spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0 ? yes : no('tmux is not installed (apt-get install -y tmux)'),
  };
  const environment: TestEnvironment = { docker: status, needs };
  process.env[ENVIRONMENT_VARIABLE] = JSON.stringify(environment);
  project.provide('docker', status);
  project.provide('needs', needs);
}
