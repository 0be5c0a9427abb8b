/**
 * The learner's progress as data, and every change to it as a pure transition. The store applies one
 * change at a time to a freshly read copy under a lock, so two processes never lose each other's records:
 * that is why changes are small facts ("this answer, at this time") rather than whole new states.
 */
import { scheduleAnswer } from '../quiz/leitner.js';

export const PROGRESS_VERSION = 2;

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

export interface LessonProgress {
  /** The step the learner was last on (0-based): where `learn` resumes. */
  currentStep: number;
  /** Indexes of the steps finished, sorted, each once. */
  stepsDone: number[];
  lastVisited: string | null;
  bestScore: ScoreRecord | null;
  lastScore: ScoreRecord | null;
  quizzesFinished: number;
  questions: Record<string, QuestionProgress>;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
}

export type ProgressChange =
  | { kind: 'visit'; lesson: string; step: number; at: string }
  | { kind: 'step-done'; lesson: string; step: number; at: string }
  | { kind: 'answer'; lesson: string; question: string; correct: boolean; at: string }
  | { kind: 'quiz-finished'; lesson: string; correct: number; total: number; at: string }
  | { kind: 'reset'; lesson?: string };

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

export function emptyLesson(): LessonProgress {
  return { currentStep: 0, stepsDone: [], lastVisited: null, bestScore: null, lastScore: null, quizzesFinished: 0, questions: {} };
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
    case 'answer': {
      const previous = lesson.questions[change.question];
      const card = scheduleAnswer(previous, change.correct, new Date(change.at));
      const answers = [...(previous?.answers ?? []), { at: change.at, correct: change.correct }];
      return { ...lesson, lastVisited: change.at, questions: { ...lesson.questions, [change.question]: { answers, ...card } } };
    }
    case 'quiz-finished': {
      const score: ScoreRecord = { correct: change.correct, total: change.total, at: change.at };
      const best = lesson.bestScore && ratio(lesson.bestScore) >= ratio(score) ? lesson.bestScore : score;
      return { ...lesson, lastScore: score, bestScore: best, quizzesFinished: lesson.quizzesFinished + 1, lastVisited: change.at };
    }
  }
}

function ratio(score: { correct: number; total: number }): number {
  return score.total === 0 ? 0 : score.correct / score.total;
}

export type LessonStatus = 'not-started' | 'in-progress' | 'done';

/** Done once its quiz was finished; started once anything at all was recorded. */
export function lessonStatus(lesson: LessonProgress | undefined): LessonStatus {
  if (!lesson) return 'not-started';
  return lesson.quizzesFinished > 0 ? 'done' : 'in-progress';
}

export function missCount(question: QuestionProgress): number {
  return question.answers.filter((answer) => !answer.correct).length;
}

export function answerCount(lesson: LessonProgress): number {
  return Object.values(lesson.questions).reduce((sum, question) => sum + question.answers.length, 0);
}
