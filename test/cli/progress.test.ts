import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { progress } from '../../src/cli/commands/progress.js';
import { formatBar, formatWhen } from '../../src/cli/progress/format.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { contextFor, fakeTools, inContext, makeLesson, memoryIo, tempStore } from './learn-fixtures.js';

const lessons = [makeLesson('alpha', 1, 'Alpha'), makeLesson('beta', 2, '이미지와 레이어'), makeLesson('gamma', 3, 'Gamma')];
const day = (n: number, hour = 10) => new Date(Date.UTC(2025, 2, 1 + n, hour)).toISOString();
let store: ProgressStore;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
  await store.update({ kind: 'visit', lesson: 'alpha', step: 2, at: day(0) });
  for (const step of [0, 1, 2]) await store.update({ kind: 'step-done', lesson: 'alpha', step, at: day(0) });
  for (const [question, correct] of [['alpha-single', false], ['alpha-single', false], ['alpha-single', true], ['alpha-tf', false], ['alpha-command', true], ['alpha-multiple', true]] as const) {
    await store.update({ kind: 'answer', lesson: 'alpha', question, correct, at: day(0) });
  }
  await store.update({ kind: 'step-outcome', lesson: 'alpha', step: 'a-run', outcome: 'unaided', hints: 0, at: day(0) });
  await store.update({ kind: 'step-outcome', lesson: 'alpha', step: 'a-build', outcome: 'hinted', hints: 2, at: day(0) });
  await store.update({ kind: 'prediction', lesson: 'alpha', step: 'a-build', predicted: '2', actual: '2', correct: true, at: day(0) });
  await store.update({ kind: 'quiz-finished', lesson: 'alpha', correct: 3, total: 4, passed: false, at: day(0) });
  await store.update({ kind: 'quiz-finished', lesson: 'alpha', correct: 4, total: 4, passed: true, at: day(1) });
  await store.update({ kind: 'step-outcome', lesson: 'beta', step: 'b-run', outcome: 'revealed', hints: 3, at: day(3) });
  await store.update({ kind: 'prediction', lesson: 'beta', step: 'b-run', predicted: '0', actual: '137', correct: false, at: day(3) });
  await store.update({ kind: 'step-done', lesson: 'beta', step: 0, at: day(3) });
  await store.update({ kind: 'answer', lesson: 'beta', question: 'beta-tf', correct: false, at: day(3) });
});
afterEach(() => cleanup());

async function show(options: { json?: boolean; lang?: string; columns?: number } = {}) {
  const { io, out } = memoryIo();
  if (options.columns !== undefined) Object.assign(io.stdout, { isTTY: true, columns: options.columns });
  const context = contextFor(options.lang ? ['--lang', options.lang] : [], { io, env: { NO_COLOR: '1' } });
  await inContext(context, () => progress(context, { json: options.json, store, tools: fakeTools(lessons), now: () => new Date(day(4)) }));
  return out();
}

