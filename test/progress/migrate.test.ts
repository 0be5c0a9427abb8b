import { describe, expect, it } from 'vitest';
import { migrateProgress, NewerVersionError } from '../../src/progress/migrate.js';
import { applyChange, emptyLesson, emptyProgress, PROGRESS_VERSION } from '../../src/progress/model.js';

describe('migrateProgress', () => {
  it('upgrades a version 1 file: percent scores, flat answers replayed into Leitner boxes', () => {
    const v1 = {
      version: 1,
      lessons: {
        images: {
          step: 4,
          done: [2, 0, 1, 1],
          visited: '2025-02-01T09:00:00.000Z',
          best: 75,
          last: 50,
          answers: [
            { question: 'tags', correct: true, at: '2025-02-01T08:00:00.000Z' },
            { question: 'layers', correct: false, at: '2025-02-01T08:01:00.000Z' },
            { question: 'tags', correct: true, at: '2025-02-01T08:30:00.000Z' },
          ],
        },
      },
    };
    const { progress: migrated, repaired } = migrateProgress(v1);
    expect(repaired).toEqual([]);
    expect(migrated.version).toBe(PROGRESS_VERSION);
    const lesson = migrated.lessons.images!;
    expect(lesson).toMatchObject({
      currentStep: 4,
      stepsDone: [0, 1, 2],
      lastVisited: '2025-02-01T09:00:00.000Z',
      bestScore: { correct: 75, total: 100 },
      lastScore: { correct: 50, total: 100 },
      quizzesFinished: 1,
      // 75% is below today's default pass mark of 80%: the lesson is not done until the quiz is passed.
      quizPassed: false,
      steps: {},
      predictions: {},
    });
    expect(lesson.questions.tags).toEqual({
      answers: [
        { at: '2025-02-01T08:00:00.000Z', correct: true },
        { at: '2025-02-01T08:30:00.000Z', correct: true },
      ],
      box: 3,
      due: '2025-02-04T08:30:00.000Z',
    });
    expect(lesson.questions.layers).toMatchObject({ box: 1 });
  });

  it('passes a current file through unchanged', () => {
    const current = applyChange(emptyProgress(), { kind: 'step-outcome', lesson: 'a', step: 'run-web', outcome: 'hinted', hints: 2, at: '2025-02-01T08:00:00.000Z' });
    expect(migrateProgress(current)).toEqual({ progress: current, repaired: [] });
  });

  it.each<[string, number, number, boolean]>([
    ['8 of 10 passes', 8, 10, true],
    ['7 of 10 does not', 7, 10, false],
    ['100 of 100 passes', 100, 100, true],
  ])('upgrades a version 2 file: a best score of %s the default pass mark', (_name, correct, total, passed) => {
    const v2 = { version: 2, lessons: { a: { ...emptyLesson(), quizzesFinished: 1, bestScore: { correct, total, at: 'x' }, lastScore: { correct, total, at: 'x' } } } };
    for (const key of ['quizPassed', 'lastMissed', 'quizAttempt', 'steps', 'hintRungs', 'predictions']) delete (v2.lessons.a as Record<string, unknown>)[key];
    const { progress } = migrateProgress(v2);
    expect(progress.version).toBe(3);
    expect(progress.lessons.a).toMatchObject({ quizPassed: passed, steps: {}, predictions: {}, quizAttempt: null });
  });

  it('repairs a bad field of a version 2 file instead of rejecting the file', () => {
    const { progress, repaired } = migrateProgress({ version: 2, lessons: { a: { currentStep: 'x', stepsDone: [1, -2, 3] } } });
    expect(progress.lessons.a).toMatchObject({ currentStep: 0, stepsDone: [1, 3] });
    expect(repaired).toContain('lessons.a.currentStep');
  });

  it.each<[string, unknown]>([
    ['no version', { lessons: {} }],
    ['a version 0', { version: 0, lessons: {} }],
    ['a string version', { version: '2', lessons: {} }],
    ['null', null],
    ['a broken version 1', { version: 1, lessons: { a: { step: -1 } } }],
    ['lessons that are not a map', { version: 2, lessons: [1, 2] }],
  ])('rejects %s', (_name, document) => {
    expect(() => migrateProgress(document)).toThrow();
  });

  it('refuses a file from a newer docktutor instead of overwriting it', () => {
    expect(() => migrateProgress({ version: PROGRESS_VERSION + 1, lessons: {} })).toThrow(NewerVersionError);
  });
});
