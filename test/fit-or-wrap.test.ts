/**
 * The bundle's wrap-ansi for @inquirer/core (scripts/bundle/fit-or-wrap.mjs) must print exactly what
 * wrap-ansi prints: checked against the wrap-ansi and string-width that @inquirer/core resolves, on
 * generated prompt lines (ASCII, Korean, emoji, combining marks, colour codes, tabs, runs of spaces) at
 * widths from 1 to 120, with and without trimming.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the build scripts are plain JavaScript modules
import { fitOrWrap } from '../scripts/bundle/fit-or-wrap.mjs';

type Wrap = (text: string, columns: number, options?: { trim?: boolean; hard?: boolean; wordWrap?: boolean }) => string;

const fromCore = createRequire(join(resolve(import.meta.dirname, '..'), 'node_modules', '@inquirer', 'core', 'package.json'));
const wrapAnsi = fromCore('wrap-ansi') as Wrap;
const stringWidth = fromCore('string-width') as (text: string) => number;
const fast = fitOrWrap(wrapAnsi, stringWidth) as Wrap;

const PIECES = ['docker', 'run', '-d', '--name', 'dt-web', 'busybox:latest', '컨테이너를', '실행합니다', '이미지', '😀', '👍🏽', '🏳️‍🌈', '\u00e9', 'e\u0301', '\u1100\u1161', '\t', '', ' ', '❯', '⏎', '↑↓', 'ｗｉｄｅ'];
const COLOURS = ['\x1b[1m', '\x1b[22m', '\x1b[36m', '\x1b[39m', '\x1b[2m', '\x1b[0m', '\x1b[38;5;208m'];

/** A small deterministic generator, so that a failure names a line that can be run again. */
function* lines(count: number): Generator<string> {
  let seed = 20261130;
  const next = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % below;
  };
  for (let index = 0; index < count; index += 1) {
    const words: string[] = [];
    for (let word = next(14); word > 0; word -= 1) {
      const piece = PIECES[next(PIECES.length)]!;
      words.push(next(4) === 0 ? `${COLOURS[next(COLOURS.length)]}${piece}${COLOURS[next(COLOURS.length)]}` : piece);
    }
    yield words.join(next(5) === 0 ? '  ' : ' ');
  }
}

describe("the bundle's wrap-ansi for Inquirer's prompts", () => {
  it('wraps every generated line exactly as wrap-ansi does, at every width, without trimming (as Inquirer calls it)', () => {
    let fitted = 0;
    let checked = 0;
    for (const line of lines(800)) {
      for (const columns of [1, 2, 5, 8, 13, 20, 33, 40, 57, 80, 120]) {
        const expected = wrapAnsi(line, columns, { trim: false, hard: true });
        expect(fast(line, columns, { trim: false, hard: true }), JSON.stringify({ line, columns })).toBe(expected);
        if (!expected.includes('\n')) fitted += 1;
        checked += 1;
      }
    }
    // Both paths were taken many times: lines that fit (measured once) and lines wrap-ansi wraps.
    expect(fitted).toBeGreaterThan(checked / 4);
    expect(checked - fitted).toBeGreaterThan(checked / 4);
  });

  it('leaves trimming, several lines and other options to wrap-ansi', () => {
    for (const line of lines(300)) {
      for (const options of [undefined, { hard: true }, { trim: true, hard: true }, { trim: false, wordWrap: false }]) {
        expect(fast(` ${line} `, 40, options)).toBe(wrapAnsi(` ${line} `, 40, options));
        expect(fast(`${line}\n${line}`, 30, { ...options, trim: false })).toBe(wrapAnsi(`${line}\n${line}`, 30, { ...options, trim: false }));
      }
    }
  });
});
