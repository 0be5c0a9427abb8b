import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quiz } from '../../src/cli/commands/quiz.js';
import { buildReport } from '../../src/cli/progress/report.js';
import { planReview } from '../../src/cli/quiz/review.js';
import { columnsOf } from '../../src/terminal/width.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { shuffleWithSeed } from '../../src/quiz/shuffle.js';
import { contextFor, ENTER, fakeTools, makeLesson, memoryIo, RIGHT_ANSWERS, scriptedPrompts, tempStore, type PromptCall, type Reply } from './learn-fixtures.js';

const lessons = [makeLesson('alpha', 1, 'Alpha'), makeLesson('beta', 2, 'Beta')];
let store: ProgressStore;
let cleanup: () => Promise<void>;
let home: string;
let time = Date.UTC(2025, 2, 1, 10);
const now = () => new Date(time);

beforeEach(async () => {
  time = Date.UTC(2025, 2, 1, 10);
  ({ store, cleanup, home } = await tempStore());
});
afterEach(() => cleanup());

/** Answers each question by its text, right or wrong as asked, so any order works. */
function answerBy(right: boolean) {
  return (call: PromptCall): unknown => {
    if (call.kind === 'confirm') return false;
    if (call.kind === 'checkbox') return right ? [0, 2] : [0];
    if (call.message.includes('True or false')) return !right;
    if (call.kind === 'input') return right ? 'docker run --rm busybox:latest echo hello' : 'docker ps';
    return right ? 0 : 1;
  };
}

function run(replies: Reply[], options: { lesson?: string; review?: boolean; shuffle?: string | boolean; daemon?: boolean } = {}) {
  const prompts = scriptedPrompts(replies);
  const { io, out } = memoryIo();
  const tools = fakeTools(lessons, { daemon: options.daemon ?? true });
  const done = quiz(contextFor([], { io }), { lesson: options.lesson, review: options.review, shuffle: options.shuffle, prompts, tools, store, now });
  return { done, prompts, out, tools };
}

/** Wrong the first time each question is met, right every time after: a learner who learns from the explanation. */
function learnsFromMistakes() {
  const seen = new Set<string>();
  return (call: PromptCall): unknown => {
    if (call.kind === 'confirm') return false;
    const first = !seen.has(call.message);
    seen.add(call.message);
    return answerBy(!first)(call);
  };
}

const asked = (calls: PromptCall[]) => calls.filter((call) => call.kind !== 'confirm').map((call) => call.message.split('\n')[0]!.replace(/^\w+: /, ''));

