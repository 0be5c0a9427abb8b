/**
 * Prints one loud line when daemon tests were skipped, so that a green run without a daemon is never
 * mistaken for a run that exercised Docker.
 */
import type { Reporter, TestModule } from 'vitest/node';

const PREFIX = '[docker]';

export default class DaemonReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let skipped = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (test.fullName.includes(PREFIX) && test.result().state === 'skipped') skipped += 1;
      }
    }
    if (skipped === 0) return;
    const status = JSON.parse(process.env.DOCKTUTOR_TEST_DOCKER_STATUS ?? '{}') as { address?: string; reason?: string };
    process.stdout.write(
      `\n!!! ${skipped} daemon tests SKIPPED: no Docker daemon answered at ${status.address ?? '?'} (${status.reason ?? 'unknown'}). ` +
        'Run them with: bash scripts/docker-sandbox.sh npm test\n',
    );
  }
}
