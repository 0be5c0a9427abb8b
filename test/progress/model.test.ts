import { describe, expect, it } from 'vitest';
import { answerCount, applyChange, emptyProgress, lessonStatus, missCount, outcomeCounts, type Progress, type ProgressChange } from '../../src/progress/model.js';

const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 10, minute)).toISOString();

function play(changes: ProgressChange[], start: Progress = emptyProgress()): Progress {
  return changes.reduce(applyChange, start);
}

describe('progress transitions', () => {
  it('records the current step and the visit time', () => {
    const progress = play([{ kind: 'visit', lesson: 'a', step: 3, at: at(1) }]);
    expect(progress.lessons.a).toMatchObject({ currentStep: 3, lastVisited: at(1), stepsDone: [] });
  });

  it('keeps steps done as a sorted set', () => {
    const progress = play([2, 0, 2, 1].map((step, i) => ({ kind: 'step-done' as const, lesson: 'a', step, at: at(i) })));
    expect(progress.lessons.a?.stepsDone).toEqual([0, 1, 2]);
  });

  it('appends every answer and moves the Leitner box', () => {
    const progress = play([
      { kind: 'answer', lesson: 'a', question: 'q', correct: true, at: at(1) },
      { kind: 'answer', lesson: 'a', question: 'q', correct: true, at: at(2) },
      { kind: 'answer', lesson: 'a', question: 'q', correct: false, at: at(3) },
      { kind: 'answer', lesson: 'a', question: 'r', correct: true, at: at(4) },
    ]);
    const q = progress.lessons.a!.questions.q!;
    expect(q.answers).toEqual([
      { at: at(1), correct: true },
      { at: at(2), correct: true },
      { at: at(3), correct: false },
    ]);
    expect(q.box).toBe(1);
    expect(missCount(q)).toBe(1);
    expect(progress.lessons.a!.questions.r!.box).toBe(2);
    expect(answerCount(progress.lessons.a!)).toBe(4);
  });

  it.each<[string, [number, number][], { correct: number; total: number }, { correct: number; total: number }]>([
    ['one quiz', [[5, 8]], { correct: 5, total: 8 }, { correct: 5, total: 8 }],
    ['a better second try', [[5, 8], [7, 8]], { correct: 7, total: 8 }, { correct: 7, total: 8 }],
    ['a worse second try', [[7, 8], [2, 8]], { correct: 7, total: 8 }, { correct: 2, total: 8 }],
    ['a tie keeps the first', [[4, 8], [4, 8]], { correct: 4, total: 8 }, { correct: 4, total: 8 }],
  ])('best and last score: %s', (_name, quizzes, best, last) => {
    const progress = play(quizzes.map(([correct, total], i) => ({ kind: 'quiz-finished' as const, lesson: 'a', correct, total, at: at(i) })));
    expect(progress.lessons.a?.bestScore).toMatchObject(best);
    expect(progress.lessons.a?.lastScore).toMatchObject(last);
    expect(progress.lessons.a?.quizzesFinished).toBe(quizzes.length);
  });

  it('resets one lesson or everything', () => {
    const progress = play([
      { kind: 'visit', lesson: 'a', step: 1, at: at(1) },
      { kind: 'visit', lesson: 'b', step: 2, at: at(2) },
    ]);
    expect(Object.keys(applyChange(progress, { kind: 'reset', lesson: 'a' }).lessons)).toEqual(['b']);
    expect(applyChange(progress, { kind: 'reset' })).toEqual(emptyProgress());
  });

  it('does not change the state it was given', () => {
    const before = play([{ kind: 'visit', lesson: 'a', step: 1, at: at(1) }]);
    const copy = structuredClone(before);
    applyChange(before, { kind: 'answer', lesson: 'a', question: 'q', correct: true, at: at(2) });
    applyChange(before, { kind: 'step-done', lesson: 'a', step: 1, at: at(2) });
    expect(before).toEqual(copy);
  });

  it.each<[string, ProgressChange[], string]>([
    ['nothing recorded', [], 'not-started'],
    ['a visit', [{ kind: 'visit', lesson: 'a', step: 0, at: at(0) }], 'in-progress'],
    ['a quiz finished below the pass mark', [{ kind: 'quiz-finished', lesson: 'a', correct: 1, total: 8, passed: false, at: at(0) }], 'quiz-not-passed'],
    ['a passed quiz', [{ kind: 'quiz-finished', lesson: 'a', correct: 8, total: 8, passed: true, at: at(0) }], 'done'],
    [
      'a passed quiz, then a worse sitting',
      [
        { kind: 'quiz-finished', lesson: 'a', correct: 8, total: 8, passed: true, at: at(0) },
        { kind: 'quiz-finished', lesson: 'a', correct: 1, total: 8, passed: false, at: at(1) },
      ],
      'done',
    ],
  ])('status after %s is %s', (_name, changes, status) => {
    expect(lessonStatus(play(changes).lessons.a)).toBe(status);
  });

  it('keeps the best way a step was solved: a later reveal does not undo solving it unaided', () => {
    const progress = play([
      { kind: 'step-outcome', lesson: 'a', step: 's1', outcome: 'revealed', hints: 3, at: at(1) },
      { kind: 'step-outcome', lesson: 'a', step: 's1', outcome: 'unaided', hints: 0, at: at(2) },
      { kind: 'step-outcome', lesson: 'a', step: 's1', outcome: 'skipped', hints: 0, at: at(3) },
      { kind: 'step-outcome', lesson: 'a', step: 's2', outcome: 'hinted', hints: 1, at: at(4) },
    ]);
    expect(progress.lessons.a!.steps).toEqual({ s1: { outcome: 'unaided', hints: 0, at: at(2) }, s2: { outcome: 'hinted', hints: 1, at: at(4) } });
    expect(outcomeCounts(progress.lessons.a)).toMatchObject({ unaided: 1, hinted: 1, revealed: 0, skipped: 0 });
  });

  it('remembers the highest hint rung shown per step', () => {
    const progress = play([2, 1, 3].map((rung, i) => ({ kind: 'hint' as const, lesson: 'a', step: 's', rung, at: at(i) })));
    expect(progress.lessons.a!.hintRungs).toEqual({ s: 3 });
  });

  it('keeps the first prediction only: one made after seeing the result predicts nothing', () => {
    const progress = play([
      { kind: 'prediction', lesson: 'a', step: 'p', predicted: '2', actual: '3', correct: false, at: at(1) },
      { kind: 'prediction', lesson: 'a', step: 'p', predicted: '3', actual: '3', correct: true, at: at(2) },
    ]);
    expect(progress.lessons.a!.predictions.p).toMatchObject({ predicted: '2', correct: false });
    expect(outcomeCounts(progress.lessons.a)).toMatchObject({ predictions: 1, predictionsRight: 0 });
  });

  it('records a quiz under way so Ctrl-C loses nothing, and closes it when the quiz is finished', () => {
    const during = play([
      { kind: 'answer', lesson: 'a', question: 'q1', correct: false, at: at(1), inQuiz: true, opensSitting: true },
      { kind: 'answer', lesson: 'a', question: 'q2', correct: true, at: at(2), inQuiz: true },
      { kind: 'answer', lesson: 'a', question: 'q1', correct: true, at: at(3), inQuiz: true, repeat: true },
      { kind: 'answer', lesson: 'a', question: 'q9', correct: true, at: at(4) },
    ]);
    // The repeat settled q1 for the sitting but left its Leitner box and history at the first miss.
    expect(during.lessons.a!.questions.q1).toMatchObject({ box: 1, answers: [{ at: at(1), correct: false }] });
    expect(during.lessons.a!.quizAttempt).toEqual({ started: at(1), firstAnswers: { q1: false, q2: true }, settled: ['q2', 'q1'], only: null });
    const after = applyChange(during, { kind: 'quiz-finished', lesson: 'a', correct: 1, total: 2, passed: false, missed: ['q1'], at: at(5) });
    expect(after.lessons.a).toMatchObject({ quizAttempt: null, lastMissed: ['q1'], quizPassed: false });
  });

  it('starts a sitting over at its first answer: an older attempt left open is replaced, not added to', () => {
    const stale = play([
      { kind: 'answer', lesson: 'a', question: 'q1', correct: true, at: at(1), inQuiz: true, opensSitting: true },
      { kind: 'answer', lesson: 'a', question: 'q2', correct: false, at: at(2), inQuiz: true },
    ]);
    const next = applyChange(stale, { kind: 'answer', lesson: 'a', question: 'q2', correct: true, at: at(3), inQuiz: true, opensSitting: true });
    expect(next.lessons.a!.quizAttempt).toEqual({ started: at(3), firstAnswers: { q2: true }, settled: ['q2'], only: null });
    // The answers of the abandoned sitting stay in the history and the review boxes: they were given.
    expect(next.lessons.a!.questions.q2!.answers).toEqual([{ at: at(2), correct: false }, { at: at(3), correct: true }]);
  });

  it('a sitting abandoned midway keeps its answers but is no finished sitting', () => {
    const abandoned = play([{ kind: 'answer', lesson: 'a', question: 'q1', correct: false, at: at(1), inQuiz: true, opensSitting: true }]);
    const lesson = abandoned.lessons.a!;
    expect(lesson).toMatchObject({ quizzesFinished: 0, lastScore: null, bestScore: null, quizPassed: false });
    expect(lessonStatus(lesson)).toBe('in-progress');
    expect(missCount(lesson.questions.q1!)).toBe(1);
  });
});
