/**
 * Start-up deferrals name private files of other packages. A release that renames one must cost only
 * start-up time: these tests generate stand-in packages in a temp folder, shaped like the real ones
 * but with the deferred file renamed (or the CommonJS build gone), and check that docktutor's own
 * deferral code skips what moved and the package still loads and works.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requirePrompts } from '../src/cli/inquirer.js';
import { deferDockerodeDependencies } from '../src/docker/engine/lazy-deps.js';
import { deferModule, lazyFunction } from '../src/lazy-require.js';
import { deferHighlight } from '../src/lessons/lazy-highlight.js';

const root = mkdtempSync(join(tmpdir(), 'dt-lazy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `files` (path -> text) under a fresh folder and returns `require` as seen from inside it. */
function world(name: string, files: Record<string, string>): NodeJS.Require {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return createRequire(join(dir, 'app.js'));
}

const pkg = (name: string, extra: object = {}) => JSON.stringify({ name, version: '1.0.0', main: 'index.js', ...extra });

describe('deferModule', () => {
  const files = (helper: string) => ({
    'node_modules/helpful/package.json': pkg('helpful'),
    'node_modules/helpful/index.js': `exports.helper = () => require('./lib/${helper}')();`,
    [`node_modules/helpful/lib/${helper}.js`]: `globalThis.helperLoads = (globalThis.helperLoads ?? 0) + 1; module.exports = () => 'helped';`,
  });

  it('defers a file that is where it names it: loaded on the first call, not before', () => {
    const load = world('in-place', files('helper'));
    const fromHelpful = createRequire(load.resolve('helpful'));
    const loads = () => (globalThis as { helperLoads?: number }).helperLoads ?? 0;
    const before = loads();
    expect(deferModule(fromHelpful, './lib/helper', (real) => lazyFunction(real))).toBe(true);
    const helpful = load('helpful') as { helper: () => string };
    expect(loads()).toBe(before);
    expect(helpful.helper()).toBe('helped');
    expect(loads()).toBe(before + 1);
  });

  it('leaves a renamed file alone, and the package loads it itself and works', () => {
    const load = world('renamed', files('helper-v2'));
    const fromHelpful = createRequire(load.resolve('helpful'));
    expect(deferModule(fromHelpful, './lib/helper', (real) => lazyFunction(real))).toBe(false);
    expect((load('helpful') as { helper: () => string }).helper()).toBe('helped');
  });

  it('does nothing without a package to resolve from', () => {
    expect(deferModule(undefined, './lib/helper', (real) => real)).toBe(false);
  });
});

describe("docktutor's own deferrals after a dependency moved its files", () => {
  it('dockerode: ssh, session and http_duplex renamed, debug and tar-fs gone; dockerode still loads and talks', () => {
    const load = world('dockerode', {
      'node_modules/dockerode/package.json': pkg('dockerode'),
      'node_modules/dockerode/index.js': `
        const Modem = require('docker-modem');
        const session = require('./lib/session-v5');
        module.exports = function Docker() { this.modem = new Modem(); this.session = session; };`,
      'node_modules/dockerode/lib/session-v5.js': `module.exports = () => 'session';`,
      'node_modules/docker-modem/package.json': pkg('docker-modem'),
      'node_modules/docker-modem/index.js': `
        const https = require('https');
        const agent = require('./lib/ssh-agent');
        const Duplex = require('./lib/duplex');
        module.exports = function Modem() { this.ping = () => 'pong'; this.agent = agent; this.https = typeof https.request; this.Duplex = Duplex; };`,
      'node_modules/docker-modem/lib/ssh-agent.js': `module.exports = () => 'agent';`,
      'node_modules/docker-modem/lib/duplex.js': `module.exports = class Duplex {};`,
    });
    const endHttps = deferDockerodeDependencies(load, {});
    const Docker = load('dockerode') as new () => { modem: { ping(): string; agent(): string; https: string }; session(): string };
    endHttps();
    const docker = new Docker();
    expect(docker.modem.ping()).toBe('pong');
    expect(docker.modem.agent()).toBe('agent');
    expect(docker.session()).toBe('session');
    expect(docker.modem.https).toBe('function');
  });

  it('dockerode itself not found: nothing is deferred and nothing throws', () => {
    const load = world('no-dockerode', {});
    expect(() => deferDockerodeDependencies(load, {})()).not.toThrow();
  });

  it('@inquirer/prompts without a CommonJS build: no stand-ins, and the caller falls back to the ES build', () => {
    const load = world('prompts-esm-only', {
      'node_modules/@inquirer/prompts/package.json': JSON.stringify({ name: '@inquirer/prompts', version: '9.0.0', type: 'module', exports: { '.': { import: './index.js' } } }),
      'node_modules/@inquirer/prompts/index.js': `export const select = () => 'selected';`,
    });
    expect(requirePrompts(load)).toBeUndefined();
  });

  it('@inquirer/prompts whose prompts moved into one package: the CommonJS build still loads', () => {
    const load = world('prompts-merged', {
      'node_modules/@inquirer/prompts/package.json': pkg('@inquirer/prompts'),
      'node_modules/@inquirer/prompts/index.js': `module.exports = { select: () => 'selected', input: () => 'typed', checkbox: () => [], confirm: () => true };`,
    });
    expect(requirePrompts(load)?.select({ message: 'm', choices: [] })).toBe('selected');
  });

  it('marked-terminal no longer using cli-highlight: nothing is deferred, marked-terminal loads', () => {
    const load = world('marked-terminal', {
      'node_modules/marked-terminal/package.json': pkg('marked-terminal'),
      'node_modules/marked-terminal/index.js': `module.exports = { markedTerminal: () => 'rendered' };`,
    });
    expect(deferHighlight(load)).toBe(false);
    expect((load('marked-terminal') as { markedTerminal(): string }).markedTerminal()).toBe('rendered');
  });
});
