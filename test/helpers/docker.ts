/**
 * `describeDocker` declares tests that need a real daemon. With a daemon they run; without one they
 * are skipped (and the reporter says so loudly), unless DOCKTUTOR_REQUIRE_DOCKER=1, where they fail.
 */
import { randomBytes } from 'node:crypto';
import { describe, inject, it } from 'vitest';

export const DOCKER_PREFIX = '[docker]';

export const dockerStatus = inject('docker');

export function describeDocker(name: string, body: () => void): void {
  const title = `${DOCKER_PREFIX} ${name}`;
  if (dockerStatus.available) {
    describe(title, body);
    return;
  }
  if (process.env.DOCKTUTOR_REQUIRE_DOCKER === '1') {
    describe(title, () => {
      it('needs a Docker daemon', () => {
        throw new Error(`DOCKTUTOR_REQUIRE_DOCKER=1 but no Docker daemon answered at ${dockerStatus.address}: ${dockerStatus.reason}`);
      });
    });
    return;
  }
  describe.runIf(false)(title, body);
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
 * The harness's registry for tests that cannot do without it. Test bodies are collected even when no
 * daemon answers (so that the skipped ones are counted), so this never throws at collection: without
 * the harness it names a closed loopback port, so a registry test that runs then fails loudly and locally.
 */
export function requireRegistry(): { host: string; user: string; password: string } {
  return testRegistry() ?? { host: '127.0.0.1:1', user: 'unset', password: 'unset' };
}
