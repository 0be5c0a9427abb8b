import { describe, expect, it } from 'vitest';
import { answerCount, applyChange, emptyProgress, lessonStatus, missCount, type Progress, type ProgressChange } from '../../src/progress/model.js';

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
    ['a finished quiz', [{ kind: 'quiz-finished', lesson: 'a', correct: 1, total: 8, at: at(0) }], 'done'],
  ])('status after %s is %s', (_name, changes, status) => {
    expect(lessonStatus(play(changes).lessons.a)).toBe(status);
  });
});
