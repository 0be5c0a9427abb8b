import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessons } from '../../src/cli/commands/lessons.js';
import { DocktutorError } from '../../src/errors.js';
import { setLang } from '../../src/i18n/index.js';
import { checkLessons } from '../../src/lessons/check-parallel.js';
import { checkLessonsDir } from '../../src/lessons/load.js';
import { PACKAGE_ROOT } from '../../src/settings.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');
let printed: string[];

beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
});

afterEach(() => {
  vi.restoreAllMocks();
  setLang('en');
});

describe('docktutor lessons', () => {
  it.each<['en' | 'ko', string[]]>([
    ['en', ['#  id        title     min  questions', '1  basics    Basics      5          8', '2  building  Building    5          8']],
    ['ko', ['#  id        제목  분  문제', '1  basics    기초   5     8', '2  building  빌드   5     8']],
  ])('lists the lessons in order in %s, aligned by display width', async (lang, expected) => {
    setLang(lang);
    await lessons({ lessons: join(FIXTURES, 'lessons-valid') });
    expect(printed.join('').trimEnd().split('\n')).toEqual(expected);
  });

  it('says where a listed lesson is broken and how to see every problem', async () => {
    await expect(lessons({ lessons: join(FIXTURES, 'lessons-broken-quiz-type') })).rejects.toThrow(
      /01-basics\/en\.md:29: quiz 'image-vs-container': type must be one of single, multiple, truefalse, command/,
    );
  });
});

describe('docktutor lessons --check', () => {
  it('prints a one-line summary for a valid folder', async () => {
    await lessons({ check: join(FIXTURES, 'lessons-valid') });
    expect(printed.join('')).toBe('2 lessons, 2 languages, 16 questions, 4 try steps: no problems found.\n');
  });

  it('prints every problem as file:line and fails with exit code 1', async () => {
    const error = await lessons({ check: join(FIXTURES, 'lessons-broken-duplicate-lessons') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).exitCode).toBe(1);
    expect((error as DocktutorError).message).toBe('2 problems found');
    expect(printed.join('').split('\n').filter(Boolean).map((line) => line.replace(/^.*?lessons-broken-duplicate-lessons\//, ''))).toEqual([
      expect.stringMatching(/^02-again\/en\.md:2: lesson id 'basics' is also used by .*01-basics\/en\.md:2/),
      expect.stringMatching(/^02-again\/en\.md:4: order 1 is also used by .*01-basics\/en\.md:4/),
    ]);
  });

  it('checks the folder given with --lessons when --check names none', async () => {
    await lessons({ check: true, lessons: join(FIXTURES, 'lessons-valid') });
    expect(printed.join('')).toContain('2 lessons');
  });
});

describe('checkLessons in worker threads', () => {
  it.each(['lessons-valid', 'lessons-broken-duplicate-lessons', 'lessons-broken-languages-differ'])('reports on %s exactly what one thread reports', async (world) => {
    const dir = join(FIXTURES, world);
    expect(await checkLessons(dir, { threads: 2 })).toEqual(checkLessonsDir(dir));
  });
});
