/**
 * A lesson's quiz as a sitting that teaches: every question once, a miss comes back later until it is
 * answered right, the score counts first answers, and the lesson is done only at its pass mark. Below
 * it the learner may practise the missed questions at once, which teaches but never changes the
 * sitting's score (see orderPractice in quiz/round.ts for why); passing takes another sitting. Every
 * answer is saved as it is given, so a sitting left with Ctrl-C resumes at the question it stopped at;
 * the sitting itself is saved with its first answer, so one left before any answer changes nothing.
 */
import { quizMessages } from '../../i18n/quiz.js';
import type { Lesson } from '../../lessons/model.js';
import { percentOf } from '../../quiz/engine.js';
import { orderQuestions, parseSeed } from '../../quiz/shuffle.js';
import { answerInRound, isRoundOver, missedFirstTime, nextQuestion, orderPractice, passes, roundScore, startRound } from '../../quiz/round.js';
import type { Session } from '../learn/session.js';
import { askItem, paintOf } from './run-quiz.js';
import { formatScore } from './format-result.js';

export interface LessonQuizOutcome {
  score: { correct: number; total: number };
  passed: boolean;
  missed: string[];
}

export interface LessonQuizOptions {
  seed?: number | undefined;
  /** The command that retakes this quiz, as the learner can type it (for the closing hint). */
  retakeCommand: string;
}

export async function runLessonQuiz(session: Session, lesson: Lesson, options: LessonQuizOptions): Promise<LessonQuizOutcome> {
  const m = quizMessages();
  const attempt = (await session.store.read()).lessons[lesson.id]?.quizAttempt;
  // An attempt with `only` is a retake that an older docktutor counted towards the score; it is not
  // resumed as one: the next sitting asks the whole quiz.
  const resume = attempt && attempt.only === null && Object.keys(attempt.firstAnswers).length > 0 ? attempt : undefined;
  const outcome = await sit(session, lesson, resume, options.seed);
  await finish(outcome);
  if (outcome.passed) return outcome;
  if (outcome.missed.length > 0 && (await session.prompts.confirm({ message: m.practiceOffer(outcome.missed.length), default: true }))) {
    session.say(session.color.bold(m.practiceIntro(outcome.missed.length)));
    const practised = await practise(session, lesson, outcome.missed, options.seed);
    session.print();
    session.say(m.practiceScore(practised.correct, practised.total, `${outcome.score.correct}/${outcome.score.total} (${percentOf(outcome.score)}%)`));
  }
  session.say(session.color.dim(m.retakeLater(options.retakeCommand)));
  return outcome;

  async function finish(result: LessonQuizOutcome): Promise<void> {
    result.passed = passes(result.score, lesson.passMark);
    await session.store.update({ kind: 'quiz-finished', lesson: lesson.id, ...result.score, passed: result.passed, missed: result.missed, at: session.now().toISOString() });
    const paint = paintOf(session);
    session.print();
    session.say(formatScore(result.score, paint).trimEnd());
    session.say(result.passed ? paint.good(m.passed(lesson.passMark)) : paint.bad(m.notPassed(lesson.passMark, result.missed.length)));
  }
}

/**
 * The missed questions once each, in a new order and with their options in a new order. Answers are
 * saved as repeats: they leave the score, the Leitner boxes and the answer history as they are.
 */
async function practise(session: Session, lesson: Lesson, missed: readonly string[], seed: number | undefined): Promise<{ correct: number; total: number }> {
  const m = quizMessages();
  const sittings = (await session.store.read()).lessons[lesson.id]?.quizzesFinished ?? 0;
  const ids = orderPractice(missed, parseSeed(`practice:${seed ?? sittings}`));
  let correct = 0;
  for (const [index, id] of ids.entries()) {
    const question = lesson.questions.find((candidate) => candidate.id === id)!;
    const grade = await askItem(session, { lesson, question }, { header: m.practiceHeader(index + 1, ids.length), seed, inQuiz: false, repeat: true, practice: true });
    if (grade.correct) correct += 1;
  }
  return { correct, total: ids.length };
}

/** One sitting over the lesson's questions, resumed from `resume` when given. */
async function sit(
  session: Session,
  lesson: Lesson,
  resume: { firstAnswers: Record<string, boolean>; settled: string[] } | undefined,
  seed: number | undefined,
): Promise<LessonQuizOutcome> {
  const m = quizMessages();
  const questions = orderQuestions(lesson.questions, seed);
  const byId = new Map(questions.map((question) => [question.id, question]));
  let round = startRound(questions.map((question) => question.id), resume);
  if (resume) session.say(session.color.dim(m.resuming(Object.keys(round.firstAnswers).length, questions.length)));
  let opensSitting = !resume;
  while (!isRoundOver(round)) {
    const id = nextQuestion(round)!;
    const repeat = id in round.firstAnswers;
    const header = repeat ? m.again : m.questionHeader(Object.keys(round.firstAnswers).length + 1, questions.length);
    const grade = await askItem(session, { lesson, question: byId.get(id)! }, { header, seed, inQuiz: true, opensSitting, repeat });
    opensSitting = false;
    if (!grade.correct && !repeat) session.say(session.color.dim(m.comesBack));
    round = answerInRound(round, id, grade.correct);
  }
  return { score: roundScore(round), passed: false, missed: missedFirstTime(round) };
}
