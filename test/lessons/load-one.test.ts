/** `learn 3` reads the lesson it names alone: found by the id or order its front matter gives. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/lessons/load.js';

const VALID = resolve(import.meta.dirname, '../fixtures/lessons-valid');
const scratch = mkdtempSync(join(tmpdir(), 'dt-load-one-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('loadLessons with one lesson named', () => {
  it('reads only the lesson whose id or order is named', () => {
    expect(loadLessons(VALID, 'en', 'building').map((lesson) => lesson.id)).toEqual(['building']);
    expect(loadLessons(VALID, 'en', '1').map((lesson) => lesson.id)).toEqual(['basics']);
    expect(loadLessons(VALID, 'en', ' 2 ').map((lesson) => lesson.id)).toEqual(['building']);
  });

  it('reads them all when no front matter names it, so that the caller can say which lessons there are', () => {
    expect(loadLessons(VALID, 'en', 'nope').map((lesson) => lesson.id)).toEqual(['basics', 'building']);
    expect(loadLessons(VALID, 'en', '9')).toHaveLength(2);
  });

  it('does not parse the other lessons: a broken one elsewhere does not stop the one named', () => {
    const dir = join(scratch, 'one-broken');
    cpSync(VALID, dir, { recursive: true });
    const second = join(dir, '02-building', 'en.md');
    writeFileSync(second, readFileSync(second, 'utf8').replace(/```try\n/, '```try\nnot: [valid\n'));
    expect(loadLessons(dir, 'en', 'basics').map((lesson) => lesson.id)).toEqual(['basics']);
    expect(() => loadLessons(dir, 'en')).toThrow(/02-building/);
  });

  it('finds an id written in quotes, with a comment after it', () => {
    const dir = join(scratch, 'quoted');
    cpSync(VALID, dir, { recursive: true });
    const first = join(dir, '01-basics', 'en.md');
    writeFileSync(first, readFileSync(first, 'utf8').replace(/^id: basics$/m, 'id: "basics" # the first'));
    expect(loadLessons(dir, 'en', 'basics').map((lesson) => lesson.id)).toEqual(['basics']);
  });
});
