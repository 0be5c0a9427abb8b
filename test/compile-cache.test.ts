/**
 * bin/docktutor.cjs's runBundle: the bundle runs with V8's compiled code from an earlier run. The cache is only a
 * speed-up, so every case ends with the program's own output: a cache that is missing, corrupt, made
 * from another bundle, or kept where someone else could write it is never trusted.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import vm from 'node:vm';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { afterAll, describe, expect, it } from 'vitest';
import { wrapAsBundle } from '../scripts/bundle/build.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { cacheFolder } = createRequire(import.meta.url)('../bin/docktutor.cjs') as {
  cacheFolder: (env: Record<string, string | undefined>, platform?: string, home?: string) => string | undefined;
};
const scratch = mkdtempSync(join(tmpdir(), 'dt-compile-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Node 22.1 and later keep their own cache (module.enableCompileCache) in the same folder, in a layout of theirs.
const nodeCache = typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';

let worlds = 0;
/** A package folder with a stand-in bundle that prints its arguments and the result of some work. */
function world(): {
  bundle: string;
  cache: string;
  run: (env?: Record<string, string>, args?: string[]) => { status: number | null; stdout: string; stderr: string };
} {
  const dir = join(scratch, `world-${++worlds}`);
  mkdirSync(join(dir, 'bundle'), { recursive: true });
  const bundle = join(dir, 'bundle', 'main.cjs');
  writeFileSync(
    bundle,
    wrapAsBundle(
    "const sum = (n) => { let total = 0; for (let i = 0; i < n; i++) total += i; return total; };\n" +
      "console.log(process.argv.slice(2).join(' '), sum(1000), require('node:path').basename(__filename));\n" +
      // A session: the program stays LINGER milliseconds.
      "if (process.env.WAITING) process.emit('docktutor:waiting');\n" +
      "if (process.env.LINGER) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.env.LINGER));\n" +
      // A command that fails.
      "if (process.env.FAIL) process.exitCode = 1;\n",
    ),
  );
  const launcher = join(dir, 'launch.cjs');
  writeFileSync(launcher, `require(${JSON.stringify(join(ROOT, 'bin', 'docktutor.cjs'))}).runBundle(${JSON.stringify(bundle)});\n`);
  const cache = join(dir, 'cache');
  const run = (env: Record<string, string> = {}, args = ['hello', 'there']) =>
    spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8', env: { ...process.env, DOCKTUTOR_COMPILE_CACHE: cache, ...env } });
  return { bundle, cache, run };
}

const cacheFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.v8cache'));
/** `main-<size>-<time>-<inode>-v20.20.2-x64-learn-session.v8cache` -> `learn-session`. */
const commandOf = (name: string) => name.replace(/^main-\d+-\d+-\d+-v[\d.]+-[^-]+-/, '').replace(/\.v8cache$/, '');

