/**
 * The pager on a terminal of 20 rows: a step that fits the screen is printed at once, even when the
 * prompt under it will scroll it; a longer one is paged under its header, and no body line is printed
 * twice on the way down, by Space or by q; a rest that fits on a page but not with the prompt under it
 * waits one key and says it is the end.
 */
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { printPaged } from '../../src/cli/learn/pager.js';

function terminal(rows: number) {
  let text = '';
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
    { isTTY: true, columns: 80, rows },
  );
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  return { io: { stdin, stdout, stderr: stdout }, text: () => text, press: (key: string) => stdin.write(key) };
}

const step = (bodyLines: number) => ['Lesson · Step 2/6', 'Title', '', ...Array.from({ length: bodyLines }, (_, index) => `body ${index + 1}`)].join('\n');

describe('printPaged', () => {
  it('prints a short step at once', async () => {
    const { io, text } = terminal(20);
    await printPaged(io, step(5), { lang: 'en' });
    expect(text()).not.toMatch(/──/);
  });

  it('prints a step that fits the screen at once, even with no room left for the prompt under it', async () => {
    const { io, text } = terminal(20);
    // 3 header lines and 16 body lines: 19 rows, the 20th for the cursor.
    await printPaged(io, step(16), { lang: 'en' });
    expect(text()).not.toMatch(/──/);
    expect(text().match(/body 16/g)).toHaveLength(1);
  });

  it('says "the end" when the rest fits on a page but not with the prompt, goes on at a key, and prints nothing twice', async () => {
    const { io, text, press } = terminal(20);
    const done = printPaged(io, step(30), { lang: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).toMatch(/── lines 1-17 of 31 · Space: more/);
    press(' ');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).toMatch(/── lines 18-31 of 31, the end · Space: go on · b: back/);
    press(' ');
    await done;
    for (let line = 1; line <= 30; line += 1) expect(text().match(new RegExp(`body ${line}\\n`, 'g'))).toHaveLength(1);
  });

  it('goes down page by page without printing a body line twice', async () => {
    const { io, text, press } = terminal(20);
    const done = printPaged(io, step(40), { lang: 'en' });
    for (let page = 0; page < 2; page += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      press(' ');
    }
    await done;
    for (let line = 1; line <= 40; line += 1) expect(text().match(new RegExp(`body ${line}\\n`, 'g'))).toHaveLength(1);
  });

  it('pages a long step a screen at a time under its header', async () => {
    const { io, text, press } = terminal(20);
    const done = printPaged(io, step(40), { lang: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).toMatch(/── lines 1-17 of 41 · Space: more/);
    press('q');
    await done;
    expect(text().match(/Lesson · Step 2\/6/g)).toHaveLength(2);
    // q prints the rest under the header: every body line once, none skipped, none printed again.
    for (let line = 1; line <= 40; line += 1) expect(text().match(new RegExp(`body ${line}\\n`, 'g'))).toHaveLength(1);
  });

  it('ends a page before a box it would cut, and shows the box whole on the next page', async () => {
    const { io, text, press } = terminal(20);
    const lines = Array.from({ length: 30 }, (_, index) => `body ${index + 1}`);
    // The box's top and first line would be the page's last two lines (17 body lines a page).
    lines.splice(14, 0, '┌─ Try it ──────┐', '│ $ docker ps  │', '└──────────────┘');
    const done = printPaged(io, ['Lesson · Step 2/6', 'Title', '', ...lines].join('\n'), { lang: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).toMatch(/body 14\n── lines 1-15 of 34 · Space: more/);
    expect(text()).not.toContain('┌');
    press(' ');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).toMatch(/Title\n┌─ Try it ──────┐\n│ \$ docker ps  │\n└──────────────┘\nbody 15\n/);
    press('q');
    await done;
  });
});
