/**
 * Tests that drive bin/docktutor.js need dist/ to match src/. Compiling from several test files at
 * once would rewrite dist/ under a binary another test is running, so the build takes a lock and is
 * skipped when nothing in src/ changed since the last one.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function stampTime(stamp: string): number {
  try {
    return statSync(stamp).mtimeMs;
  } catch {
    return 0;
  }
}

export async function buildOnce(root: string): Promise<void> {
  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  // Outside dist/, which is published.
  const stamp = join(tmpdir(), `docktutor-test-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
  const release = await lockfile.lock(dist, { realpath: false, stale: 120_000, retries: { retries: 600, minTimeout: 200, maxTimeout: 500 } });
  try {
    if (existsSync(join(dist, 'cli', 'main.js')) && stampTime(stamp) > newestMtime(join(root, 'src'))) return;
    const started = new Date();
    try {
      execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', root], { stdio: 'ignore' });
    } catch {
      // type errors elsewhere in the tree do not stop tsc from emitting; a broken build fails the test itself
    }
    // Dated when the build began: a file saved during the build still counts as newer next time.
    writeFileSync(stamp, started.toISOString());
    utimesSync(stamp, started, started);
  } finally {
    await release();
  }
}