describe.skipIf(nodeCache)('the code cache on Node 20 (node:vm)', () => {
  it('is written by the first run, in a folder only the user can open, and read by the next without being rewritten', () => {
    const { cache, run } = world();
    expect(run().stdout).toBe('hello there 499500 main.cjs\n');
    const [file] = cacheFiles(cache);
    expect(file).toMatch(/^main-\d+-\d+-\d+-v\d+\.\d+\.\d+-\w+-hello\.v8cache$/);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(join(cache, file!)).mode & 0o777).toBe(0o600);
    // Dated back to a whole second, to see whether the next run writes it again.
    const earlier = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(join(cache, file!), earlier, earlier);
    expect(run().stdout).toBe('hello there 499500 main.cjs\n');
    // V8 accepted it: nothing was written again.
    expect(statSync(join(cache, file!)).mtimeMs).toBe(earlier.getTime());
  });

  it('writes the cache again after a session (a run of more than three seconds), which compiled more than the cache held', () => {
    const { cache, run } = world();
    run();
    const [file] = cacheFiles(cache);
    const earlier = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(join(cache, file!), earlier, earlier);
    expect(run({ LINGER: '3200' }).stdout).toBe('hello there 499500 main.cjs\n');
    expect(statSync(join(cache, file!)).mtimeMs).toBeGreaterThan(earlier.getTime());
  });

  it('replaces a corrupt cache that V8 refuses, and the program runs as it should', () => {
    const { cache, run } = world();
    run();
    const [file] = cacheFiles(cache);
    writeFileSync(join(cache, file!), Buffer.alloc(4096, 7));
    expect(run().stdout).toBe('hello there 499500 main.cjs\n');
    expect(readFileSync(join(cache, file!)).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('keys the cache on the bundle: a rebuilt bundle of the same length gets a cache of its own, and the old one goes', () => {
    const { bundle, cache, run } = world();
    run();
    const [before] = cacheFiles(cache);
    // Same length, other code: V8 checks only the length, so a stale cache would run the old program.
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace("slice(2).join(' ')", "slice(2).join('-')"));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    expect(run().stdout).toBe('hello-there 499500 main.cjs\n');
    const after = cacheFiles(cache);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
  });

  it('never reads a cache from a folder that others can write, nor writes one there', () => {
    if (process.platform === 'win32') return;
    const { cache, run } = world();
    mkdirSync(cache, { recursive: true });
    chmodSync(cache, 0o777);
    expect(run().stdout).toBe('hello there 499500 main.cjs\n');
    expect(cacheFiles(cache)).toEqual([]);
  });

  it('keeps one cache per command, so that a short command never reads the cache of a long session', () => {
    const { cache, run } = world();
    run();
    expect(run({}, ['learn', '1']).stdout).toBe('learn 1 499500 main.cjs\n');
    expect(run({}, ['../../etc']).stdout).toBe('../../etc 499500 main.cjs\n');
    expect(cacheFiles(cache).map(commandOf).sort()).toEqual(['hello', 'learn', 'other']);
  });

  it('keeps one cache per docker command of `try docker`, which each compile functions of their own', () => {
    const { cache, run } = world();
    for (const words of [['try', 'docker', 'ps'], ['try', 'docker', 'info'], ['try', 'docker', 'ps', '-a'], ['try', 'docker', '../x'], ['try']]) {
      expect(run({}, words).stdout).toBe(`${words.join(' ')} 499500 main.cjs\n`);
    }
    expect(cacheFiles(cache).map(commandOf).sort()).toEqual(['try', 'try-info', 'try-ps']);
  });

  it('keeps no cache for a `try docker` word that fails (a typo), where a command that fails otherwise keeps its own', () => {
    const { cache, run } = world();
    expect(run({ FAIL: '1' }, ['try', 'docker', 'contianer']).status).toBe(1);
    expect(run({ FAIL: '1' }, ['learn']).status).toBe(1);
    expect(cacheFiles(cache).map(commandOf)).toEqual(['learn']);
  });

  it('writes a cache after a session that tuned V8 (at its first wait for a key) that the next run still accepts', () => {
    const { cache, run } = world();
    run({}, ['learn']);
    const [file] = cacheFiles(cache);
    // A session: it waits for the learner (the flags change), and lasts long enough to write its cache again.
    expect(run({ WAITING: '1', LINGER: '3200' }, ['learn']).stdout).toBe('learn 499500 main.cjs\n');
    const earlier = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(join(cache, file!), earlier, earlier);
    run({}, ['learn']);
    // V8 accepted the cache written after the session: nothing was written again.
    expect(statSync(join(cache, file!)).mtimeMs).toBe(earlier.getTime());
  });

  it('runs the bundle once, also where `module` is a global (node -e), and the bundle runs alone when required', () => {
    const { bundle, cache } = world();
    const runner = `require(${JSON.stringify(join(ROOT, 'bin', 'docktutor.cjs'))}).runBundle(${JSON.stringify(bundle)}, process.env, ['node', 'x', 'from', 'eval'])`;
    const evaluated = spawnSync(process.execPath, ['-e', runner], { encoding: 'utf8', env: { ...process.env, DOCKTUTOR_COMPILE_CACHE: cache } });
    expect(evaluated.stdout).toBe(' 499500 main.cjs\n');
    expect(evaluated.status).toBe(0);
    expect(spawnSync(process.execPath, [bundle, 'alone'], { encoding: 'utf8' }).stdout).toBe('alone 499500 main.cjs\n');
  });

  it('keeps the caches of two bundles side by side (main.cjs, try.cjs): neither removes the other', () => {
    const { bundle, cache, run } = world();
    const other = join(bundle, '..', 'try.cjs');
    writeFileSync(other, readFileSync(bundle, 'utf8').replace("slice(2).join(' ')", "slice(2).join('+')"));
    const launcher = join(bundle, '..', 'launch-try.cjs');
    writeFileSync(launcher, `require(${JSON.stringify(join(ROOT, 'bin', 'docktutor.cjs'))}).runBundle(${JSON.stringify(other)});\n`);
    const runOther = () => spawnSync(process.execPath, [launcher, 'try', 'docker', 'ps'], { encoding: 'utf8', env: { ...process.env, DOCKTUTOR_COMPILE_CACHE: cache } });
    run();
    expect(runOther().stdout).toBe('try+docker+ps 499500 try.cjs\n');
    run();
    expect(cacheFiles(cache).map((name) => name.split('-')[0]).sort()).toEqual(['main', 'try']);
  });

  it('is compiled whole with the text, as a module is: a code cache made right after the compile holds the bundle, not only its opening', () => {
    const body = `${'function step(n) { return n + 1; }\n'.repeat(300)}module.exports = step;\n`;
    const bundled = new vm.Script(wrapAsBundle(body)).createCachedData().length;
    const asModule = new vm.Script(Module.wrap(body)).createCachedData().length;
    expect(bundled).toBeGreaterThan(asModule * 0.9);
  });

  it('is off with DOCKTUTOR_COMPILE_CACHE=off', () => {
    const { cache, run } = world();
    expect(run({ DOCKTUTOR_COMPILE_CACHE: 'off' }).stdout).toBe('hello there 499500 main.cjs\n');
    expect(() => readdirSync(cache)).toThrow();
  });

  it('cleans partial writes that a killed process left, once they are a minute old', () => {
    const { cache, run } = world();
    run();
    const [file] = cacheFiles(cache);
    const partial = join(cache, `${file}.99999.tmp`);
    writeFileSync(partial, 'half');
    utimesSync(partial, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    writeFileSync(join(cache, file!), 'corrupt');
    run();
    expect(readdirSync(cache).sort()).toEqual([file]);
  });
});

describe('the moment a session waits for the learner', () => {
  it('is the event the runner listens for', async () => {
    const { WAITING_EVENT } = createRequire(import.meta.url)('../bin/docktutor.cjs') as { WAITING_EVENT: string };
    const { WAITING_EVENT: said } = await import('../src/terminal/waiting.js');
    expect(said).toBe(WAITING_EVENT);
  });
});

describe('where the cache is kept', () => {
  // env-paths decides docktutor's data folder (src/settings.ts); the launcher cannot load it (an ES module,
  // before anything is compiled), so it follows the same rule, and this checks that it does.
  it('is the folder env-paths gives as the cache of docktutor, on each platform', () => {
    const home = '/home/learner';
    const original = { platform: process.platform, env: { ...process.env } };
    expect(cacheFolder({}, 'linux', home)).toBe(join(home, '.cache', 'docktutor'));
    expect(cacheFolder({ XDG_CACHE_HOME: '/xdg' }, 'linux', home)).toBe(join('/xdg', 'docktutor'));
    expect(cacheFolder({}, 'darwin', home)).toBe(join(home, 'Library', 'Caches', 'docktutor'));
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\l\\AppData\\Local' }, 'win32', home)).toBe(join('C:\\Users\\l\\AppData\\Local', 'docktutor', 'Cache'));
    // And on this machine, against env-paths itself.
    delete process.env.XDG_CACHE_HOME;
    expect(cacheFolder({}, original.platform)).toBe(envPaths('docktutor', { suffix: '' }).cache);
    process.env = original.env;
  });

  it('is the folder DOCKTUTOR_COMPILE_CACHE names, and none when it says off', () => {
    expect(cacheFolder({ DOCKTUTOR_COMPILE_CACHE: '/tmp/somewhere' })).toBe('/tmp/somewhere');
    expect(cacheFolder({ DOCKTUTOR_COMPILE_CACHE: 'off' })).toBeUndefined();
  });
});
