/**
 * Tests that drive bin/docktutor.cjs or import dist/ need dist/ and the bundle to match src/: the global
 * set-up compiles dist/ and bundles it once before any test file runs, so `npx vitest` never tests a stale
 * build, a type error fails the run as `tsc` would, and the command the tests run is the minified bundle a
 * user runs (bin/docktutor.cjs runs dist/ only when the bundle is older, or without esbuild). The build is
 * skipped when nothing in src/, the bundle's build or the launcher changed since the last one that
 * succeeded (a stamp outside dist/, which is published); a lock keeps two runs in one checkout from
 * writing at once.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import lockfile from 'proper-lockfile';

function newestMtime(dir: string): number {
  const stat = statSync(dir);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder
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

/** Compiles src/ into dist/ and bundles it unless both are up to date; throws with tsc's or the bundler's report when either fails. */
export async function buildDist(root: string): Promise<'built' | 'up to date'> {
  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  const stamp = join(tmpdir(), `docktutor-test-build-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
  const release = await lockfile.lock(dist, { realpath: false, stale: 120_000, retries: { retries: 600, minTimeout: 200, maxTimeout: 500 } });
  try {
    // The bundle holds the dependencies too: a new package-lock.json (an `npm install`) bundles them again.
    const inputs = Math.max(...['src', join('scripts', 'bundle'), join('scripts', 'bundle.mjs'), 'bin', 'tsconfig.json', 'package-lock.json'].map((input) => newestMtime(join(root, input))));
    const built = [join(dist, 'cli', 'main.js'), join(root, 'bundle', 'main.cjs'), join(root, 'bundle', 'try.cjs')].every((file) => existsSync(file));
    if (built && stampTime(stamp) > inputs) return 'up to date';
    const started = new Date();
    try {
      // Asynchronous, so that the set-up asks the daemon its questions meanwhile.
      await promisify(execFile)(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`tsc -p tsconfig.json failed, so dist/ would not match src/:\n${stdout}${stderr}`);
    }
    try {
      await promisify(execFile)(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`scripts/bundle.mjs failed, so bundle/ would not match dist/:\n${stdout}${stderr}`);
    }
    // Dated when the build began: a file saved during the build still counts as newer next time.
    writeFileSync(stamp, started.toISOString());
    utimesSync(stamp, started, started);
    return 'built';
  } finally {
    await release();
  }
}
