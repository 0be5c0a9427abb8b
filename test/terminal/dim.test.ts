/** Dim text for a stream: escapes only for a terminal that shows colour, decided once per stream and environment. */
import { describe, expect, it } from 'vitest';
import { dimFor } from '../../src/terminal/dim.js';

describe('dimFor', () => {
  it('dims for a terminal, as node:util styleText did', () => {
    expect(dimFor({ isTTY: true }, {})('What happened\n  GET /images/json → 200\n')).toBe('\x1b[2mWhat happened\n  GET /images/json → 200\n\x1b[22m');
  });

  it('leaves text plain for a pipe, and for a terminal without colour', () => {
    expect(dimFor({}, {})('note')).toBe('note');
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '0' }, { TERM: 'dumb' }]) expect(dimFor({ isTTY: true }, env)('note')).toBe('note');
  });

  it('decides again for another environment given with the same stream', () => {
    const terminal = { isTTY: true };
    expect(dimFor(terminal, {})('a')).toBe('\x1b[2ma\x1b[22m');
    expect(dimFor(terminal, { NO_COLOR: '1' })('a')).toBe('a');
    expect(dimFor(terminal, {})('a')).toBe('\x1b[2ma\x1b[22m');
  });
});