describe('progress', () => {
  it('prints the documented JSON shape', async () => {
    const report = JSON.parse(await show({ json: true }));
    expect(report.version).toBe(2);
    expect(report.overall).toEqual({
      percent: 41,
      stepsDone: 4,
      steps: 9,
      quizzesFinished: 1,
      quizzesPassed: 1,
      quizzes: 3,
      solved: { unaided: 1, hinted: 1, revealed: 1, skipped: 0 },
      predictions: { made: 2, right: 1 },
    });
    expect(report.lessons.map((lesson: { id: string; status: string }) => [lesson.id, lesson.status])).toEqual([
      ['alpha', 'done'],
      ['beta', 'in-progress'],
      ['gamma', 'not-started'],
    ]);
    expect(report.lessons[0]).toMatchObject({
      currentStep: 3,
      stepsDone: 3,
      steps: 3,
      bestScore: { correct: 4, total: 4, percent: 100, at: day(1) },
      lastScore: { correct: 4, total: 4, percent: 100, at: day(1) },
      lastVisited: day(1),
      quizSittings: 2,
      quizzesFinished: 2,
      answers: 6,
      questions: 4,
      reviewDue: 2,
      quizPassed: true,
      solved: { unaided: 1, hinted: 1, revealed: 0, skipped: 0 },
      predictions: { made: 1, right: 1 },
    });
    expect(report.lessons[2]).toMatchObject({ bestScore: null, lastScore: null, lastVisited: null, stepsDone: 0 });
    expect(report.missed).toEqual([
      { lesson: 'alpha', question: 'alpha-single', text: 'alpha: which is a template?', misses: 2, answers: 3, box: 2, due: day(1) },
      { lesson: 'alpha', question: 'alpha-tf', text: 'alpha: containers boot a kernel.', misses: 1, answers: 1, box: 1, due: day(0) },
      { lesson: 'beta', question: 'beta-tf', text: 'beta: containers boot a kernel.', misses: 1, answers: 1, box: 1, due: day(3) },
    ]);
  });

  it('names what each quiz figure counts: sittings per lesson, lessons overall', async () => {
    const report = JSON.parse(await show({ json: true }));
    // alpha's quiz was sat twice: two sittings, one lesson with a finished quiz.
    expect(report.lessons.map((lesson: { quizSittings: number }) => lesson.quizSittings)).toEqual([2, 0, 0]);
    expect(report.overall.quizzesFinished).toBe(report.lessons.filter((lesson: { quizSittings: number }) => lesson.quizSittings > 0).length);
    // The first name of the per-lesson figure stays for the scripts that read it.
    for (const lesson of report.lessons) expect(lesson.quizzesFinished).toBe(lesson.quizSittings);
  });

  it('draws an aligned table, the overall bar and the most missed questions', async () => {
    const text = await show();
    expect(text).toBe(
      [
        '#  Lesson           Status       Steps  Best quiz   Latest quiz  Last visited',
        '1  Alpha            done           3/3  4/4 (100%)  4/4 (100%)   3 days ago',
        '2  이미지와 레이어  in progress    1/3  -           -            yesterday',
        '3  Gamma            not started    0/3  -           -            -',
        '',
        `Overall  ${formatBar(41)} 41%`,
        '  4 of 9 steps done, 1 of 3 quizzes passed',
        '  solved 1 unaided, 1 with hints; 1 revealed, 0 skipped',
        '  1 of 2 predictions right',
        '',
        'Missed most often:',
        '  2×  alpha  alpha: which is a template?',
        '  1×  alpha  alpha: containers boot a kernel.',
        '  1×  beta  beta: containers boot a kernel.',
        '',
        '3 questions due for review: docktutor quiz --review',
        '',
      ].join('\n'),
    );
  });

  it('keeps columns aligned in Korean, where each syllable is two columns wide', async () => {
    const lines = (await show({ lang: 'ko' })).split('\n').slice(0, 4);
    expect(lines[0]).toContain('레슨');
    const statusColumn = lines.map((line, index) => stringWidth(line.slice(0, line.indexOf(['상태', '완료', '진행 중', '시작 전'][index]!))));
    expect(new Set(statusColumn).size).toBe(1);
  });

  it('marks a quiz finished below its pass mark as not passed yet, not done', async () => {
    await store.update({ kind: 'quiz-finished', lesson: 'gamma', correct: 0, total: 11, passed: false, at: day(3) });
    const report = JSON.parse(await show({ json: true }));
    expect(report.lessons[2]).toMatchObject({ id: 'gamma', status: 'quiz-not-passed', quizPassed: false, quizzesFinished: 1 });
    expect(await show()).toMatch(/^3 +Gamma +quiz not passed yet/m);
  });

  it.each([60, 72, 80, 100])('fits %i columns, in English and Korean, dropping columns as the width shrinks', async (columns) => {
    for (const lang of ['en', 'ko']) {
      const text = await show({ columns, lang });
      for (const line of text.split('\n')) expect(stringWidth(line), `${lang} at ${columns}: ${line}`).toBeLessThanOrEqual(columns);
    }
    const narrow = (await show({ columns: 60, lang: 'en' })).split('\n');
    expect(narrow[0]).toMatch(/^# +Lesson +Status +Steps/);
    expect(narrow[1]).toContain('Alpha');
  });

  it.each<[string, number, RegExp, string]>([
    ['en', 72, /^# +Lesson +Status +Steps +Best quiz +Last visited$/, 'Left out to fit 72 columns: Latest quiz. A wider terminal shows them, as does docktutor progress --json.'],
    ['en', 60, /^# +Lesson +Status +Steps +Best quiz$/, 'Left out to fit 60 columns: Latest quiz, Last visited. A wider terminal shows them, as does docktutor progress --json.'],
    ['ko', 48, /^# +레슨 +상태 +단계$/, '48칸 너비에 맞추느라 뺀 열: 퀴즈 최고 점수, 퀴즈 최근 점수, 마지막 방문. 터미널을 넓히거나 docktutor progress --json으로 볼 수 있습니다.'],
  ])('in %s at %i columns, names the columns it left out and where to see them', async (lang, columns, headerLine, note) => {
    const lines = (await show({ columns, lang })).split('\n');
    expect(lines[0]).toMatch(headerLine);
    // The note sits right under the table's four lines, wrapped to the width.
    expect(lines.slice(4, lines.indexOf('', 4)).join(' ').replace(/ +/g, ' ')).toBe(note);
  });

  it('says nothing of left-out columns when every column fits', async () => {
    expect(await show({ columns: 100 })).not.toMatch(/Left out/);
  });

  it('shows only five missed questions', async () => {
    for (const id of ['beta-single', 'beta-multiple', 'beta-command']) await store.update({ kind: 'answer', lesson: 'beta', question: id, correct: false, at: day(3) });
    const text = await show();
    expect(text.split('Missed most often:\n')[1]!.split('\n\n')[0]!.split('\n')).toHaveLength(5);
    expect(JSON.parse(await show({ json: true })).missed).toHaveLength(6);
  });

  it.each<[number, string]>([
    [0, '░░░░░░░░░░░░░░░░░░░░░░░░'],
    [50, '████████████░░░░░░░░░░░░'],
    [62, '███████████████░░░░░░░░░'],
    [100, '████████████████████████'],
    [140, '████████████████████████'],
  ])('bar at %i%%', (percent, bar) => {
    expect(formatBar(percent)).toBe(bar);
  });

  it.each<[string, string]>([
    [day(4, 1), 'today'],
    [day(3, 23), 'yesterday'],
    [day(0), '4 days ago'],
    ['2024-12-01T10:00:00.000Z', '2024-12-01'],
  ])('last visited %s reads %j', (iso, text) => {
    expect(formatWhen(iso, new Date(day(4, 12)))).toBe(text);
  });
});
