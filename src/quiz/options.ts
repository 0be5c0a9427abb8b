/**
 * The order in which a choice question shows its options. Lesson files list the right option first, so
 * showing them in file order would make Enter the right answer every time. The order is a function of
 * a seed alone: the same seed shows the same order, and answers keep naming options by their index in
 * the file, so grading and the progress file never depend on what was on screen.
 */
import type { ChoiceOption } from '../lessons/model.js';
import { createRandom, parseSeed, shuffleWithSeed } from './shuffle.js';

/**
 * One seed per question: the quiz's seed (or the number of earlier attempts, when the quiz has none)
 * mixed with the question id, so that questions sharing a seed still get orders of their own and a
 * retry shows a different one.
 */
export function optionSeed(questionId: string, base: number): number {
  return parseSeed(`${base >>> 0}:${questionId}`);
}

/**
 * The file indexes of the options in display order. A single-choice question never opens with its
 * right option on top, where the prompt's cursor starts: Enter alone must not be an answer.
 */
export function orderOptions(type: 'single' | 'multiple', options: readonly ChoiceOption[], seed: number): number[] {
  const order = shuffleWithSeed(
    options.map((_, index) => index),
    seed,
  );
  if (type !== 'single' || !options[order[0]!]?.correct) return order;
  const wrong = order.flatMap((index, position) => (options[index]!.correct ? [] : [position]));
  if (wrong.length === 0) return order;
  // A second draw from the same seed picks which wrong option comes up, so every wrong one can lead.
  const position = wrong[Math.floor(createRandom(seed ^ 0x9e3779b9)() * wrong.length)]!;
  [order[0], order[position]] = [order[position]!, order[0]!];
  return order;
}

/** Mixed into a practice question's seed so that its draws are not the sitting's. */
const PRACTICE_SALT = 0x5bd1e995;
/** Enough draws to leave a question's last order whenever another is possible (one with three options has five others). */
const PRACTICE_DRAWS = 16;

/**
 * The display order for practising a question right after its sitting: an order other than `shown`
 * (the one the learner just answered) whenever the options allow another, so that the practice asks
 * for the answer and not its place on screen.
 */
export function orderPracticeOptions(type: 'single' | 'multiple', options: readonly ChoiceOption[], seed: number, shown: readonly number[]): number[] {
  let order = orderOptions(type, options, (seed ^ PRACTICE_SALT) >>> 0);
  for (let draw = 1; draw < PRACTICE_DRAWS && order.every((index, position) => index === shown[position]); draw += 1) {
    order = orderOptions(type, options, (seed ^ PRACTICE_SALT) + draw);
  }
  return order;
}
