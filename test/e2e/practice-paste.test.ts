/**
 * The practice prompt in a real terminal (tmux): twenty lines pasted at once, and lines typed while a
 * command still runs, all run, in order, each at its own prompt; a hint there names the command as the
 * prompt takes it.
 */
import { expect, it } from 'vitest';
import { describeDocker } from '../helpers/docker.js';
import { useTerminal } from './tmux.js';

// A real terminal is one of the test's needs: skipped loudly without tmux, failed under DOCKTUTOR_REQUIRE_DOCKER=1.
const withTerminal = (name: string, body: () => void) => describeDocker(name, body, ['busybox', 'tmux']);

withTerminal('the practice prompt in a terminal', () => {
  const shell = useTerminal('dt-paste-', { DOCKTUTOR_NO_EXPLAIN: '1' });

  const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

  it('runs every pasted line in order, and the ones typed while a command runs', async () => {
    shell.terminal.start('node bin/docktutor.js try');
    await shell.terminal.waitFor(/docktutor> $/m);
    // Numbered so that the order shows: `ps -a --filter` is not supported, `version` is one line per field; a
    // label filter that matches nothing keeps each output to its header.
    const lines = Array.from({ length: 20 }, (_, index) => `ps -a --filter label=dt-paste-${index + 1}`);
    shell.terminal.paste(`${lines.join('\n')}\n`);
    // Typed while the twenty still run: kept too, and run after them.
    shell.terminal.press('-l', 'version');
    shell.terminal.press('Enter');
    const screen = await shell.terminal.waitFor(/docktutor> version[\s\S]*Server:[\s\S]*docktutor> $/m, 120_000);
    const all = shell.terminal.screen(3000);
    expect(count(all, /^CONTAINER ID/gm)).toBe(20);
    const order = [...all.matchAll(/^docktutor> ps -a --filter label=dt-paste-(\d+)$/gm)].map((match) => Number(match[1]));
    expect(order).toEqual(lines.map((_, index) => index + 1));
    expect(screen).toMatch(/docktutor> version/);

    // A hint at the prompt names the command as it is typed here.
    shell.terminal.press('-l', 'ps --format x');
    shell.terminal.press('Enter');
    const hinted = await shell.terminal.waitFor(/hint: [\s\S]*'ps --help'/);
    expect(hinted).not.toMatch(/docktutor try docker ps --help/);
    shell.terminal.press('-l', 'exit');
    shell.terminal.press('Enter');
    expect(await shell.terminal.waitFor(/EXIT=\d+/)).toMatch(/Bye\.\s+EXIT=0/);
  });
});
