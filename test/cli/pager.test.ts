/**
 * The pager on a terminal of 20 rows: a body longer than a page is paged under its header; a body that
 * fits on the page but not with the prompt under it waits one key, says it is the end, and is not printed
 * twice.
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

  it('says "the end" when the rest fits, goes on at a key, and prints nothing twice', async () => {
    const { io, text, press } = terminal(20);
    const done = printPaged(io, step(14), { lang: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).toMatch(/── lines 1-15 of 15, the end · Space: go on · b: back/);
    expect(text()).not.toMatch(/Space: more/);
    press(' ');
    await done;
    expect(text().match(/body 14/g)).toHaveLength(1);
  });

  it('pages a long step a screen at a time under its header', async () => {
    const { io, text, press } = terminal(20);
    const done = printPaged(io, step(40), { lang: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text()).toMatch(/── lines 1-17 of 41 · Space: more/);
    press('q');
    await done;
    expect(text().match(/Lesson · Step 2\/6/g)).toHaveLength(2);
    expect(text()).toContain('body 40');
  });
});
