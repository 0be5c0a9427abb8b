/** Pure text for a graded answer and a final score; colours come in as functions so the output stays testable. */
import { quizMessages } from '../../i18n/quiz.js';
import type { Question } from '../../lessons/model.js';
import { percentOf, type Grade, type Score } from '../../quiz/engine.js';

export interface Paint {
  good(text: string): string;
  bad(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export const plain: Paint = { good: (t) => t, bad: (t) => t, dim: (t) => t, bold: (t) => t };

export function formatGrade(question: Question, grade: Grade, paint: Paint = plain): string {
  const m = quizMessages();
  const lines = [grade.correct ? paint.good(m.right) : paint.bad(m.wrong)];
  if (!grade.correct) {
    const answer = rightAnswerOf(question);
    lines.push(answer.length > 1 ? m.rightAnswers(answer.join('; ')) : m.rightAnswer(answer[0] ?? ''));
  }
  for (const why of grade.chosenWhy) lines.push(paint.dim(`• ${why}`));
  lines.push(grade.explanation.trim());
  return `${lines.join('\n')}\n`;
}

export function rightAnswerOf(question: Question): string[] {
  const m = quizMessages();
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.filter((option) => option.correct).map((option) => option.text);
    case 'truefalse':
      return [question.answer ? m.true : m.false];
    case 'command':
      return [question.answer];
  }
}

export function formatScore(score: Score, paint: Paint = plain): string {
  return `${paint.bold(quizMessages().score(score.correct, score.total, percentOf(score)))}\n`;
}
