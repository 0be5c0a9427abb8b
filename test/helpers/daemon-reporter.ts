/**
 * Prints one loud line per missing thing when tests needing it were skipped (no daemon, no test registry,
 * no mirror, no Hub-like busybox, no tmux), so that a green run without them is never mistaken for a run
 * that exercised them. Each skipped test counts once, for the first thing it lacked.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { ENVIRONMENT_VARIABLE, firstMissing, NEED_LABELS, needsOfTitle, RUN_WITH, type Need, type TestEnvironment } from './needs.js';

export default class DaemonReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const raw = process.env[ENVIRONMENT_VARIABLE];
    if (!raw) return; // only unit tests ran: the global set-up did not
    const environment = JSON.parse(raw) as TestEnvironment;
    const skipped = new Map<'daemon' | Need, number>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (test.result().state !== 'skipped') continue;
        const tags = needsOfTitle(test.fullName);
        if (!tags) continue;
        const missing = firstMissing(environment, tags.daemon, tags.needs);
        if (missing) skipped.set(missing, (skipped.get(missing) ?? 0) + 1);
      }
    }
    const lines = [...skipped].map(([missing, count]) => {
      if (missing === 'daemon') {
        const { address, reason } = environment.docker;
        return `!!! ${count} daemon tests SKIPPED: no Docker daemon answered at ${address} (${reason.replace(/\.$/, '')}). Run them with: ${RUN_WITH}`;
      }
      return `!!! ${count} tests SKIPPED that need ${NEED_LABELS[missing]}: ${environment.needs[missing].reason}. Run them with: ${RUN_WITH}`;
    });
    if (lines.length > 0) process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
