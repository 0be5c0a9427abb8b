import { describe, expect, it } from 'vitest';
import { countOf } from '../../src/i18n/plural.js';
import { progressMessages } from '../../src/i18n/progress.js';
import { quizMessages } from '../../src/i18n/quiz.js';

describe('English counts', () => {
  it.each<[number, string]>([
    [0, '0 questions'],
    [1, '1 question'],
    [2, '2 questions'],
  ])('countOf(%i, question) is %j', (count, expected) => {
    expect(countOf(count, 'question')).toBe(expected);
  });

  it.each<[string, string]>([
    [quizMessages('en').quizIntro('Images', 1), 'Quiz: Images (1 question)'],
    [quizMessages('en').reviewIntro(1), 'Review: 1 question you missed before, least known first.'],
    [progressMessages('en').reviewDue(1), '1 question due for review: docktutor quiz --review'],
    [progressMessages('en').overallDetail(1, 1, 1, 1), '1 of 1 step done, 1 of 1 quiz passed'],
    [progressMessages('en').overallDetail(0, 2, 0, 2), '0 of 2 steps done, 0 of 2 quizzes passed'],
    [progressMessages('en').resetAllDone(1, 1), 'Erased all progress: 1 lesson, 1 answer.'],
    [progressMessages('en').resetLessonQuestion('Images', 1, 0), 'Erase your progress in "Images" (1 step done, 0 answers)? This cannot be undone.'],
    [progressMessages('en').daysAgo(2), '2 days ago'],
  ])('%j', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
