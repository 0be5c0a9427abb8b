import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const ROOT = import.meta.dirname;

/**
 * A test file is a unit test when neither it nor a test helper it imports reaches a daemon
 * (helpers/docker.ts), the built binary or dist/ (helpers/cli.ts, "dist/"), or another process
 * (node:child_process). Unit tests need no global set-up: `npm run test:unit` runs them alone, fast.
 */
const OUTSIDE_NODE = /helpers\/(docker|cli)\.js'|from 'node:child_process'|['"`]\.\/dist\//;

function reachesOutside(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  if (OUTSIDE_NODE.test(text)) return true;
  // Relative imports that stay inside test/ (src/ modules are the code under test, not helpers).
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].some(([, path]) => {
    const target = resolve(dirname(file), `${path}.ts`);
    return relative(join(ROOT, 'test'), target).startsWith('..') ? false : reachesOutside(target, seen);
  });
}

const testFiles = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.test.ts'))
  .map((path) => join('test', path));
const unitFiles = testFiles.filter((path) => !reachesOutside(join(ROOT, path)));

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/daemon-reporter.ts'],
    // Daemon tests build and pull real images; a slow shared machine needs room.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Output that is not a terminal wraps at COLUMNS, else 80. Tests about what a message says read it on
    // one line; tests about layout (fit-width, lessons-show) set the width they check.
    // A data home of the run's own: a test that forgets to set one never writes the contributor's progress
    // or docktutor's record of what it created.
    // The compiled-code cache of bin/docktutor.cjs, shared by the run's processes, not the contributor's.
    env: { COLUMNS: '1000', DOCKTUTOR_HOME: mkdtempSync(join(tmpdir(), 'dt-test-home-')), DOCKTUTOR_COMPILE_CACHE: mkdtempSync(join(tmpdir(), 'dt-test-cache-')) },
    projects: [
      { extends: true, test: { name: 'unit', include: unitFiles } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: unitFiles,
          // Compiles dist/ and asks what the daemon and the sandbox offer, once for the whole run.
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
