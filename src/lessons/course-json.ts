/**
 * `docktutor lessons --json`: the shape of a course for teachers and scripts, every lesson with its
 * steps, their kinds and try modes, and counts. Documented in docs/lesson-format.md ("The course as
 * JSON"); `version` changes only when a field changes meaning or goes away (new fields may appear).
 */
import type { Lang } from '../i18n/index.js';
import type { Lesson, PredictMeasure, Step, StepKind, TryMode } from './model.js';

export const COURSE_JSON_VERSION = 1;

export interface StepCounts {
  steps: number;
  read: number;
  /** Try steps without a prediction. */
  try: number;
  predict: number;
  edit: number;
  /** Try and predict steps by mode. */
  copy: number;
  recall: number;
  questions: number;
}

export interface StepJson {
  /** 1-based, as `learn` numbers steps. */
  index: number;
  title: string;
  kind: StepKind;
  /** The try or edit block's id; absent for read steps. */
  id?: string;
  /** For try and predict steps. */
  mode?: TryMode;
  /** For predict steps. */
  measure?: PredictMeasure;
  /** Rungs of the hint ladder written in the lesson (the reveal, added by the engine, not counted). */
  hints?: number;
  /** For edit steps: the files the learner edits and the kinds of their checks, in order. */
  files?: string[];
  checks?: string[];
  /** Ids of the quiz questions placed in this step. */
  questions: string[];
}

export interface LessonJson {
  id: string;
  order: number;
  title: string;
  languages: Lang[];
  passMark: number;
  minutes: number;
  counts: StepCounts;
  steps: StepJson[];
}

export interface CourseJson {
  version: number;
  /** The language of titles. */
  lang: Lang;
  counts: StepCounts & { lessons: number };
  lessons: LessonJson[];
}

/** `languagesOf` says which language files a lesson has (the lessons given are in `lang`). */
export function describeCourse(lessons: Lesson[], lang: Lang, languagesOf: (lesson: Lesson) => Lang[]): CourseJson {
  const described = lessons.map((lesson): LessonJson => {
    const steps = lesson.steps.map(describeStep);
    return {
      id: lesson.id,
      order: lesson.order,
      title: lesson.title,
      languages: languagesOf(lesson),
      passMark: lesson.passMark,
      minutes: lesson.minutes,
      counts: countSteps(lesson.steps, lesson.questions.length),
      steps,
    };
  });
  const counts = { lessons: described.length, ...sumCounts(described.map((lesson) => lesson.counts)) };
  return { version: COURSE_JSON_VERSION, lang, counts, lessons: described };
}

/** Keys in one fixed order, so that the output diffs cleanly between two versions of a course. */
function describeStep(step: Step, index: number): StepJson {
  const { tryStep, editStep } = step;
  return {
    index: index + 1,
    title: step.title,
    kind: step.kind,
    ...(tryStep ? { id: tryStep.id, mode: tryStep.mode } : {}),
    ...(tryStep?.predict ? { measure: tryStep.predict.measure } : {}),
    ...(tryStep ? { hints: tryStep.hints.length } : {}),
    ...(editStep ? { id: editStep.id, hints: editStep.hints.length, files: editStep.files.map((file) => file.path), checks: editStep.checks.map((check) => check.kind) } : {}),
    questions: step.questionIds,
  };
}

function countSteps(steps: Step[], questions: number): StepCounts {
  const counts: StepCounts = { steps: steps.length, read: 0, try: 0, predict: 0, edit: 0, copy: 0, recall: 0, questions };
  for (const step of steps) {
    counts[step.kind] += 1;
    if (step.tryStep) counts[step.tryStep.mode] += 1;
  }
  return counts;
}

function sumCounts(list: StepCounts[]): StepCounts {
  const total: StepCounts = { steps: 0, read: 0, try: 0, predict: 0, edit: 0, copy: 0, recall: 0, questions: 0 };
  for (const counts of list) for (const key of Object.keys(total) as (keyof StepCounts)[]) total[key] += counts[key];
  return total;
}
