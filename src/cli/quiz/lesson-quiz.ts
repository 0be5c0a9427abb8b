/**
 * A lesson's quiz as a sitting that teaches: every question once, a miss comes back later until it is
 * answered right, the score counts first answers, and the lesson is done only at its pass mark. Below
 * it the learner is offered to retake just the missed questions. Every answer is saved as it is given,
 * so a quiz left with Ctrl-C resumes at the question it stopped at.
 */
import { quizMessages } from '../../i18n/quiz.js';
import type { Lesson } from '../../lessons/model.js';
import { orderQuestions } from '../../quiz/shuffle.js';
import { answerInRound, combineRetake, isRoundOver, missedFirstTime, nextQuestion, passes, roundScore, startRound } from '../../quiz/round.js';
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
  const mark = lesson.passMark;
  const record = (await session.store.read()).lessons[lesson.id];
  const attempt = record?.quizAttempt;
  const resuming = attempt !== null && attempt !== undefined && Object.keys(attempt.firstAnswers).length > 0;
  // Resuming a retake asks its own questions; a fresh sitting below the pass mark starts with the whole quiz.
  const only = resuming ? attempt.only : null;
  let outcome = await sit(session, lesson, only, resuming ? attempt : undefined, options.seed);
  if (only) outcome = { ...outcome, score: combineRetake(lesson.questions.length, record?.lastMissed.length ?? only.length, outcome.score) };
  await finish(session, lesson, outcome);
  if (outcome.passed || outcome.missed.length === 0) return outcome;
  if (await session.prompts.confirm({ message: m.retakeOffer(outcome.missed.length), default: true })) {
    const before = outcome.missed.length;
    session.say(session.color.bold(m.retakeIntro(before)));
    const retake = await sit(session, lesson, outcome.missed, undefined, options.seed);
    outcome = { ...retake, score: combineRetake(lesson.questions.length, before, retake.score) };
    await finish(session, lesson, outcome);
  }
  if (!outcome.passed) session.say(session.color.dim(m.retakeLater(options.retakeCommand)));
  return outcome;

  async function finish(current: Session, target: Lesson, result: LessonQuizOutcome): Promise<void> {
    result.passed = passes(result.score, mark);
    await current.store.update({ kind: 'quiz-finished', lesson: target.id, ...result.score, passed: result.passed, missed: result.missed, at: current.now().toISOString() });
    const paint = paintOf(current);
    current.print();
    current.say(formatScore(result.score, paint).trimEnd());
    current.say(result.passed ? paint.good(m.passed(mark)) : paint.bad(m.notPassed(mark, result.missed.length)));
  }
}

/** One sitting over the lesson's questions (or `only` those), resumed from `resume` when given. */
async function sit(
  session: Session,
  lesson: Lesson,
  only: readonly string[] | null,
  resume: { firstAnswers: Record<string, boolean>; settled: string[] } | undefined,
  seed: number | undefined,
): Promise<LessonQuizOutcome> {
  const m = quizMessages();
  const questions = orderQuestions(only ? lesson.questions.filter((question) => only.includes(question.id)) : lesson.questions, seed);
  const byId = new Map(questions.map((question) => [question.id, question]));
  let round = startRound(questions.map((question) => question.id), resume);
  if (resume) session.say(session.color.dim(m.resuming(Object.keys(round.firstAnswers).length, questions.length)));
  else await session.store.update({ kind: 'quiz-started', lesson: lesson.id, ...(only ? { only: [...only] } : {}), at: session.now().toISOString() });
  while (!isRoundOver(round)) {
    const id = nextQuestion(round)!;
    const repeat = id in round.firstAnswers;
    const header = repeat ? m.again : m.questionHeader(Object.keys(round.firstAnswers).length + 1, questions.length);
    const grade = await askItem(session, { lesson, question: byId.get(id)! }, { header, seed, inQuiz: true, repeat });
    if (!grade.correct && !repeat) session.say(session.color.dim(m.comesBack));
    round = answerInRound(round, id, grade.correct);
  }
  return { score: roundScore(round), passed: false, missed: missedFirstTime(round) };
}
