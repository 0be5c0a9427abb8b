import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reset } from '../../src/cli/commands/reset.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { columnsOf } from '../../src/terminal/width.js';
import { contextFor, fakeTools, makeLesson, memoryIo, scriptedPrompts, tempStore } from './learn-fixtures.js';

const lessons = [makeLesson('alpha', 1, 'Alpha'), makeLesson('beta', 2, 'Beta')];
const at = '2025-03-01T10:00:00.000Z';
let store: ProgressStore;
let cleanup: () => Promise<void>;
let home: string;

beforeEach(async () => {
  ({ store, cleanup, home } = await tempStore());
  await store.update({ kind: 'step-done', lesson: 'alpha', step: 0, at });
  await store.update({ kind: 'answer', lesson: 'alpha', question: 'alpha-tf', correct: true, at });
  await store.update({ kind: 'answer', lesson: 'alpha', question: 'alpha-tf', correct: false, at });
  await store.update({ kind: 'visit', lesson: 'beta', step: 1, at });
});
afterEach(() => cleanup());

async function run(options: { lesson?: string; yes?: boolean; replies?: unknown[]; tty?: boolean; lang?: string; columns?: number }) {
  const { io, out } = memoryIo(options.tty ?? false);
  // Wide enough by default that a message with a temporary folder's path stays on one line.
  io.stdout.columns = options.columns ?? 400;
  const prompts = options.replies ? scriptedPrompts(options.replies) : undefined;
  // The practice folders reset removes are this test's own, under its own data home.
  const env = { ...process.env, DOCKTUTOR_HOME: home, COLUMNS: String(options.columns ?? 400) };
  await reset(contextFor(options.lang ? ['--lang', options.lang] : [], { io, env }), { lesson: options.lesson, yes: options.yes, store, tools: fakeTools(lessons), ...(prompts ? { prompts } : {}) });
  return { out: out(), prompts };
}

describe('reset', () => {
  it('asks before erasing everything, default no, then says what was erased', async () => {
    const { out, prompts } = await run({ replies: [true] });
    expect(prompts!.calls[0]).toMatchObject({ kind: 'confirm', default: false, message: 'Erase all your progress (2 lessons, 2 answers)? This cannot be undone.' });
    expect(out).toBe('Erased all progress: 2 lessons, 2 answers.\n');
    expect((await store.read()).lessons).toEqual({});
  });

  it('erases nothing when the answer is no', async () => {
    const { out } = await run({ replies: [false] });
    expect(out).toBe('Nothing was erased.\n');
    expect(Object.keys((await store.read()).lessons)).toEqual(['alpha', 'beta']);
  });

  it.each([['alpha'], ['1']])('erases only the lesson named %j', async (lesson) => {
    const { out } = await run({ lesson, yes: true });
    expect(out).toBe('Erased your progress in "Alpha": 1 step done, 2 answers.\n');
    expect(Object.keys((await store.read()).lessons)).toEqual(['beta']);
  });

  it('erases a recorded lesson that is no longer in the lessons folder', async () => {
    await store.update({ kind: 'visit', lesson: 'retired', step: 0, at });
    const { out } = await run({ lesson: 'retired', yes: true });
    expect(out).toContain('"retired"');
    expect((await store.read()).lessons.retired).toBeUndefined();
  });

  it('says when there is nothing to erase', async () => {
    expect((await run({ lesson: 'alpha', yes: true })).out).toContain('Erased');
    expect((await run({ lesson: 'alpha', yes: true })).out).toBe('Nothing to erase: no progress is recorded for "Alpha".\n');
    await run({ yes: true });
    expect((await run({ yes: true })).out).toBe('Nothing to erase: no progress is recorded.\n');
  });

  it('refuses without a terminal and without --yes, in one line, and erases nothing', async () => {
    const error = await run({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'needs-terminal', exitCode: 2, hint: 'add --yes to erase without asking' });
    expect(Object.keys((await store.read()).lessons)).toHaveLength(2);
  });

  it('starts the lesson\'s practice folder over, after saying so, and leaves the other lessons\' folders', async () => {
    const alpha = join(home, 'workspace', 'alpha');
    const beta = join(home, 'workspace', 'beta');
    for (const folder of [alpha, beta]) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'mine.txt'), 'x');
    }
    const { out, prompts } = await run({ lesson: 'alpha', replies: [true] });
    expect(out).toBe(
      [
        `Its practice folder ${alpha} starts over too: files you changed or added there are deleted.`,
        'Erased your progress in "Alpha": 1 step done, 2 answers.',
        `Deleted ${alpha}: the next start copies the lesson's files afresh.`,
        '',
      ].join('\n'),
    );
    expect(prompts!.calls).toHaveLength(1);
    expect(existsSync(alpha)).toBe(false);
    expect(existsSync(join(beta, 'mine.txt'))).toBe(true);
  });

  it('says so in Korean too, and keeps the folder when the answer is no', async () => {
    const alpha = join(home, 'workspace', 'alpha');
    mkdirSync(alpha, { recursive: true });
    const { out } = await run({ lesson: 'alpha', replies: [false], lang: 'ko' });
    expect(out.split('\n')[0]).toBe(`실습 폴더 ${alpha}도 처음 상태로 돌아갑니다: 그곳에서 고치거나 추가한 파일은 지워집니다.`);
    expect(existsSync(alpha)).toBe(true);
  });

  it.each([
    ['en', 'deleted.'],
    ['ko', '지워집니다.'],
  ])('wraps the folder note at spaces to a 60-column terminal (%s)', async (lang, last) => {
    mkdirSync(join(home, 'workspace', 'alpha'), { recursive: true });
    const { out } = await run({ replies: [false], tty: true, columns: 60, lang });
    const note = out.slice(0, out.indexOf(last) + last.length).split('\n');
    expect(note.length).toBeGreaterThan(1);
    for (const line of note) expect(columnsOf(line)).toBeLessThanOrEqual(60);
    // Each line break stands where the message had a space: none cuts a word or a particle off.
    expect(note.join(' ')).toBe(lang === 'en' ? `Every practice folder, in ${join(home, 'workspace')}, starts over too: files you changed or added there are deleted.` : `${join(home, 'workspace')}에 있는 모든 실습 폴더도 처음 상태로 돌아갑니다: 그곳에서 고치거나 추가한 파일은 지워집니다.`);
  });

  it('starts every practice folder over with all the progress, and a folder alone is something to reset', async () => {
    await store.update({ kind: 'reset' });
    mkdirSync(join(home, 'workspace', 'gamma'), { recursive: true });
    const { out } = await run({ yes: true });
    expect(out).toContain(`Deleted ${join(home, 'workspace')}: the next start copies the lesson's files afresh.`);
    expect(existsSync(join(home, 'workspace'))).toBe(false);
  });

  it('never turns a recorded lesson id into a folder outside the practice folders', async () => {
    await store.update({ kind: 'visit', lesson: '..', step: 0, at });
    mkdirSync(join(home, 'workspace'), { recursive: true });
    await run({ lesson: '..', yes: true });
    expect(existsSync(join(home, 'workspace'))).toBe(true);
    expect(existsSync(home)).toBe(true);
  });

  it('rejects a lesson that does not exist', async () => {
    await expect(run({ lesson: 'nope', yes: true })).rejects.toMatchObject({ kind: 'not-found' });
  });
});
