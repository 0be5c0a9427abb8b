/**
 * bin/docktutor.cjs, the installed command: which program a command line runs. Stand-in programs in a
 * package folder of their own print their name, so each case shows the launcher's choice and nothing else.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wrapAsBundle } from '../scripts/bundle/build.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { LEFT_OUT_OF_TRY } = createRequire(import.meta.url)('../bin/docktutor.cjs') as { LEFT_OUT_OF_TRY: readonly string[] };
const scratch = mkdtempSync(join(tmpdir(), 'dt-launcher-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A package folder with the launcher, stand-in bundles and, unless told otherwise, dist/. */
function world(name: string, { dist = true } = {}): (env: Record<string, string>, ...args: string[]) => string {
  const dir = join(scratch, name);
  for (const folder of ['bin', 'bundle', join('dist', 'cli')]) mkdirSync(join(dir, folder), { recursive: true });
  copyFileSync(join(ROOT, 'bin', 'docktutor.cjs'), join(dir, 'bin', 'docktutor.cjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'docktutor', version: '9.9.9', type: 'module' }));
  for (const bundle of ['main.cjs', 'try.cjs']) writeFileSync(join(dir, 'bundle', bundle), wrapAsBundle(`console.log('bundle/${bundle}');\n`));
  if (dist) {
    writeFileSync(join(dir, 'dist', 'cli', 'main.js'), "console.log('dist/cli/main.js');\n");
    // dist/ as old as a build leaves it: older than the bundle made from it.
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'dist', 'cli', 'main.js'), past, past);
  }
  return (env, ...args) => {
    const base = { ...process.env, DOCKTUTOR_COMPILE_CACHE: 'off' };
    delete base.DOCKTUTOR_DEBUG;
    return spawnSync(process.execPath, [join(dir, 'bin', 'docktutor.cjs'), ...args], { encoding: 'utf8', env: { ...base, ...env } }).stdout.trim();
  };
}

const launchWith = world('built');
const launch = (...args: string[]) => launchWith({}, ...args);

describe('bin/docktutor.cjs', () => {
  it('answers --version itself', () => {
    expect(launch('--version')).toBe('9.9.9');
  });

  it('runs a `try docker` line from try.cjs, and every other command from main.cjs', () => {
    expect(launch('try', 'docker', 'ps', '-a')).toBe('bundle/try.cjs');
    expect(launch('try', 'docker', 'run', '--rm', 'busybox', 'echo', 'hi')).toBe('bundle/try.cjs');
    expect(launch('try')).toBe('bundle/main.cjs');
    expect(launch('learn', '1')).toBe('bundle/main.cjs');
  });

  it('runs dist/ when DOCKTUTOR_DEBUG asks for stack traces, whose names the minified bundle does not keep', () => {
    expect(launch('try', 'docker', 'ps')).toBe('bundle/try.cjs');
    expect(launchWith({ DOCKTUTOR_DEBUG: '1' }, 'try', 'docker', 'ps')).toBe('dist/cli/main.js');
    expect(launchWith({ DOCKTUTOR_DEBUG: '1' }, 'learn')).toBe('dist/cli/main.js');
  });

  it('runs the bundle under DOCKTUTOR_DEBUG all the same where there is no dist/', () => {
    expect(world('no-dist', { dist: false })({ DOCKTUTOR_DEBUG: '1' }, 'try', 'docker', 'ps')).toBe('bundle/try.cjs');
  });

  it('runs a `try docker` line that names a command try.cjs leaves out from main.cjs, wherever the word stands', () => {
    expect(LEFT_OUT_OF_TRY).toEqual(expect.arrayContaining(['build', 'login']));
    for (const name of LEFT_OUT_OF_TRY) {
      expect(launch('try', 'docker', name, '.')).toBe('bundle/main.cjs');
      expect(launch('try', 'docker', 'help', name)).toBe('bundle/main.cjs');
      expect(launch('try', 'docker', 'image', name, '--help')).toBe('bundle/main.cjs');
    }
  });
});
