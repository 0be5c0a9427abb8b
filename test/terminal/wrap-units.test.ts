/** The wrapper keeps a number and its unit on one line: "100" never ends a line with "MB" starting the next. */
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/terminal/wrap.js';

describe('a number and its unit', () => {
  it.each([
    ['the image weighs about 100 MB in all', 27, ['the image weighs about', '100 MB in all']],
    ['a pull takes 5 s here, and 20 % less', 18, ['a pull takes 5 s', 'here, and 20 %', 'less']],
    ['it stays under 512 KiB.', 20, ['it stays under', '512 KiB.']],
  ])('%s (at %i columns)', (text, width, lines) => {
    expect(wrapText(text, width)).toBe(lines.join('\n'));
  });

  it('still breaks between a number and a word that is not a unit', () => {
    expect(wrapText('the quiz has 4 questions', 14)).toBe('the quiz has 4\nquestions');
  });

  it('cuts a number and unit wider than the line, as any word', () => {
    expect(wrapText('12345 MB', 6).split('\n').every((line) => line.length <= 6)).toBe(true);
  });
});

describe('a no-break space', () => {
  it('keeps what it joins on one line: a lesson number and its id in a hint', () => {
    expect(wrapText('lessons: 11\u00a0resource-limits, 12\u00a0lifecycle-and-logs', 30)).toBe('lessons: 11\u00a0resource-limits,\n12\u00a0lifecycle-and-logs');
  });
});
