/**
 * The practice prompt in a real terminal (tmux): twenty lines pasted at once, and lines typed while a
 * command still runs, all run, in order, each at its own prompt; a hint there names the command as the
 * prompt takes it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDocker } from '../helpers/docker.js';
import { Terminal } from './tmux.js';

const ROOT = resolve(import.meta.dirname, '../..');
// A real terminal is one of the test's needs: skipped loudly without tmux, failed under DOCKTUTOR_REQUIRE_DOCKER=1.
const withTerminal = (name: string, body: () => void) => describeDocker(name, body, ['busybox', 'tmux']);

withTerminal('the practice prompt in a terminal', () => {
  let home: string;
  let terminal: Terminal;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'dt-paste-'));
    const env: NodeJS.ProcessEnv = { ...process.env, DOCKTUTOR_HOME: home, TERM: 'xterm-256color', NO_COLOR: '1', LANG: 'C.UTF-8', DOCKTUTOR_NO_EXPLAIN: '1' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    delete env.COLUMNS;
    terminal = new Terminal(ROOT, env);
  }, 180_000);

  afterAll(async () => {
    terminal?.close();
    if (home) await rm(home, { recursive: true, force: true });
  });

  const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

  it('runs every pasted line in order, and the ones typed while a command runs', async () => {
    terminal.start('node bin/docktutor.js try');
    await terminal.waitFor(/docktutor> $/m);
    // Numbered so that the order shows: `ps -a --filter` is not supported, `version` is one line per field; a
    // label filter that matches nothing keeps each output to its header.
    const lines = Array.from({ length: 20 }, (_, index) => `ps -a --filter label=dt-paste-${index + 1}`);
    terminal.paste(`${lines.join('\n')}\n`);
    // Typed while the twenty still run: kept too, and run after them.
    terminal.press('-l', 'version');
    terminal.press('Enter');
    const screen = await terminal.waitFor(/docktutor> version[\s\S]*Server:[\s\S]*docktutor> $/m, 120_000);
    const all = terminal.screen(3000);
    expect(count(all, /^CONTAINER ID/gm)).toBe(20);
    const order = [...all.matchAll(/^docktutor> ps -a --filter label=dt-paste-(\d+)$/gm)].map((match) => Number(match[1]));
    expect(order).toEqual(lines.map((_, index) => index + 1));
    expect(screen).toMatch(/docktutor> version/);

    // A hint at the prompt names the command as it is typed here.
    terminal.press('-l', 'ps --format x');
    terminal.press('Enter');
    const hinted = await terminal.waitFor(/hint: [\s\S]*'ps --help'/);
    expect(hinted).not.toMatch(/docktutor try docker ps --help/);
    terminal.press('-l', 'exit');
    terminal.press('Enter');
    expect(await terminal.waitFor(/EXIT=\d+/)).toMatch(/Bye\.\s+EXIT=0/);
  });
});
