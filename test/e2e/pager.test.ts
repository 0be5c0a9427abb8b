/**
 * A step taller than the terminal, in a real terminal (tmux, 80x24): shown a page at a time with the
 * lesson and "Step N/M" on top of every page, so the learner never scrolls back; q prints the rest of
 * the step under the header, and nothing of the page just read again, and the action prompt follows.
 * No daemon: reading needs none.
 */
import { describe, expect } from 'vitest';
import { columnsOf } from '../../src/terminal/width.js';
import { itNeeds } from '../helpers/docker.js';
import { useTerminal } from './tmux.js';

const SIZE = { columns: 80, rows: 24 };

// A real terminal is the one need (no daemon): skipped loudly without tmux, failed under DOCKTUTOR_REQUIRE_DOCKER=1.
describe('a tall step in a 24-row terminal', () => {
  const shell = useTerminal('dt-pager-', { DOCKER_HOST: 'unix:///nonexistent.sock' });

  itNeeds(['tmux'], 'pages under its header, and q prints the rest without the page already read', async () => {
    shell.terminal.start('node bin/docktutor.js learn 1', SIZE);
    // Step 1 is short: the lesson's title is named once, in the header, not again as the step's title.
    const first = await shell.terminal.pressAfter(/Why Docker exists · Step 1\/6[\s\S]*Next step/, 'Enter');
    expect(first.match(/Why Docker exists/g)).toHaveLength(1);

    const header = 'Why Docker exists · Step 2/6';
    await shell.terminal.waitFor(/── lines 1-\d+ of \d+ · Space: more/);
    const page1 = shell.terminal.visible();
    expect(page1[0]).toBe(header);
    expect(page1[1]).toBe('What Docker is');
    expect(page1).toHaveLength(SIZE.rows);
    for (const row of page1) expect(columnsOf(row)).toBeLessThanOrEqual(SIZE.columns);

    shell.terminal.press('Space');
    await shell.terminal.waitFor(/── lines (?!1-)\d+-\d+ of \d+/);
    const page2 = shell.terminal.visible();
    expect(page2[0]).toBe(header);
    expect(page2.join('\n')).not.toBe(page1.join('\n'));

    // Back, then straight to the end.
    shell.terminal.press('b');
    await new Promise((done) => setTimeout(done, 500));
    expect(shell.terminal.visible().slice(0, 3)).toEqual(page1.slice(0, 3));
    shell.terminal.press('q');
    const last = await shell.terminal.waitVisible(/\? What next\?\n❯ /);
    expect(last.join('\n')).not.toMatch(/── lines/);
    // Printed by q: the header, then the step from the line under page 1 on; no row of page 1 again.
    const screen = shell.terminal.screen(400).split('\n');
    const rest = screen.slice(screen.lastIndexOf(header) + 1, screen.findLastIndex((row) => row.startsWith('? What next?')));
    expect(rest.length).toBeGreaterThan(0);
    const read = page1.slice(2, -1).filter((row) => row.trim().length > 20);
    expect(read.length).toBeGreaterThan(5);
    for (const row of read) expect(rest).not.toContain(row);

    shell.terminal.press('C-c');
    expect(await shell.terminal.waitFor(/EXIT=\d+/)).toMatch(/EXIT=130/);
  });
});
