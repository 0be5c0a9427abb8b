import { describe, expect, it } from 'vitest';
import { ellipsis, formatColumns, formatSearchTable } from '../../src/docker/format/search.js';

describe('ellipsis', () => {
  it.each([
    ['short', 45, 'short'],
    ['x'.repeat(45), 45, 'x'.repeat(45)],
    ['x'.repeat(46), 45, `${'x'.repeat(44)}…`],
    ['한국어 설명입니다', 10, '한국어 설…'],
    ['é'.repeat(50), 45, `${'é'.repeat(44)}…`],
  ])('%j at %d', (text, width, expected) => {
    expect(ellipsis(text, width)).toBe(expected);
  });
});

describe('formatColumns', () => {
  it('pads every column but the last to the widest cell plus 3, at least 10', () => {
    expect(formatColumns([['A', 'BB', 'C'], ['long-name-here', '', 'z']])).toBe(`${'A'.padEnd(17)}${'BB'.padEnd(10)}C\n${'long-name-here'.padEnd(17)}${''.padEnd(10)}z\n`);
  });
});

describe('formatSearchTable', () => {
  it('renders docker search rows, cutting descriptions unless --no-trunc', () => {
    const rows = [
      { name: 'busybox', description: 'Busybox base image.\nSmall.', stars: 3351, official: true },
      { name: 'someone/tool', description: 'A'.repeat(60), stars: 0, official: false },
    ];
    expect(formatSearchTable(rows, { noTrunc: false }).split('\n')).toEqual([
      `NAME           DESCRIPTION${' '.repeat(37)}STARS     OFFICIAL`,
      `busybox        Busybox base image. Small.${' '.repeat(22)}3351      [OK]`,
      `someone/tool   ${'A'.repeat(44)}…   0         `,
      '',
    ]);
    expect(formatSearchTable(rows, { noTrunc: true })).toContain('A'.repeat(60));
  });

  it('prints only the header when nothing matched', () => {
    expect(formatSearchTable([], { noTrunc: false })).toBe('NAME      DESCRIPTION   STARS     OFFICIAL\n');
  });
});