describe('quiz', () => {
  it('asks a lesson quiz in file order, explains every answer, brings misses back and scores first answers', async () => {
    const replies = [0, [0, 1, 2], true, 'docker run --rm busybox:latest echo hello', false, [0, 2], false, false];
    const { done, out, prompts } = run(replies, { lesson: 'alpha' });
    await done;
    // The two misses come back after the questions still unseen, until each is answered right once.
    expect(asked(prompts.calls)).toEqual(['which is a template?', 'what is shared?', 'containers boot a kernel.', 'run hello in busybox:latest.', 'what is shared?', 'containers boot a kernel.']);
    const text = out();
    expect(text).toContain('Question 1 of 4');
    expect(text).toContain('✘ Not quite.\nRight answers: The kernel; Layers\n• Nothing boots.\nExplanation of multiple.');
    expect(text).toContain('✘ Not quite.\nRight answer: False\nExplanation of tf.');
    expect(text).toContain('This one comes back later in the quiz.');
    expect(text).toContain('Again, a question you missed earlier:');
    expect(text).toContain('Score: 2/4 (50%)');
    expect(text.replace(/\n/g, ' ')).toContain('Not passed yet: the pass mark is 80% of first answers, and 2 questions went wrong the first time.');
    expect(prompts.calls.at(-1)).toMatchObject({ kind: 'confirm', message: 'Practise the 2 missed questions now? Your score stays as it is.' });
    expect(text.replace(/\n/g, ' ')).toContain('To pass, take the whole quiz again later, once the explanations have sunk in: docktutor quiz alpha');
    expect((await store.read()).lessons.alpha).toMatchObject({
      quizzesFinished: 1,
      lastScore: { correct: 2, total: 4 },
      quizPassed: false,
      lastMissed: ['alpha-multiple', 'alpha-tf'],
      quizAttempt: null,
    });
  });

  it('passes at the pass mark and marks the lesson done', async () => {
    const { done, out } = run(Array(5).fill(answerBy(true)), { lesson: 'alpha' });
    await done;
    expect(out()).toContain('Score: 4/4 (100%)\nPassed: the pass mark is 80%. The lesson is done.');
    expect((await store.read()).lessons.alpha).toMatchObject({ quizPassed: true, lastMissed: [] });
  });

  it('follows a lesson\'s own pass mark', async () => {
    lessons[1]!.passMark = 50;
    try {
      const replies = [0, [0, 1, 2], true, 'docker run --rm busybox:latest echo hello', false, [0, 2], false];
      const { done, out } = run(replies, { lesson: 'beta' });
      await done;
      expect(out()).toContain('Score: 2/4 (50%)\nPassed: the pass mark is 50%.');
    } finally {
      lessons[1]!.passMark = 80;
    }
  });

  it('below the pass mark, practises the missed questions in a new order without changing the score; a later sitting passes', async () => {
    const replies = [0, [0, 1, 2], true, 'docker run --rm busybox:latest echo hello', false, [0, 2], false, true, answerBy(true), answerBy(true)];
    const { done, out, prompts } = run(replies, { lesson: 'alpha' });
    await done;
    // The sitting asked the misses as multiple, then true/false: the practice asks them the other way round.
    expect(asked(prompts.calls).slice(6)).toEqual(['containers boot a kernel.', 'what is shared?']);
    const checkboxes = prompts.calls.filter((call) => call.kind === 'checkbox');
    expect(checkboxes.at(-1)!.choices.map((c) => c.name)).not.toEqual(checkboxes.at(-2)!.choices.map((c) => c.name));
    const text = out();
    expect(text).toContain('Practice 1 of 2');
    expect(text).toContain('Practice: 2 of 2 right. Your quiz score stays 2/4 (50%).');
    expect(text).not.toContain('Score: 4/4');
    expect(text).not.toContain('Passed:');
    const after = (await store.read()).lessons.alpha!;
    expect(after).toMatchObject({ quizPassed: false, quizzesFinished: 1, bestScore: { correct: 2, total: 4 }, lastScore: { correct: 2, total: 4 }, quizAttempt: null });
    // Practice is no recall: the missed questions stay in Leitner box 1 with their one first answer, due for review.
    expect(after.questions['alpha-multiple']).toMatchObject({ box: 1, answers: [{ correct: false }] });
    expect(after.questions['alpha-tf']).toMatchObject({ box: 1, answers: [{ correct: false }] });

    time += 86_400_000;
    const later = run(Array(5).fill(answerBy(true)), { lesson: 'alpha' });
    await later.done;
    expect(asked(later.prompts.calls)).toHaveLength(4);
    expect(later.out()).toContain('Score: 4/4 (100%)\nPassed');
    expect((await store.read()).lessons.alpha).toMatchObject({ quizPassed: true, quizzesFinished: 2, bestScore: { correct: 4, total: 4 } });
  });

  it('does not resume a retake an older version saved as counting towards the score: the next sitting asks the whole quiz', async () => {
    await store.update({ kind: 'quiz-finished', lesson: 'alpha', correct: 2, total: 4, passed: false, missed: ['alpha-multiple', 'alpha-tf'], at: now().toISOString() });
    const old = await store.read();
    const attempt = { started: now().toISOString(), firstAnswers: { 'alpha-multiple': true }, settled: ['alpha-multiple'], only: ['alpha-multiple', 'alpha-tf'] };
    await writeFile(join(home, 'progress.json'), JSON.stringify({ ...old, lessons: { alpha: { ...old.lessons.alpha!, quizAttempt: attempt } } }));
    const { done, prompts, out } = run(Array(5).fill(answerBy(true)), { lesson: 'alpha' });
    await done;
    expect(asked(prompts.calls)).toHaveLength(4);
    expect(out()).not.toContain('Picking up your quiz');
    expect((await store.read()).lessons.alpha).toMatchObject({ quizPassed: true, lastScore: { correct: 4, total: 4 } });
  });

  it('marks each answered question right or wrong beside it, as the verdict under it says', async () => {
    const replies = [0, [0, 1, 2], true, 'docker  run --rm busybox:latest   echo hello', false, [0, 2], false, false];
    const { done, out, prompts } = run(replies, { lesson: 'alpha' });
    await done;
    const judged = prompts.calls.filter((call) => call.kind !== 'confirm');
    expect(judged.map((call) => call.marked)).toEqual(['✔', '✘', '✘', '✔', '✔', '✔']);
    // Each mark agrees with the verdict printed under its question, in order.
    const verdicts = [...out().matchAll(/^(✔|✘) (?:Right|Not quite)\./gm)].map((match) => match[1]);
    expect(verdicts).toEqual(judged.map((call) => call.marked));
  });

  it('resumes a quiz left with Ctrl-C at the question it stopped at', async () => {
    // Two answers, then Ctrl-C at the third question: the script runs out.
    const first = run([0, [0, 2]], { lesson: 'alpha' });
    await expect(first.done).rejects.toMatchObject({ name: 'ExitPromptError' });
    // Left with a word on what was kept and how to go on, not silently.
    expect(first.out().replace(/\s+/g, ' ')).toMatch(/Question 3 of 4 Quiz left\. Every answer you gave is saved: docktutor quiz alpha picks it up at the next question\. $/);
    const again = run([false, 'docker run --rm busybox:latest echo hello', false], { lesson: 'alpha' });
    await again.done;
    expect(again.out()).toContain('Picking up your quiz where you left it: 2 of 4 answered.');
    expect(asked(again.prompts.calls)).toEqual(['containers boot a kernel.', 'run hello in busybox:latest.']);
    expect(again.out()).toContain('Score: 4/4 (100%)');
    expect((await store.read()).lessons.alpha).toMatchObject({ quizPassed: true, quizzesFinished: 1, quizAttempt: null });
  });

  it('leaves progress as it was when the quiz is left at question 1, before any answer', async () => {
    // A lesson never opened stays "not started"; one with a record keeps it byte for byte.
    const first = run([], { lesson: 'alpha' });
    await expect(first.done).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect((await store.read()).lessons).toEqual({});
    await store.update({ kind: 'visit', lesson: 'beta', step: 1, at: new Date(time - 3_600_000).toISOString() });
    const before = await store.read();
    time += 60_000;
    const second = run([], { lesson: 'beta' });
    await expect(second.done).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(await store.read()).toEqual(before);
    const report = buildReport(lessons, await store.read(), now());
    expect(report.lessons.map((lesson) => lesson.status)).toEqual(['not-started', 'in-progress']);
    expect(report.lessons[1]!.lastVisited).toBe(before.lessons.beta!.lastVisited);
  });

  it('keeps what a sitting left midway answered, counts no sitting, and the review and the report agree on its miss', async () => {
    // A miss, then Ctrl-C at the second question.
    const left = run([1], { lesson: 'alpha' });
    await expect(left.done).rejects.toMatchObject({ name: 'ExitPromptError' });
    const progress = await store.read();
    expect(progress.lessons.alpha).toMatchObject({ quizzesFinished: 0, lastScore: null, quizAttempt: { firstAnswers: { 'alpha-single': false } } });
    const report = buildReport(lessons, progress, now());
    expect(report.lessons[0]).toMatchObject({ status: 'in-progress', quizSittings: 0, answers: 1, reviewDue: 1 });
    expect(report.missed.map((missed) => missed.question)).toEqual(['alpha-single']);
    expect(planReview(lessons, progress, now()).items.map((item) => item.question.id)).toEqual(['alpha-single']);
  });

  it('asks a multiple-choice question again when it is submitted with nothing ticked', async () => {
    const { done, prompts } = run(Array(5).fill(answerBy(true)), { lesson: 'alpha' });
    await done;
    expect(prompts.calls.find((call) => call.kind === 'checkbox')).toMatchObject({ required: 'Tick at least one answer (space), then press Enter.' });
  });

  it('accepts a command with the same meaning and runs it live when asked', async () => {
    const { done, tools, prompts } = run([0, [0, 2], false, 'docker  run --rm busybox:latest   echo hello', true], { lesson: 'alpha' });
    await done;
    expect(prompts.calls.at(-1)).toMatchObject({ kind: 'confirm', default: false });
    expect(tools.executed).toEqual(['docker  run --rm busybox:latest   echo hello']);
    expect((await store.read()).lessons.alpha?.questions['alpha-command']?.answers[0]?.correct).toBe(true);
  });

  it('says in one line that no daemon answered, and goes on', async () => {
    const { done, out } = run([0, [0, 2], false, 'docker run --rm busybox:latest echo hello', true], { lesson: 'alpha', daemon: false });
    await done;
    expect(out()).toContain('Not run: cannot connect to the Docker daemon at unix:///nowhere.sock\n');
    expect(out()).toContain('Score: 4/4 (100%)');
  });

  it('shuffles reproducibly with a seed', async () => {
    const first = run(Array(5).fill(answerBy(true)), { lesson: 'alpha', shuffle: '42' });
    await first.done;
    const expected = shuffleWithSeed(lessons[0]!.questions, 42).map((q) => q.question.replace('alpha: ', '').replace('{{image}}', 'busybox:latest'));
    expect(asked(first.prompts.calls)).toEqual(expected);
    expect(first.out()).toContain('Shuffled with seed 42');
    // The command that repeats it names the lesson: without one, quiz opens the lesson visited last.
    expect(first.out()).toMatch(/quiz alpha --shuffle 42 gives this order again/);
  });

  it('picks and prints a seed when none is given, and that seed repeats the order', async () => {
    const first = run(Array(5).fill(answerBy(true)), { lesson: 'alpha', shuffle: true });
    await first.done;
    const seed = /seed (\d+)/.exec(first.out())?.[1];
    expect(seed).toBeDefined();
    const second = run(Array(5).fill(answerBy(true)), { lesson: 'alpha', shuffle: seed! });
    await second.done;
    expect(asked(second.prompts.calls)).toEqual(asked(first.prompts.calls));
  });

  it('shows choice options shuffled, with the cursor off the right option, and grades by option', async () => {
    // Enter on each choice question, wrong answers elsewhere (the seed also shuffles the questions).
    const later = learnsFromMistakes();
    const seen = new Set<string>();
    const enter = (call: PromptCall): unknown => {
      if (seen.has(call.message) || call.kind === 'confirm') return later(call);
      seen.add(call.message);
      later(call);
      return call.kind === 'checkbox' ? [1] : call.kind === 'select' && !call.message.includes('True or false') ? ENTER(call) : answerBy(false)(call);
    };
    const first = run(Array(12).fill(enter), { lesson: 'alpha', shuffle: '42' });
    await first.done;
    const single = first.prompts.calls.find((call) => call.message.includes('template'))!;
    const multiple = first.prompts.calls.find((call) => call.kind === 'checkbox')!;
    expect(single.default).toBe(single.choices[0]!.value);
    expect(single.default).not.toBe(0);
    expect(first.out()).toContain('✘ Not quite.\nRight answer: An image\n• It adds a writable layer.');
    expect(multiple.choices.map((choice) => choice.name).sort()).toEqual(['A boot loader', 'Layers', 'The kernel']);
    // The same seed shows the same order; a right answer picked from it by name is right.
    const pick = (call: PromptCall): unknown => (call.message.includes('template') ? call.choices.find((choice) => choice.name === 'An image')!.value : answerBy(true)(call));
    const again = run(Array(5).fill(pick), { lesson: 'alpha', shuffle: '42' });
    await again.done;
    expect(again.prompts.calls.find((call) => call.message.includes('template'))!.choices).toEqual(single.choices);
    expect(again.prompts.calls.find((call) => call.kind === 'checkbox')!.choices).toEqual(multiple.choices);
    expect(again.out()).toContain('Score: 4/4 (100%)');
  });

  it('shows the options of a retry in another order when no seed is given', async () => {
    const names = async () => {
      const attempt = run(Array(5).fill(answerBy(true)), { lesson: 'alpha' });
      await attempt.done;
      return attempt.prompts.calls.filter((call) => call.kind === 'checkbox' || call.kind === 'select').slice(0, 2).map((call) => call.choices.map((c) => c.name).join());
    };
    const orders = new Set([await names(), await names(), await names(), await names()].map((pair) => pair.join('|')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('takes the lesson visited last when none is named, else offers a menu', async () => {
    const menu = run(['beta', ...RIGHT_ANSWERS]);
    await menu.done;
    expect(menu.prompts.calls[0]).toMatchObject({ kind: 'select', message: 'Which lesson’s quiz?' });
    const again = run(RIGHT_ANSWERS);
    await again.done;
    expect(asked(again.prompts.calls)[0]).toBe('which is a template?');
    expect(again.prompts.calls[0]!.message).toContain('beta:');
  });

  it('heads a quiz outside learn with the lesson title, and a review of one lesson too', async () => {
    const quizRun = run(Array(12).fill(learnsFromMistakes()), { lesson: 'beta', shuffle: '42' });
    await quizRun.done;
    expect(quizRun.out()).toMatch(/^Shuffled with seed 42.*\nQuiz: Beta \(4 questions\)\n/);
    time += 60_000;
    const review = run(Array(5).fill(answerBy(true)), { lesson: '2', review: true });
    await review.done;
    expect(review.out()).toMatch(/^Quiz: Beta\nReview: 4 questions you missed before/);
  });

  it('takes the lesson in progress visited last, even after another lesson’s quiz', async () => {
    // beta is in progress in learn; then alpha's quiz is taken (later, and alpha is finished by it).
    await store.update({ kind: 'visit', lesson: 'beta', step: 1, at: new Date(time).toISOString() });
    time += 60_000;
    await run(Array(5).fill(answerBy(true)), { lesson: 'alpha' }).done;
    time += 60_000;
    const next = run(Array(5).fill(answerBy(true)), { shuffle: '42' });
    await next.done;
    expect(next.out()).toContain('Quiz: Beta (4 questions)');
    expect(next.prompts.calls.every((call) => call.kind === 'confirm' || call.message.startsWith('beta:'))).toBe(true);
  });

  it('asks again when Enter is pressed on an empty command answer', async () => {
    const { done, prompts, out } = run([0, [0, 2], false, '', '   ', 'docker run --rm busybox:latest echo hello', false], { lesson: 'alpha' });
    await done;
    expect(prompts.calls.filter((call) => call.kind === 'input')).toHaveLength(3);
    expect(out()).toContain('Score: 4/4 (100%)');
    expect((await store.read()).lessons.alpha?.questions['alpha-command']?.answers).toHaveLength(1);
  });

  it('word-wraps feedback to the terminal width by display width, Korean included', async () => {
    const long = 'A container is a process on the host kernel, isolated by namespaces and limited by cgroups; 컨테이너는 호스트 커널 위의 프로세스입니다.';
    const wordy = makeLesson('wordy', 3, 'Wordy');
    wordy.questions = wordy.questions.map((question) => ({
      ...question,
      explanation: long,
      ...('options' in question ? { options: question.options.map((option) => ({ ...option, ...(option.why ? { why: long } : {}) })) } : {}),
    }));
    const prompts = scriptedPrompts(Array(12).fill(learnsFromMistakes()));
    const { io, out } = memoryIo();
    io.stdout.columns = 34;
    await quiz(contextFor([], { io }), { lesson: 'wordy', prompts, tools: fakeTools([wordy]), store, now });
    const lines = out().split('\n');
    expect(lines.filter((line) => columnsOf(line) > 34)).toEqual([]);
    expect(lines).toContain('• A container is a process on the');
    expect(lines).toContain('  host kernel, isolated by');
    // Nothing was lost or split: the words come back when the lines are joined again.
    expect(out().replace(/\n\s*/g, ' ')).toContain(long);
  });

  it('reviews missed questions on the Leitner schedule', async () => {
    const empty = run([], { review: true });
    await empty.done;
    expect(empty.out()).toContain('Nothing to review: you have not missed any question yet.');

    // Miss everything in alpha, get beta right.
    await run(Array(12).fill(learnsFromMistakes()), { lesson: 'alpha' }).done;
    await run(Array(5).fill(answerBy(true)), { lesson: 'beta' }).done;

    time += 60_000;
    const missTemplate = (call: PromptCall) => (call.message.includes('template') ? 1 : answerBy(true)(call));
    const review = run(Array(5).fill(missTemplate), { review: true });
    await review.done;
    expect(review.out()).toContain('Review: 4 questions you missed before');
    expect(review.out()).toContain('[alpha]');
    expect(review.prompts.calls.every((call) => call.message.startsWith('alpha:') || call.kind === 'confirm')).toBe(true);

    // Three moved to box 2 (due in a day); the one missed again stays in box 1, due at once.
    time += 60_000;
    const sameDay = run([answerBy(true)], { review: true });
    await sameDay.done;
    expect(asked(sameDay.prompts.calls)).toHaveLength(1);

    time += 60_000;
    const nothing = run([], { review: true });
    await nothing.done;
    expect(nothing.out()).toContain('Nothing to review right now');
    expect(nothing.out()).toContain('Next review:');

    time += 86_400_000;
    const nextDay = run(Array(5).fill(answerBy(true)), { review: true, lesson: 'alpha' });
    await nextDay.done;
    expect(asked(nextDay.prompts.calls)).toHaveLength(4);
    expect(nextDay.out()).not.toContain('[alpha]');
    // A review is not a lesson quiz: the lesson's scores stay as they were.
    expect((await store.read()).lessons.alpha?.quizzesFinished).toBe(1);
  });
});
