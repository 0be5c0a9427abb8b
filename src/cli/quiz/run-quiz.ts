/**
 * Runs a list of questions: ask, grade, save the answer at once (so Ctrl-C at the next prompt loses
 * nothing), show the verdict with its explanation, and for a typed command offer to run it live.
 */
import { DocktutorError } from '../../errors.js';
import { quizMessages } from '../../i18n/quiz.js';
import type { Lesson, Question } from '../../lessons/model.js';
import type { Progress } from '../../progress/model.js';
import { optionSeed, orderOptions } from '../../quiz/options.js';
import { gradeAnswer, scoreGrades, type Grade, type Score } from '../../quiz/engine.js';
import type { Session } from '../learn/session.js';
import { askQuestion, expandQuestion } from './ask.js';
import { formatGrade, formatScore, type Paint } from './format-result.js';

export interface QuizItem {
  lesson: Lesson;
  question: Question;
}

export interface QuizRun {
  /** Tag each question with its lesson (a review mixes lessons). */
  showLesson?: boolean;
  /** The quiz's --shuffle seed: it also orders the options; without it each attempt gets a new order. */
  seed?: number | undefined;
}

export async function runQuiz(session: Session, items: readonly QuizItem[], run: QuizRun = {}): Promise<Score> {
  const m = quizMessages();
  const grades: Grade[] = [];
  const paint = paintOf(session);
  const progress = await session.store.read();
  for (const [index, item] of items.entries()) {
    // Without colour the backticks stay: in plain text they are what marks a command.
    const code = session.color.level > 0 ? (text: string) => session.color.cyan(text) : undefined;
    const question = expandQuestion(item.question, (text) => session.tools.expandPlaceholders(text, session.live.env), code);
    const tag = run.showLesson ? ` ${m.lessonTag(item.lesson.id)}` : '';
    session.print();
    session.say(paint.dim(`${m.questionHeader(index + 1, items.length)}${tag}`));
    const answer = await askQuestion(question, session.prompts, displayOrder(question, run.seed ?? attemptsOf(progress, item)));
    const grade = gradeAnswer(question, answer, { canonical: (line) => session.tools.canonicalCommand(line) });
    await session.store.update({ kind: 'answer', lesson: item.lesson.id, question: question.id, correct: grade.correct, at: session.now().toISOString() });
    grades.push(grade);
    session.say(formatGrade(question, grade, paint).trimEnd());
    if (question.type === 'command' && typeof answer === 'string' && answer !== '') await offerLiveRun(session, answer);
  }
  const score = scoreGrades(grades);
  session.print();
  session.say(formatScore(score, paint).trimEnd());
  return score;
}

function attemptsOf(progress: Progress, item: QuizItem): number {
  return progress.lessons[item.lesson.id]?.questions[item.question.id]?.answers.length ?? 0;
}

function displayOrder(question: Question, base: number): number[] | undefined {
  if (question.type !== 'single' && question.type !== 'multiple') return undefined;
  return orderOptions(question.type, question.options, optionSeed(question.id, base));
}

async function offerLiveRun(session: Session, line: string): Promise<void> {
  if (!(await session.prompts.confirm({ message: quizMessages().runTyped, default: false }))) return;
  try {
    await session.tools.executeCommandLine(line, session.live);
  } catch (error) {
    // No daemon, a typo in a flag: one line, and the quiz goes on.
    if (!(error instanceof DocktutorError)) throw error;
    session.say(quizMessages().noDaemon(error.message));
  }
}

export function paintOf(session: Session): Paint {
  const { color } = session;
  return { good: (t) => color.green(t), bad: (t) => color.red(t), dim: (t) => color.dim(t), bold: (t) => color.bold(t) };
}
