/**
 * The learner's progress as data, and every change to it as a pure transition. The store applies one
 * change at a time to a freshly read copy under a lock, so two processes never lose each other's records:
 * that is why changes are small facts ("this answer, at this time") rather than whole new states.
 */
import { scheduleAnswer } from '../quiz/leitner.js';

export const PROGRESS_VERSION = 3;

export interface AnswerRecord {
  at: string;
  correct: boolean;
}

export interface QuestionProgress {
  answers: AnswerRecord[];
  /** Leitner box 1..5 and the time from which the question is due again. */
  box: number;
  due: string;
}

export interface ScoreRecord {
  correct: number;
  total: number;
  at: string;
}

/** How a try or edit step was solved, from best to worst. */
export type StepOutcome = 'unaided' | 'hinted' | 'revealed' | 'skipped';
export const STEP_OUTCOMES: readonly StepOutcome[] = ['unaided', 'hinted', 'revealed', 'skipped'];

export interface StepRecord {
  outcome: StepOutcome;
  /** Hint rungs seen when it was solved (the reveal counts as one). */
  hints: number;
  at: string;
}

export interface PredictionRecord {
  predicted: string;
  actual: string;
  correct: boolean;
  at: string;
}

/** A quiz under way: what a Ctrl-C must not lose, so the next run resumes at the same question. */
export interface QuizAttempt {
  started: string;
  /** Question id -> whether its first answer in this attempt was right (the score counts these). */
  firstAnswers: Record<string, boolean>;
  /** Questions answered right at least once in this attempt: they do not come back. */
  settled: string[];
  /**
   * Always null now: older versions saved here the questions of a retake that counted towards the score.
   * Such an attempt is not resumed (retakes right after a sitting are practice, which saves no attempt).
   */
  only: string[] | null;
}

export interface LessonProgress {
  /** The step the learner was last on (0-based): where `learn` resumes. */
  currentStep: number;
  /** Indexes of the steps finished, sorted, each once. */
  stepsDone: number[];
  lastVisited: string | null;
  bestScore: ScoreRecord | null;
  lastScore: ScoreRecord | null;
  /** Sittings of the lesson's quiz finished (practice after a sitting is none); the report calls it quizSittings. */
  quizzesFinished: number;
  /** A finished quiz reached the lesson's pass mark at least once. */
  quizPassed: boolean;
  /** The questions the last finished quiz missed at the first attempt: what a retake asks. */
  lastMissed: string[];
  quizAttempt: QuizAttempt | null;
  questions: Record<string, QuestionProgress>;
  /** By try or edit step id: the best way it was solved. */
  steps: Record<string, StepRecord>;
  /** By step id: the highest hint rung shown, so the ladder resumes where it was. */
  hintRungs: Record<string, number>;
  /** By step id: the learner's first prediction and what the daemon then did. */
  predictions: Record<string, PredictionRecord>;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
}

export type ProgressChange =
  | { kind: 'visit'; lesson: string; step: number; at: string }
  | { kind: 'step-done'; lesson: string; step: number; at: string }
  | { kind: 'step-outcome'; lesson: string; step: string; outcome: StepOutcome; hints: number; at: string }
  | { kind: 'hint'; lesson: string; step: string; rung: number; at: string }
  | { kind: 'prediction'; lesson: string; step: string; predicted: string; actual: string; correct: boolean; at: string }
  /**
   * `inQuiz`: part of the lesson's quiz attempt (a review across lessons is not). `opensSitting`: the first
   * answer of a new sitting, which starts the attempt over; a sitting is saved from its first answer on, so
   * one left before any answer leaves progress as it was. `repeat`: a missed
   * question asked again in the same sitting, minutes after its explanation: it settles the question for
   * the sitting but is no recall, so it leaves the Leitner box and the answer history as they are. A
   * practice answer right after a sitting is a repeat too, outside the attempt (`inQuiz` unset).
   */
  | { kind: 'answer'; lesson: string; question: string; correct: boolean; at: string; inQuiz?: boolean; opensSitting?: boolean; repeat?: boolean }
  | { kind: 'quiz-finished'; lesson: string; correct: number; total: number; passed?: boolean; missed?: string[]; at: string }
  | { kind: 'reset'; lesson?: string };

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

export function emptyLesson(): LessonProgress {
  return {
    currentStep: 0,
    stepsDone: [],
    lastVisited: null,
    bestScore: null,
    lastScore: null,
    quizzesFinished: 0,
    quizPassed: false,
    lastMissed: [],
    quizAttempt: null,
    questions: {},
    steps: {},
    hintRungs: {},
    predictions: {},
  };
}

export function applyChange(progress: Progress, change: ProgressChange): Progress {
  if (change.kind === 'reset') {
    if (change.lesson === undefined) return emptyProgress();
    const { [change.lesson]: _erased, ...rest } = progress.lessons;
    return { ...progress, lessons: rest };
  }
  const lesson = progress.lessons[change.lesson] ?? emptyLesson();
  return { ...progress, lessons: { ...progress.lessons, [change.lesson]: applyToLesson(lesson, change) } };
}

