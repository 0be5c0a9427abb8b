/**
 * The progress report as data: what `progress --json` prints and what the table is drawn from.
 * The shape is documented in docs/progress-json.md; `version` changes only when a field changes meaning
 * or disappears (new fields may be added at any time).
 */
import type { Lesson } from '../../lessons/model.js';
import { answerCount, lessonStatus, missCount, outcomeCounts, type LessonStatus, type Progress, type ScoreRecord, type StepOutcome } from '../../progress/model.js';
import { percentOf } from '../../quiz/engine.js';
import { isDue } from '../../quiz/leitner.js';

/** 2: `status` `done` now means the quiz reached its pass mark (`quiz-not-passed` is new). */
export const REPORT_VERSION = 2;

export interface ReportScore {
  correct: number;
  total: number;
  percent: number;
  at: string;
}

export interface LessonReport {
  id: string;
  order: number;
  title: string;
  status: LessonStatus;
  /** 1-based: the step `learn` resumes at. */
  currentStep: number;
  stepsDone: number;
  steps: number;
  bestScore: ReportScore | null;
  lastScore: ReportScore | null;
  lastVisited: string | null;
  /** Sittings of this lesson's quiz finished; practice right after a sitting is none. */
  quizSittings: number;
  /**
   * The same as quizSittings, under its first name, kept for scripts that read it. It counts sittings,
   * while overall.quizzesFinished counts lessons: read quizSittings.
   * @deprecated
   */
  quizzesFinished: number;
  answers: number;
  questions: number;
  /** Missed questions of this lesson that are due for review now. */
  reviewDue: number;
  quizPassed: boolean;
  /** Try and edit steps by how they were solved: unaided, with hints, by revealing the answer, or skipped. */
  solved: Record<StepOutcome, number>;
  predictions: { made: number; right: number };
}

export interface MissedQuestion {
  lesson: string;
  question: string;
  text: string;
  misses: number;
  answers: number;
  box: number;
  due: string;
}

export interface ProgressReport {
  version: typeof REPORT_VERSION;
  overall: {
    percent: number;
    stepsDone: number;
    steps: number;
    /** Lessons whose quiz was finished at least once (however many sittings). */
    quizzesFinished: number;
    /** Lessons whose quiz reached its pass mark. */
    quizzesPassed: number;
    /** Lessons with a quiz. */
    quizzes: number;
    solved: Record<StepOutcome, number>;
    predictions: { made: number; right: number };
  };
  lessons: LessonReport[];
  /** Every question missed at least once, most missed first. */
  missed: MissedQuestion[];
}

export function buildReport(lessons: readonly Lesson[], progress: Progress, now: Date): ProgressReport {
  const reports = lessons.map((lesson) => reportLesson(lesson, progress, now));
  const stepsDone = reports.reduce((sum, lesson) => sum + lesson.stepsDone, 0);
  const steps = reports.reduce((sum, lesson) => sum + lesson.steps, 0);
  const quizzesFinished = reports.filter((lesson) => lesson.quizSittings > 0).length;
  const quizzesPassed = reports.filter((lesson) => lesson.quizPassed).length;
  const quizzes = lessons.filter((lesson) => lesson.questions.length > 0).length;
  const units = steps + quizzes;
  const solved = { unaided: 0, hinted: 0, revealed: 0, skipped: 0 };
  const predictions = { made: 0, right: 0 };
  for (const lesson of reports) {
    for (const outcome of Object.keys(solved) as StepOutcome[]) solved[outcome] += lesson.solved[outcome];
    predictions.made += lesson.predictions.made;
    predictions.right += lesson.predictions.right;
  }
  return {
    version: REPORT_VERSION,
    // A lesson's quiz counts towards the overall figure once it is passed, not merely sat.
    overall: { percent: units === 0 ? 0 : Math.floor(((stepsDone + quizzesPassed) * 100) / units), stepsDone, steps, quizzesFinished, quizzesPassed, quizzes, solved, predictions },
    lessons: reports,
    missed: missedQuestions(lessons, progress),
  };
}

function reportLesson(lesson: Lesson, progress: Progress, now: Date): LessonReport {
  const record = progress.lessons[lesson.id];
  const questions = Object.entries(record?.questions ?? {});
  const known = new Set(lesson.questions.map((question) => question.id));
  const counts = outcomeCounts(record);
  return {
    id: lesson.id,
    order: lesson.order,
    title: lesson.title,
    status: lessonStatus(record),
    currentStep: (record?.currentStep ?? 0) + 1,
    // Steps removed from a lesson since they were done do not count.
    stepsDone: (record?.stepsDone ?? []).filter((step) => step < lesson.steps.length).length,
    steps: lesson.steps.length,
    bestScore: scoreOf(record?.bestScore ?? null),
    lastScore: scoreOf(record?.lastScore ?? null),
    lastVisited: record?.lastVisited ?? null,
    quizSittings: record?.quizzesFinished ?? 0,
    quizzesFinished: record?.quizzesFinished ?? 0,
    answers: record ? answerCount(record) : 0,
    questions: lesson.questions.length,
    reviewDue: questions.filter(([id, question]) => known.has(id) && missCount(question) > 0 && isDue(question, now)).length,
    quizPassed: record?.quizPassed ?? false,
    solved: { unaided: counts.unaided, hinted: counts.hinted, revealed: counts.revealed, skipped: counts.skipped },
    predictions: { made: counts.predictions, right: counts.predictionsRight },
  };
}

function scoreOf(score: ScoreRecord | null): ReportScore | null {
  return score && { correct: score.correct, total: score.total, percent: percentOf(score), at: score.at };
}

function missedQuestions(lessons: readonly Lesson[], progress: Progress): MissedQuestion[] {
  const missed = lessons.flatMap((lesson) =>
    lesson.questions.flatMap((question, position) => {
      const record = progress.lessons[lesson.id]?.questions[question.id];
      const misses = record ? missCount(record) : 0;
      if (!record || misses === 0) return [];
      const entry = { lesson: lesson.id, question: question.id, text: question.question, misses, answers: record.answers.length, box: record.box, due: record.due };
      return [{ entry, order: lesson.order, position }];
    }),
  );
  missed.sort((a, b) => b.entry.misses - a.entry.misses || a.order - b.order || a.position - b.position);
  return missed.map(({ entry }) => entry);
}
