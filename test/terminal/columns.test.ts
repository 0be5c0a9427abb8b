import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { alignColumns } from '../../src/terminal/columns.js';
import { columnsOf, padEnd, padStart } from '../../src/terminal/width.js';

describe('alignColumns', () => {
  it('pads by display width, so Korean cells line up too', () => {
    expect(alignColumns([['컨테이너', 'x'], ['ab', 'y']])).toEqual(['컨테이너  x', 'ab        y']);
  });

  it('right-aligns the columns asked for, the last one included, and drops trailing spaces', () => {
    expect(alignColumns([['#', 'name', 'n'], ['10', '가', '7'], ['2', 'abcd ', '123']], { right: [0, 2] })).toEqual([
      ' #  name     n',
      '10  가       7',
      ' 2  abcd   123',
    ]);
  });

  it('takes a wider gap when asked', () => {
    expect(alignColumns([['a', 'b']], { gap: 3 })).toEqual(['a   b']);
  });
});

describe('padEnd and padStart', () => {
  it('count a Hangul syllable as two columns and an escape sequence as none', () => {
    expect(columnsOf('한글')).toBe(4);
    expect(columnsOf('\u001b[1mab\u001b[22m')).toBe(2);
    expect(padEnd('한', 4)).toBe('한  ');
    expect(padStart('한', 4)).toBe('  한');
    expect(padEnd('toolong', 3)).toBe('toolong');
  });
});

describe('columnsOf', () => {
  it('agrees with string-width on every character of the Basic Multilingual Plane, though it measures most without it', () => {
    const differ: string[] = [];
    for (let code = 0x20; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (columnsOf(char) !== stringWidth(char)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
    expect(columnsOf('GET /containers/json → 200 · 한글 … ┌─┐')).toBe(stringWidth('GET /containers/json → 200 · 한글 … ┌─┐'));
  });
});
