/**
 * Grading and scoring: pure functions of a question and an answer. Command answers are compared by
 * meaning through the `canonical` function the caller passes (the docker command-line canonicalizer),
 * so this module stays free of any parser and any I/O.
 */
import type { Question } from '../lessons/model.js';

/** What the learner chose: an option index (single), option indexes (multiple), true/false, or a typed command. */
export type Answer = number | readonly number[] | boolean | string;

export interface Grade {
  correct: boolean;
  explanation: string;
  /** The `why` of every wrong option the learner chose, in option order. */
  chosenWhy: string[];
}

export interface GradeOptions {
  /** Two commands with the same meaning map to the same string; it may throw on a line it cannot read. */
  canonical?: (line: string) => string;
}

export function gradeAnswer(question: Question, answer: Answer, options: GradeOptions = {}): Grade {
  const explanation = question.explanation;
  switch (question.type) {
    case 'single': {
      const chosen = typeof answer === 'number' ? [answer] : [];
      return { correct: chosen.length === 1 && question.options[chosen[0]!]?.correct === true, explanation, chosenWhy: whysOf(question.options, chosen) };
    }
    case 'multiple': {
      const chosen = Array.isArray(answer) ? [...new Set(answer as number[])].sort((a, b) => a - b) : [];
      const expected = question.options.flatMap((option, index) => (option.correct ? [index] : []));
      // All or nothing: a partial selection is wrong, and so is every right option plus a wrong one.
      const correct = chosen.length === expected.length && chosen.every((index, position) => index === expected[position]);
      return { correct, explanation, chosenWhy: whysOf(question.options, chosen) };
    }
    case 'truefalse':
      return { correct: typeof answer === 'boolean' && answer === question.answer, explanation, chosenWhy: [] };
    case 'command':
      return { correct: typeof answer === 'string' && sameCommand(answer, question.answer, options.canonical ?? squeezeSpaces), explanation, chosenWhy: [] };
  }
}

function whysOf(options: readonly { correct: boolean; why?: string }[], chosen: readonly number[]): string[] {
  return chosen.flatMap((index) => {
    const option = options[index];
    return option && !option.correct && option.why ? [option.why] : [];
  });
}

function sameCommand(typed: string, expected: string, canonical: (line: string) => string): boolean {
  if (typed.trim() === '') return false;
  try {
    return canonical(typed) === canonical(expected);
  } catch {
    // A line the canonicalizer cannot read (a typo in the command name) is simply a wrong answer.
    return false;
  }
}

/** The fallback comparison when no canonicalizer is given: spacing does not matter, nothing else is forgiven. */
export function squeezeSpaces(line: string): string {
  return line.trim().split(/\s+/).join(' ');
}

export interface Score {
  correct: number;
  total: number;
}

export function scoreGrades(grades: readonly Pick<Grade, 'correct'>[]): Score {
  return { correct: grades.filter((grade) => grade.correct).length, total: grades.length };
}

/** Whole percent, rounded down so that 7/8 never shows as a perfect 100. */
export function percentOf(score: Score): number {
  return score.total === 0 ? 0 : Math.floor((score.correct * 100) / score.total);
}
