/**
 * The pager's footer names what the next key does: more of the step while lines are left unseen, the
 * prompt under it once every line is shown but the prompt has no room yet.
 */
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { printPaged } from '../../src/cli/learn/pager.js';

/** A 20-row terminal whose keys are typed in once the pager waits for one. */
function terminal(rows: number) {
  let text = '';
  const stdout = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((text += String(chunk)), done()) }), { isTTY: true, rows, columns: 80 });
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => undefined });
  return { io: { stdin, stdout, stderr: stdout }, text: () => text, stdin };
}

async function page(bodyLines: number, keys: string[]) {
  const term = terminal(20);
  const step = ['Lesson · Step 2/3', '', ...Array.from({ length: bodyLines }, (_, index) => `line ${index + 1}`)].join('\n');
  const done = printPaged(term.io as never, step, { lang: 'en' });
  for (const key of keys) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    term.stdin.write(key);
  }
  await done;
  return term.text();
}

describe('the pager footer', () => {
  it('says Space goes on when the whole step is shown and only the prompt is left', async () => {
    const text = await page(14, [' ']);
    expect(text).toContain('── lines 1-15 of 15 · Space: go on · b: back');
    expect(text).not.toContain('Space: more');
    expect(text.trimEnd().endsWith('line 14')).toBe(true);
  });

  it('says Space shows more while lines are left unseen', async () => {
    const text = await page(40, ['q']);
    expect(text).toContain('── lines 1-18 of 41 · Space: more · b: back · q: to the end');
    expect(text.trimEnd().endsWith('line 40')).toBe(true);
  });
});
