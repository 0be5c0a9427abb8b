import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessons, type LessonsOptions } from '../../src/cli/commands/lessons.js';
import { progress } from '../../src/cli/commands/progress.js';
import { DocktutorError } from '../../src/errors.js';
import { checkLessonsDir, loadLessons } from '../../src/lessons/load.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { contextFor, inContext, memoryIo } from '../cli/learn-fixtures.js';
import { brokenWorld, removeBrokenWorlds } from '../helpers/broken-lessons.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');
let printed: string[];

beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
});

afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(removeBrokenWorlds);

/** `docktutor lessons [--lessons DIR]` as main runs it, in the language of its context. */
function listLessons(args: string[], options: LessonsOptions = {}): Promise<void> {
  return inContext(contextFor(args), (context) => lessons(context, options));
}

describe('docktutor lessons', () => {
  it.each<['en' | 'ko', string[]]>([
    ['en', ['#  id        title     min  questions', '1  basics    Basics      5          8', '2  building  Building    5          8']],
    ['ko', ['#  id        제목  분  문제', '1  basics    기초   5     8', '2  building  빌드   5     8']],
  ])('lists the lessons in order in %s, aligned by display width', async (lang, expected) => {
    await listLessons(['--lang', lang, '--lessons', join(FIXTURES, 'lessons-valid')]);
    expect(printed.join('').trimEnd().split('\n')).toEqual(expected);
  });

  it('says where a listed lesson is broken and how to see every problem', async () => {
    await expect(listLessons(['--lessons', brokenWorld('quiz-type')])).rejects.toThrow(
      /01-basics\/en\.md:29: quiz 'image-vs-container': type must be one of single, multiple, truefalse, command/,
    );
  });
});

describe('docktutor lessons --check', () => {
  it('prints a one-line summary for a valid folder', async () => {
    await listLessons([], { check: join(FIXTURES, 'lessons-valid') });
    expect(printed.join('')).toBe('2 lessons, 2 languages, 16 questions, 4 try steps, 0 edit steps: no problems found.\n');
  });

  it('prints every problem as file:line and fails with exit code 1', async () => {
    const error = await listLessons([], { check: brokenWorld('duplicate-lessons') }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).exitCode).toBe(1);
    expect((error as DocktutorError).message).toBe('2 problems found');
    expect(printed.join('').split('\n').filter(Boolean).map((line) => line.replace(/^.*?lessons-broken-duplicate-lessons\//, ''))).toEqual([
      expect.stringMatching(/^02-again\/en\.md:2: lesson id 'basics' is also used by .*01-basics\/en\.md:2/),
      expect.stringMatching(/^02-again\/en\.md:4: order 1 is also used by .*01-basics\/en\.md:4/),
    ]);
  });

  it('checks the folder given with --lessons when --check names none', async () => {
    await listLessons(['--lessons', join(FIXTURES, 'lessons-valid')], { check: true });
    expect(printed.join('')).toContain('2 lessons');
  });
});

describe('docktutor lessons on one lesson folder or on a folder without lessons', () => {
  it('checks a folder holding en.md and ko.md as one lesson', async () => {
    await listLessons([], { check: join(FIXTURES, 'lessons-valid', '02-building') });
    expect(printed.join('')).toBe('1 lesson, 2 languages, 8 questions, 2 try steps, 0 edit steps: no problems found.\n');
  });

  it('reports the problems of one broken lesson folder, with the lesson folder in each path', async () => {
    const error = await listLessons([], { check: join(brokenWorld('missing-language'), '01-basics') }).catch((caught: unknown) => caught);
    expect((error as DocktutorError).exitCode).toBe(1);
    expect(printed.join('')).toMatch(/lessons-broken-missing-language\/01-basics\/ko\.md:1: missing file: every lesson needs en\.md and ko\.md/);
  });

  it.each<[string, string[], LessonsOptions]>([
    ['--check DIR', [], { check: join(FIXTURES, 'lessons-none') }],
    ['--check with --lessons DIR', ['--lessons', join(FIXTURES, 'lessons-none')], { check: true }],
    ['the list with --lessons DIR', ['--lessons', join(FIXTURES, 'lessons-none')], {}],
  ])('refuses a folder none of whose sub-folders is a lesson in one line (%s)', async (_, args, options) => {
    const error = await listLessons(args, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).exitCode).toBe(1);
    expect((error as DocktutorError).message).toMatch(/lessons-none is not a lessons folder: it holds no lesson \(a folder with en\.md and ko\.md\)$/);
    expect((error as DocktutorError).hint).toMatch(/one lesson folder/);
    expect(printed).toEqual([]);
  });

  it('refuses such a folder for every command that loads lessons, given by DOCKTUTOR_LESSONS too', async () => {
    const { io } = memoryIo();
    const env = { ...process.env, DOCKTUTOR_LESSONS: join(FIXTURES, 'lessons-none') };
    await expect(progress(contextFor([], { io, env }), {})).rejects.toThrow(/lessons-none is not a lessons folder: it holds no lesson/);
    expect(() => loadLessons(join(FIXTURES, 'lessons-none'), 'ko')).toThrow(/lessons-none is not a lessons folder/);
  });

  it.each<[string, string[], LessonsOptions, RegExp]>([
    ['--check DIR', [], { check: '/does/not/exist' }, /^\/does\/not\/exist does not exist$/],
    ['--lessons DIR', ['--lessons', '/does/not/exist'], {}, /^\/does\/not\/exist does not exist$/],
    ['--check DIR in Korean', ['--lang', 'ko'], { check: '/does/not/exist' }, /^\/does\/not\/exist 폴더가 없습니다$/],
    ['--check FILE', [], { check: join(FIXTURES, 'lessons-valid', '01-basics', 'en.md') }, /en\.md is a file, not a lessons folder$/],
    ['--check FILE in Korean', ['--lang', 'ko'], { check: join(FIXTURES, 'lessons-valid', '01-basics', 'en.md') }, /en\.md 파일은 레슨 폴더가 아닙니다$/],
  ])('refuses a path that names no folder as a usage error (%s)', async (_, args, options, message) => {
    const error = await listLessons(args, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).exitCode).toBe(2);
    expect((error as DocktutorError).message).toMatch(message);
    expect((error as DocktutorError).hint).toMatch(/NN-slug\/en\.md/);
    expect(printed).toEqual([]);
  });

  it('lists one lesson folder given with --lessons as its one lesson', async () => {
    expect(loadLessons(join(FIXTURES, 'lessons-valid', '01-basics'), 'en').map((lesson) => lesson.id)).toEqual(['basics']);
  });
});
