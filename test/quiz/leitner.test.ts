import { describe, expect, it } from 'vitest';
import { dueAfter, isDue, nextBox, nextDue, scheduleAnswer, selectDue, type ReviewCandidate } from '../../src/quiz/leitner.js';

const t0 = new Date('2025-03-01T10:00:00.000Z');
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

describe('Leitner boxes', () => {
  it.each<[number, boolean, number]>([
    [1, true, 2],
    [2, true, 3],
    [3, true, 4],
    [4, true, 5],
    [5, true, 5],
    [1, false, 1],
    [3, false, 1],
    [5, false, 1],
  ])('box %i, correct=%s -> box %i', (box, correct, next) => {
    expect(nextBox(box, correct)).toBe(next);
  });

  it.each<[number, number]>([
    [1, 0],
    [2, 1],
    [3, 3],
    [4, 7],
    [5, 21],
  ])('box %i waits %i day(s)', (box, wait) => {
    expect(dueAfter(box, t0).toISOString()).toBe(days(wait).toISOString());
  });

  it.each<[string, { box: number; due: string } | undefined, boolean, { box: number; due: string }]>([
    ['a first right answer', undefined, true, { box: 2, due: days(1).toISOString() }],
    ['a first miss', undefined, false, { box: 1, due: t0.toISOString() }],
    ['a right answer in box 4', { box: 4, due: t0.toISOString() }, true, { box: 5, due: days(21).toISOString() }],
    ['a miss in box 4', { box: 4, due: t0.toISOString() }, false, { box: 1, due: t0.toISOString() }],
  ])('schedules %s', (_name, card, correct, expected) => {
    expect(scheduleAnswer(card, correct, t0)).toEqual(expected);
  });

  it.each<[number, number, number, boolean]>([
    [1, 0, 0, true],
    [2, 1, 0.5, false],
    [2, 1, 1, true],
    [3, 3, 2.9, false],
    [5, 21, 20, false],
    [5, 21, 21, true],
  ])('box %i due in %i day(s) is due after %f day(s): %s', (box, wait, elapsed, due) => {
    expect(isDue({ box, due: days(wait).toISOString() }, days(elapsed))).toBe(due);
  });
});

describe('selectDue', () => {
  const card = (key: string, box: number, dueDays: number, misses: number): ReviewCandidate => ({ key, box, due: days(dueDays).toISOString(), misses });

  it('asks only missed questions that are due, least known first', () => {
    const cards = [
      card('never-missed', 1, 0, 0),
      card('b-box3-due', 3, 3, 1),
      card('a-box1', 1, 0, 1),
      card('box2-not-yet', 2, 1, 2),
      card('c-box1-many', 1, 0, 4),
    ];
    expect(selectDue(cards, days(0.5)).map((c) => c.key)).toEqual(['c-box1-many', 'a-box1']);
    expect(selectDue(cards, days(5)).map((c) => c.key)).toEqual(['c-box1-many', 'a-box1', 'box2-not-yet', 'b-box3-due']);
  });

  it('tells when the next missed question falls due', () => {
    expect(nextDue([card('x', 3, 3, 1), card('y', 2, 1, 1), card('z', 2, 0.1, 0)])?.toISOString()).toBe(days(1).toISOString());
    expect(nextDue([card('z', 2, 0.1, 0)])).toBeUndefined();
  });
});