function applyToLesson(lesson: LessonProgress, change: Exclude<ProgressChange, { kind: 'reset' }>): LessonProgress {
  switch (change.kind) {
    case 'visit':
      return { ...lesson, currentStep: change.step, lastVisited: change.at };
    case 'step-done':
      return { ...lesson, stepsDone: [...new Set([...lesson.stepsDone, change.step])].sort((a, b) => a - b), lastVisited: change.at };
    case 'step-outcome': {
      const previous = lesson.steps[change.step];
      // The best way a step was ever solved stands: revealing it on a later visit does not undo solving it.
      if (previous && rank(previous.outcome) <= rank(change.outcome)) return { ...lesson, lastVisited: change.at };
      const record: StepRecord = { outcome: change.outcome, hints: change.hints, at: change.at };
      return { ...lesson, lastVisited: change.at, steps: { ...lesson.steps, [change.step]: record } };
    }
    case 'hint': {
      const rung = Math.max(lesson.hintRungs[change.step] ?? 0, change.rung);
      return { ...lesson, lastVisited: change.at, hintRungs: { ...lesson.hintRungs, [change.step]: rung } };
    }
    case 'prediction': {
      // Only the first prediction counts: one made after seeing the result predicts nothing.
      if (lesson.predictions[change.step]) return lesson;
      const record: PredictionRecord = { predicted: change.predicted, actual: change.actual, correct: change.correct, at: change.at };
      return { ...lesson, lastVisited: change.at, predictions: { ...lesson.predictions, [change.step]: record } };
    }
    case 'answer': {
      const attempt = change.opensSitting ? null : lesson.quizAttempt;
      if (change.repeat) return { ...lesson, lastVisited: change.at, quizAttempt: change.inQuiz ? recordInAttempt(attempt, change) : lesson.quizAttempt };
      const previous = lesson.questions[change.question];
      const card = scheduleAnswer(previous, change.correct, new Date(change.at));
      const answers = [...(previous?.answers ?? []), { at: change.at, correct: change.correct }];
      const questions = { ...lesson.questions, [change.question]: { answers, ...card } };
      return { ...lesson, lastVisited: change.at, questions, quizAttempt: change.inQuiz ? recordInAttempt(attempt, change) : lesson.quizAttempt };
    }
    case 'quiz-finished': {
      const score: ScoreRecord = { correct: change.correct, total: change.total, at: change.at };
      const best = lesson.bestScore && ratio(lesson.bestScore) >= ratio(score) ? lesson.bestScore : score;
      return {
        ...lesson,
        lastScore: score,
        bestScore: best,
        quizzesFinished: lesson.quizzesFinished + 1,
        quizPassed: lesson.quizPassed || change.passed === true,
        lastMissed: change.missed ?? [],
        quizAttempt: null,
        lastVisited: change.at,
      };
    }
  }
}

function recordInAttempt(attempt: QuizAttempt | null, change: { question: string; correct: boolean; at: string }): QuizAttempt {
  const current = attempt ?? { started: change.at, firstAnswers: {}, settled: [], only: null };
  const firstAnswers = change.question in current.firstAnswers ? current.firstAnswers : { ...current.firstAnswers, [change.question]: change.correct };
  const settled = change.correct && !current.settled.includes(change.question) ? [...current.settled, change.question] : current.settled;
  return { ...current, firstAnswers, settled };
}

function rank(outcome: StepOutcome): number {
  return STEP_OUTCOMES.indexOf(outcome);
}

function ratio(score: { correct: number; total: number }): number {
  return score.total === 0 ? 0 : score.correct / score.total;
}

export type LessonStatus = 'not-started' | 'in-progress' | 'quiz-not-passed' | 'done';

/** Done once its quiz reached the pass mark; a quiz finished below it leaves the lesson not done. */
export function lessonStatus(lesson: LessonProgress | undefined): LessonStatus {
  if (!lesson) return 'not-started';
  if (lesson.quizPassed) return 'done';
  return lesson.quizzesFinished > 0 ? 'quiz-not-passed' : 'in-progress';
}

export function missCount(question: QuestionProgress): number {
  return question.answers.filter((answer) => !answer.correct).length;
}

export function answerCount(lesson: LessonProgress): number {
  return Object.values(lesson.questions).reduce((sum, question) => sum + question.answers.length, 0);
}

/** How many steps were solved each way, and how many predictions came true. */
export function outcomeCounts(lesson: LessonProgress | undefined): Record<StepOutcome, number> & { predictions: number; predictionsRight: number } {
  const counts = { unaided: 0, hinted: 0, revealed: 0, skipped: 0, predictions: 0, predictionsRight: 0 };
  for (const record of Object.values(lesson?.steps ?? {})) counts[record.outcome] += 1;
  for (const record of Object.values(lesson?.predictions ?? {})) {
    counts.predictions += 1;
    if (record.correct) counts.predictionsRight += 1;
  }
  return counts;
}
