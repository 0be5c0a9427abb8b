/**
 * The published bundle (scripts/bundle/): its start-up deferrals are declared in the build and resolved
 * there. A dependency release that renames a deferred file must cost only start-up time: these tests
 * bundle stand-in packages, shaped like the real ones, with the deferred file in place and renamed, and
 * run the result. Then the real bundle: it runs, and a command does not load what the deferrals keep out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the build scripts are plain JavaScript modules
import { bundleCli, bundleWithDeferrals } from '../scripts/bundle/build.mjs';
// @ts-expect-error: the build scripts are plain JavaScript modules
import { rewritePlugin } from '../scripts/bundle/rewrite-plugin.mjs';
// @ts-expect-error: the build scripts are plain JavaScript modules
import { DEFERRALS, REWRITES } from '../scripts/bundle/rules.mjs';
import { describeDocker } from './helpers/docker.js';

const { LEFT_OUT_OF_TRY } = createRequire(import.meta.url)('../bin/docktutor.cjs') as { LEFT_OUT_OF_TRY: readonly string[] };
const ROOT = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'dt-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Rule {
  from: string;
  request: string;
}

/** Writes `files` under a fresh folder, bundles its app.js with `rules`, and returns the built file and the rules that did not fire. */
async function bundleWorld(name: string, files: Record<string, string>, rules: object[]): Promise<{ main: string; missed: Rule[] }> {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const { missed } = await bundleWithDeferrals(esbuild, { root: dir, entry: { main: 'app.js' }, outdir: join(dir, 'out'), rules });
  return { main: join(dir, 'out', 'main.cjs'), missed };
}

const run = (main: string) => execFileSync(process.execPath, [main], { encoding: 'utf8' }).trim();

const helpful = (helper: string) => ({
  'package.json': JSON.stringify({ name: 'app', type: 'module' }),
  // Loads, says whether the helper ran yet, then calls it.
  'app.js': `import helpful from 'helpful';\nconsole.log(globalThis.helperLoads ?? 0, helpful.helper(), globalThis.helperLoads);`,
  'node_modules/helpful/package.json': JSON.stringify({ name: 'helpful', version: '1.0.0', main: 'index.js' }),
  'node_modules/helpful/index.js': `const helper = require('./lib/${helper}');\nexports.helper = () => helper();`,
  [`node_modules/helpful/lib/${helper}.js`]: `globalThis.helperLoads = (globalThis.helperLoads ?? 0) + 1;\nmodule.exports = () => 'helped';`,
});

describe('deferrals declared in the build', () => {
  const rule = { from: 'helpful', request: './lib/helper', shape: 'function' };

  it('defer a file that is where the rule names it: the bundle loads it on the first call, not at start', async () => {
    const { main, missed } = await bundleWorld('in-place', helpful('helper'), [rule]);
    expect(missed).toEqual([]);
    expect(run(main)).toBe('0 helped 1');
  });

  it('leave a renamed file alone: the rule does not fire, and the package loads it itself and works', async () => {
    const { main, missed } = await bundleWorld('renamed', helpful('helper-v2'), [rule]);
    expect(missed).toEqual([rule]);
    expect(run(main)).toBe('1 helped 1');
  });

  it('leave a package that is gone alone as well', async () => {
    const { main, missed } = await bundleWorld('other-package', helpful('helper'), [{ from: 'helpful-v2', request: './lib/helper', shape: 'function' }]);
    expect(missed).toHaveLength(1);
    expect(run(main)).toBe('1 helped 1');
  });
});

