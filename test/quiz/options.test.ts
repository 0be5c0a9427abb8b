import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../src/lessons/load.js';
import type { MultipleQuestion, SingleQuestion } from '../../src/lessons/model.js';
import { gradeAnswer } from '../../src/quiz/engine.js';
import { optionSeed, orderOptions, orderPracticeOptions } from '../../src/quiz/options.js';
import { multiple, single } from './fixtures.js';

type Choice = SingleQuestion | MultipleQuestion;
const shipped = loadLessons(resolve(import.meta.dirname, '../../lessons'), 'en');
const choiceQuestions = shipped.flatMap((lesson) => lesson.questions.filter((q): q is Choice => q.type === 'single' || q.type === 'multiple'));
const seeds = [0, 1, 2, 42, 4294967295];

/** Display positions of the right options, for one seed. */
function rightPositions(question: Choice, seed: number): number[] {
  const order = orderOptions(question.type, question.options, optionSeed(question.id, seed));
  return order.flatMap((index, position) => (question.options[index]!.correct ? [position] : []));
}

describe('orderOptions', () => {
  it.each(seeds)('seed %i: every option shows exactly once', (seed) => {
    for (const question of [single, multiple, ...choiceQuestions]) {
      const order = orderOptions(question.type, question.options, optionSeed(question.id, seed));
      expect([...order].sort((a, b) => a - b)).toEqual(question.options.map((_, index) => index));
    }
  });

  it.each(seeds)('seed %i: the same seed gives the same order', (seed) => {
    for (const question of choiceQuestions) {
      const first = orderOptions(question.type, question.options, optionSeed(question.id, seed));
      expect(orderOptions(question.type, question.options, optionSeed(question.id, seed))).toEqual(first);
    }
  });

  it.each(seeds)('seed %i: no single-choice question opens with its right option, where the cursor starts', (seed) => {
    for (const question of choiceQuestions.filter((q) => q.type === 'single')) {
      expect(rightPositions(question, seed)).not.toContain(0);
    }
  });

  it.each(shipped.map((lesson) => [lesson.id, lesson] as const).filter(([, lesson]) => lesson.questions.some((q) => q.type !== 'truefalse' && q.type !== 'command')))(
    '%s: the right option is not always in the same place',
    (_id, lesson) => {
      const questions = lesson.questions.filter((q): q is Choice => q.type === 'single' || q.type === 'multiple');
      const firstRight = new Set(seeds.flatMap((seed) => questions.map((question) => rightPositions(question, seed)[0])));
      expect(firstRight.size).toBeGreaterThan(1);
    },
  );

  it('gives different orders for different seeds and for different questions', () => {
    const bySeed = new Set(seeds.map((seed) => orderOptions('multiple', multiple.options, optionSeed(multiple.id, seed)).join()));
    expect(bySeed.size).toBeGreaterThan(1);
    expect(optionSeed('a', 42)).not.toBe(optionSeed('b', 42));
  });

  it.each(seeds)('seed %i: grading stays right when the learner picks by display position', (seed) => {
    for (const question of [single, multiple, ...choiceQuestions]) {
      const order = orderOptions(question.type, question.options, optionSeed(question.id, seed));
      const positions = rightPositions(question, seed);
      const chosen = positions.map((position) => order[position]!);
      const answer = question.type === 'single' ? chosen[0]! : chosen;
      expect(gradeAnswer(question, answer).correct).toBe(true);
      // What the cursor sits on at first is wrong for a single-choice question.
      if (question.type === 'single') expect(gradeAnswer(question, order[0]!).correct).toBe(false);
    }
  });
});

describe('orderPracticeOptions', () => {
  it.each(seeds)('seed %i: practice never shows the order just answered when another exists, and keeps the cursor off the right option', (seed) => {
    for (const question of [single, multiple, ...choiceQuestions]) {
      const seedOf = optionSeed(question.id, seed);
      const shown = orderOptions(question.type, question.options, seedOf);
      const practice = orderPracticeOptions(question.type, question.options, seedOf, shown);
      expect([...practice].sort((a, b) => a - b)).toEqual(question.options.map((_, index) => index));
      // A single choice of two options has one allowed order (the wrong one first): nothing else to show.
      const onlyOne = question.type === 'single' && question.options.length === 2;
      if (!onlyOne) expect(practice).not.toEqual(shown);
      if (question.type === 'single') expect(question.options[practice[0]!]!.correct).toBe(false);
    }
  });
});
