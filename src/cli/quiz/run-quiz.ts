/**
 * Runs a list of questions: ask, grade, save the answer at once (so Ctrl-C at the next prompt loses
 * nothing), show the verdict with its explanation, and for a typed command offer to run it live.
 */
import { DocktutorError } from '../../errors.js';
import { quizMessages } from '../../i18n/quiz.js';
import type { Lesson, Question } from '../../lessons/model.js';
import type { Progress } from '../../progress/model.js';
import { optionSeed, orderOptions, orderPracticeOptions } from '../../quiz/options.js';
import { gradeAnswer, scoreGrades, type Answer, type Grade, type Score } from '../../quiz/engine.js';
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

/** A review: the missed questions that are due, each asked once; answers move their Leitner boxes. */
export async function runQuiz(session: Session, items: readonly QuizItem[], run: QuizRun = {}): Promise<Score> {
  const m = quizMessages();
  const grades: Grade[] = [];
  for (const [index, item] of items.entries()) {
    const tag = run.showLesson ? ` ${m.lessonTag(item.lesson.id)}` : '';
    grades.push(await askItem(session, item, { header: `${m.questionHeader(index + 1, items.length)}${tag}`, seed: run.seed, inQuiz: false }));
  }
  const score = scoreGrades(grades);
  session.print();
  session.say(formatScore(score, paintOf(session)).trimEnd());
  return score;
}

export interface AskOptions {
  header: string;
  seed: number | undefined;
  /** Part of the lesson's quiz sitting (resumable), not a review. */
  inQuiz: boolean;
  /** The first answer of a new sitting: it starts the saved attempt over (nothing is saved before it). */
  opensSitting?: boolean;
  /** A miss asked again in the same sitting, or practised right after it: no recall, so no Leitner move. */
  repeat?: boolean;
  /** Practice right after a sitting: the options come in an order other than the one just answered. */
  practice?: boolean;
}

/** Asks one question, saves the answer at once, shows the verdict and its explanation, and for a typed command offers to run it. */
export async function askItem(session: Session, item: QuizItem, options: AskOptions): Promise<Grade> {
  const paint = paintOf(session);
  const progress = await session.store.read();
  // Without colour the backticks stay: in plain text they are what marks a command.
  const code = session.color.level > 0 ? (text: string) => session.color.cyan(text) : undefined;
  const question = expandQuestion(item.question, (text) => session.tools.expandPlaceholders(text, session.live.env), code);
  session.print();
  session.say(paint.dim(options.header));
  const grading = { canonical: (line: string) => session.tools.canonicalCommand(line) };
  const verdict = { judge: (given: Answer) => gradeAnswer(question, given, grading).correct, right: paint.good('✔'), wrong: paint.bad('✘') };
  const answer = await askQuestion(question, session.prompts, displayOrder(question, options.seed ?? attemptsOf(progress, item), options.practice === true), verdict);
  const grade = gradeAnswer(question, answer, grading);
  const at = session.now().toISOString();
  await session.store.update({ kind: 'answer', lesson: item.lesson.id, question: question.id, correct: grade.correct, at, ...(options.inQuiz ? { inQuiz: true } : {}), ...(options.opensSitting ? { opensSitting: true } : {}), ...(options.repeat ? { repeat: true } : {}) });
  session.say(formatGrade(question, grade, paint).trimEnd());
  if (question.type === 'command' && typeof answer === 'string' && answer !== '' && runsLive(session, answer)) await offerLiveRun(session, answer);
  return grade;
}

/** Only a command docktutor can run is offered live: `docker --version` is a fine answer but not one of them. */
function runsLive(session: Session, line: string): boolean {
  try {
    session.tools.canonicalCommand(line);
    return true;
  } catch {
    return false;
  }
}

function attemptsOf(progress: Progress, item: QuizItem): number {
  return progress.lessons[item.lesson.id]?.questions[item.question.id]?.answers.length ?? 0;
}

/**
 * Repeats leave the answer history alone, so at practice time `base` is still the one the sitting's last
 * ask of this question used: the order the learner just saw, which the practice then avoids.
 */
function displayOrder(question: Question, base: number, practice: boolean): number[] | undefined {
  if (question.type !== 'single' && question.type !== 'multiple') return undefined;
  const seed = optionSeed(question.id, base);
  const shown = orderOptions(question.type, question.options, seed);
  return practice ? orderPracticeOptions(question.type, question.options, seed, shown) : shown;
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
