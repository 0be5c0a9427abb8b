/**
 * `describeDocker` declares tests that need a real daemon, and by default the practice image busybox:latest
 * on it; `itNeeds` marks one test that needs more (the test registry, the mirror, tmux). Where all is there
 * they run; where something is missing they are skipped, and the reporter says loudly what was missing;
 * under DOCKTUTOR_REQUIRE_DOCKER=1 (CI) they fail instead.
 */
import { randomBytes } from 'node:crypto';
import { describe, inject, it } from 'vitest';
import { dockerTitle, firstMissing, NEED_LABELS, needsTitle, type Need, type TestEnvironment } from './needs.js';

export type { Need } from './needs.js';

export const dockerStatus = inject('docker');
const environment: TestEnvironment = { docker: dockerStatus, needs: inject('needs') };
const required = process.env.DOCKTUTOR_REQUIRE_DOCKER === '1';

function missingError(missing: 'daemon' | Need): Error {
  const what =
    missing === 'daemon'
      ? `no Docker daemon answered at ${dockerStatus.address}: ${dockerStatus.reason}`
      : `this test needs ${NEED_LABELS[missing]}: ${environment.needs[missing].reason}`;
  return new Error(`DOCKTUTOR_REQUIRE_DOCKER=1 but ${what}`);
}

/** Tests against the daemon; `needs` lists what they use on it besides (busybox:latest unless told otherwise). */
export function describeDocker(name: string, body: () => void, needs: readonly Need[] = ['busybox']): void {
  const title = dockerTitle(name, needs);
  const missing = firstMissing(environment, true, needs);
  if (missing === undefined) describe(title, body);
  else if (required) {
    describe(title, () => {
      it(`needs ${missing === 'daemon' ? 'a Docker daemon' : NEED_LABELS[missing]}`, () => {
        throw missingError(missing);
      });
    });
  } else describe.runIf(false)(title, body);
}

/** One test that needs more than its describeDocker block. */
export function itNeeds(needs: readonly Need[], name: string, fn: () => Promise<void> | void, timeout?: number): void {
  const title = needsTitle(name, needs);
  const missing = firstMissing(environment, false, needs);
  if (missing === undefined) it(title, fn, timeout);
  else if (required) {
    it(title, () => {
      throw missingError(missing);
    });
  } else it.skip(title, fn);
}

/** A name no other test (or person) uses: every object a test creates is named or labelled with one. */
export function uniqueName(prefix: string): string {
  return `dt-test-${prefix}-${randomBytes(4).toString('hex')}`;
}

/** The harness's registry, when the test runs inside scripts/docker-sandbox.sh. */
export function testRegistry(): { host: string; user: string; password: string } | undefined {
  const host = process.env.DOCKTUTOR_TEST_REGISTRY;
  const user = process.env.DOCKTUTOR_TEST_REGISTRY_USER;
  const password = process.env.DOCKTUTOR_TEST_REGISTRY_PASSWORD;
  return host && user && password ? { host, user, password } : undefined;
}

/**
 * The harness's registry for tests that declare the need 'registry'. Test bodies are collected even when
 * they are skipped, so this never throws at collection: without the registry it names a closed loopback
 * port, which no test reaches, since a test that needs the registry runs only when it is there.
 */
export function requireRegistry(): { host: string; user: string; password: string } {
  return testRegistry() ?? { host: '127.0.0.1:1', user: 'unset', password: 'unset' };
}

/** The harness's mirror of Docker Hub (host:port), for tests that declare the need 'mirror'. */
export function testMirror(): string | undefined {
  return process.env.DOCKTUTOR_TEST_MIRROR || undefined;
}
