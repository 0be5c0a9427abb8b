import { describe, expect, it } from 'vitest';
import { migrateProgress, NewerVersionError } from '../../src/progress/migrate.js';
import { emptyProgress, PROGRESS_VERSION } from '../../src/progress/model.js';

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
    const migrated = migrateProgress(v1);
    expect(migrated.version).toBe(PROGRESS_VERSION);
    const lesson = migrated.lessons.images!;
    expect(lesson).toMatchObject({
      currentStep: 4,
      stepsDone: [0, 1, 2],
      lastVisited: '2025-02-01T09:00:00.000Z',
      bestScore: { correct: 75, total: 100 },
      lastScore: { correct: 50, total: 100 },
      quizzesFinished: 1,
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
    const current = { ...emptyProgress(), lessons: {} };
    expect(migrateProgress(current)).toEqual(current);
  });

  it.each<[string, unknown]>([
    ['no version', { lessons: {} }],
    ['a version 0', { version: 0, lessons: {} }],
    ['a string version', { version: '2', lessons: {} }],
    ['null', null],
    ['a broken version 1', { version: 1, lessons: { a: { step: -1 } } }],
    ['a broken version 2', { version: 2, lessons: { a: { currentStep: 'x' } } }],
  ])('rejects %s', (_name, document) => {
    expect(() => migrateProgress(document)).toThrow();
  });

  it('refuses a file from a newer docktutor instead of overwriting it', () => {
    expect(() => migrateProgress({ version: PROGRESS_VERSION + 1, lessons: {} })).toThrow(NewerVersionError);
  });
});
