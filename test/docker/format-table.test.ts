import { describe, expect, it } from 'vitest';
import { formatRows, tabwrite } from '../../src/docker/format/tabwriter.js';

describe('tabwrite (Go text/tabwriter as docker configures it)', () => {
  it('pads every column but the last to its widest cell plus 3, at least 10', () => {
    const text = formatRows([
      ['CONTAINER ID', 'IMAGE', 'NAMES'],
      ['8b4b42f48d52', 'busybox', 'bar'],
    ]);
    expect(text).toBe('CONTAINER ID   IMAGE     NAMES\n8b4b42f48d52   busybox   bar\n');
  });

  it('keeps empty cells as padding', () => {
    expect(formatRows([['A', '', 'C']])).toBe('A                   C\n');
  });

  it('aligns each block of consecutive tabbed lines on its own', () => {
    const text = tabwrite('Client:\n a:\t1\n longer key:\t2\n\nServer:\n b:\t3\n', { minWidth: 5, padding: 1 });
    expect(text).toBe('Client:\n a:          1\n longer key: 2\n\nServer:\n b:  3\n');
  });

  it('aligns nested columns only over the lines that have them', () => {
    const text = tabwrite('a\tb\tc\naa\tbbbbbb\tc\nx\ty\n', { minWidth: 0, padding: 1 });
    expect(text).toBe('a  b      c\naa bbbbbb c\nx  y\n');
  });

  it('counts characters, not bytes', () => {
    expect(formatRows([['이름', 'x'], ['ab', 'y']], { minWidth: 0, padding: 1 })).toBe('이름 x\nab y\n');
  });
});