describe("docktutor's bundle", () => {
  // One level below the package's folder, as bundle/ is: the lessons and package.json are found the same way.
  const out = join(ROOT, `.bundle-test-${process.pid}`);
  let missed: Rule[] = [];
  let missedRewrites: { from: string; find: string }[] = [];
  let passedOver: { rule: { find: string }; path: string }[] = [];
  let leftOut: string[] = [];
  // The modules each program holds, from esbuild's account of the build (the bundle itself is minified).
  const inputs: Record<'main' | 'try', string[]> = { main: [], try: [] };
  beforeAll(async () => {
    let metafile: Record<'main' | 'try', { outputs: Record<string, { inputs: Record<string, unknown> }> }>;
    ({ missed, missedRewrites, passedOver, leftOut, metafile } = await bundleCli({ root: ROOT, outdir: out, esbuild }));
    for (const program of ['main', 'try'] as const) {
      inputs[program] = Object.entries(metafile[program].outputs).filter(([file]) => file.endsWith(`${program}.cjs`)).flatMap(([, output]) => Object.keys(output.inputs));
    }
  }, 120_000);
  const holds = (program: 'main' | 'try', path: string) => inputs[program].some((input) => input.includes(path));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  // A rule that no longer fires is not a failure of the bundle (it works, slower to start): it is this
  // test's job to say which dependency moved its file, so that the rule can follow it.
  it('finds every deferred file where its rule names it, in the dependencies installed', () => {
    expect(missed.map((rule) => `${rule.from} ${rule.request}`)).toEqual([]);
    expect(DEFERRALS.length).toBeGreaterThan(0);
  });

  // The plugin replaces every occurrence of the text it finds ('rewrites declared in the build', below).
  it('finds every text a rewrite replaces, in the dependencies installed, in every module the rule names', () => {
    expect(missedRewrites.map((rule) => `${rule.from} ${rule.find}`)).toEqual([]);
    expect(passedOver.map(({ rule, path }) => `${path}: ${rule.find}`)).toEqual([]);
    expect(REWRITES.length).toBeGreaterThan(0);
  });

  it("holds zod's English messages and none of its other languages, which nothing in src/ reads", () => {
    expect(holds('main', 'node_modules/zod/v4/locales/en.js')).toBe(true);
    expect(holds('main', 'node_modules/zod/v4/locales/fr.js')).toBe(false);
    const readers = execFileSync('git', ['grep', '-l', '-E', String.raw`\bz\.locales\b|zod/(v4/)?locales['"]`, '--', 'src'], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(readers.split('\n').filter((file) => !/schema-common\.ts$/.test(file))).toEqual([]);
  });

  it('builds `try docker <command>` alone into try.cjs: half the size, without learn, the quiz, the practice prompt or commander', () => {
    const whole = readFileSync(join(out, 'main.cjs'), 'utf8');
    const one = readFileSync(join(out, 'try.cjs'), 'utf8');
    expect(one.length).toBeLessThan(whole.length * 0.7);
    for (const absent of ['src/cli/learn/', 'src/cli/practice-shell.ts', 'src/quiz/', 'node_modules/commander/', 'node_modules/marked/']) {
      expect([absent, holds('main', absent), holds('try', absent)]).toEqual([absent, true, false]);
    }
  });

  it('leaves build and login out of try.cjs, with what only they load: BuildKit, protobufjs, tar, the prompts', () => {
    expect([...leftOut].sort()).toEqual([...LEFT_OUT_OF_TRY].sort());
    const whole = readFileSync(join(out, 'main.cjs'), 'utf8');
    const one = readFileSync(join(out, 'try.cjs'), 'utf8');
    expect(one.length).toBeLessThan(whole.length * 0.4);
    for (const absent of ['src/docker/commands/build/execute.ts', 'src/docker/commands/login/execute.ts', 'src/docker/buildkit/', 'node_modules/protobufjs/', 'node_modules/tar-stream/', 'node_modules/@inquirer/core/']) {
      expect([absent, holds('main', absent), holds('try', absent)]).toEqual([absent, true, false]);
    }
    // What a line that names them needs from them is in main.cjs, where bin/docktutor.cjs runs it.
    for (const name of LEFT_OUT_OF_TRY) {
      const result = spawnSync(process.execPath, [join(out, 'try.cjs'), 'try', 'docker', name, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`bundle/try.cjs does not hold \`docker ${name}\`: bin/docktutor.cjs runs it from bundle/main.cjs`);
      const whole = spawnSync(process.execPath, [join(out, 'main.cjs'), 'try', 'docker', name, '--help'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(whole.status).toBe(0);
      expect(whole.stdout).toContain(`docker ${name} [OPTIONS]`);
    }
  });

  it('answers the usage and the mistakes of try.cjs without a daemon, as main.cjs does', () => {
    for (const words of [['ps', '--help'], ['help', 'images'], ['bogus'], ['ps', '--bogus']]) {
      const args = ['try', 'docker', ...words];
      const run = (file: string) => spawnSync(process.execPath, [join(out, file), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DOCKER_HOST: 'unix:///nonexistent/docker.sock' } });
      const [whole, alone] = [run('main.cjs'), run('try.cjs')];
      expect({ status: alone.status, stdout: alone.stdout, stderr: alone.stderr }).toEqual({ status: whole.status, stdout: whole.stdout, stderr: whole.stderr });
      expect(`${alone.stdout}${alone.stderr}`.length).toBeGreaterThan(20);
    }
  });

  it('runs: --version and lessons --check', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [join(out, 'main.cjs'), '--version'], { encoding: 'utf8' }).trim()).toBe(manifest.version);
    expect(execFileSync(process.execPath, [join(out, 'main.cjs'), 'lessons', '--check'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })).toMatch(/no problems found/);
  });

  describeDocker('against the daemon', () => {
    it('answers try docker version without loading ssh2, gRPC, highlight.js or node-emoji', () => {
      // Every CommonJS module Node loads outside the bundle, listed as the process ends.
      const listing = join(scratch, 'list-loads.cjs');
      writeFileSync(listing, `process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));`);
      const result = spawnSync(process.execPath, ['--require', listing, join(out, 'main.cjs'), 'try', 'docker', 'version'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Server:/);
      const stderr = result.stderr;
      const loaded = JSON.parse(/LOADED (.*)/.exec(stderr)![1]!) as string[];
      expect(loaded.filter((path) => /[\\/]node_modules[\\/](ssh2|@grpc|highlight\.js|cli-highlight|node-emoji)[\\/]/.test(path))).toEqual([]);
      expect(loaded.filter((path) => path.includes(`${out}/deferred`))).toEqual([]);
    });

    it('answers try docker version from try.cjs alone too', () => {
      const result = spawnSync(process.execPath, [join(out, 'try.cjs'), 'try', 'docker', 'version'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Server:/);
    });
  });
});

describe('rewrites declared in the build', () => {
  const files = (body: string) => ({
    'package.json': JSON.stringify({ name: 'app', type: 'module' }),
    'app.js': `import { greet } from 'greeter';\nconsole.log(greet('you'));`,
    'node_modules/greeter/package.json': JSON.stringify({ name: 'greeter', version: '1.0.0', main: 'lib/greet.js' }),
    'node_modules/greeter/lib/greet.js': body,
  });
  const rule = { from: 'greeter', file: /\/lib\/greet\.js$/, find: 'slowGreeting(', replace: 'fastGreeting(' };

  async function build(name: string, body: string): Promise<{ output: string; missed: object[]; passedOver: string[] }> {
    const dir = join(scratch, name);
    for (const [path, text] of Object.entries(files(body))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const rewrite = rewritePlugin([rule]);
    await bundleWithDeferrals(esbuild, { root: dir, entry: { main: 'app.js' }, outdir: join(dir, 'out'), rules: [], plugins: [rewrite.plugin] });
    const passedOver = (rewrite.passedOver() as { path: string }[]).map(({ path }) => path.slice(dir.length));
    return { output: run(join(dir, 'out', 'main.cjs')), missed: rewrite.missed(), passedOver };
  }

  it('replace the text where the rule finds it', async () => {
    const body = "const slowGreeting = (n) => 'slow ' + n;\nconst fastGreeting = (n) => 'fast ' + n;\nexports.greet = (n) => slowGreeting(n);\n";
    expect(await build('rewrite-found', body)).toEqual({ output: 'fast you', missed: [], passedOver: [] });
  });

  it('leave a module whose text changed as it is, and say the rule found nothing and which module it passed over', async () => {
    const body = "const greeting = (n) => 'plain ' + n;\nexports.greet = (n) => greeting(n);\n";
    expect(await build('rewrite-missed', body)).toEqual({ output: 'plain you', missed: [rule], passedOver: ['/node_modules/greeter/lib/greet.js'] });
  });
});
