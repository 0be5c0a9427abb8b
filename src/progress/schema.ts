/**
 * The shape of a current progress file, twice: strict, to tell whether a file is exactly right, and
 * lenient, where every field falls back to its empty value. A file with one bad field (a hand edit, a
 * bug in an old docktutor) is repaired field by field instead of being thrown away with everything else.
 */
import * as z from 'zod';
import { emptyLesson, PROGRESS_VERSION, STEP_OUTCOMES, type LessonProgress, type Progress, type StepOutcome } from './model.js';

const count = z.number().int().min(0);
const time = z.string();
const answer = z.object({ at: time, correct: z.boolean() });
const score = z.object({ correct: count, total: count, at: time });
const question = z.object({ answers: z.array(answer), box: z.number().int().min(1).max(5), due: time });
const outcome = z.enum(STEP_OUTCOMES as [StepOutcome, ...StepOutcome[]]);
const stepRecord = z.object({ outcome, hints: count, at: time });
const prediction = z.object({ predicted: z.string(), actual: z.string(), correct: z.boolean(), at: time });
const attempt = z.object({ started: time, firstAnswers: z.record(z.string(), z.boolean()), settled: z.array(z.string()), only: z.array(z.string()).nullable() });

const fields = {
  currentStep: count,
  stepsDone: z.array(count),
  lastVisited: time.nullable(),
  bestScore: score.nullable(),
  lastScore: score.nullable(),
  quizzesFinished: count,
  quizPassed: z.boolean(),
  lastMissed: z.array(z.string()),
  quizAttempt: attempt.nullable(),
  questions: z.record(z.string(), question),
  steps: z.record(z.string(), stepRecord),
  hintRungs: z.record(z.string(), count),
  predictions: z.record(z.string(), prediction),
};

const strictLesson = z.object(fields);
export const strictProgress = z.object({ version: z.literal(PROGRESS_VERSION), lessons: z.record(z.string(), strictLesson) });

/** Keeps the entries of a record that are valid on their own, drops the others. */
function validEntries<T>(entry: z.ZodType<T>) {
  return z.record(z.string(), z.unknown()).transform((record) => {
    const kept: Record<string, T> = {};
    for (const [key, value] of Object.entries(record)) {
      const parsed = entry.safeParse(value);
      if (parsed.success) kept[key] = parsed.data;
    }
    return kept;
  });
}

const empty = emptyLesson();
const lenientLesson = z.object({
  currentStep: fields.currentStep.catch(empty.currentStep),
  stepsDone: z.array(z.unknown()).transform((steps) => steps.filter((step): step is number => count.safeParse(step).success)).catch([]),
  lastVisited: fields.lastVisited.catch(null),
  bestScore: fields.bestScore.catch(null),
  lastScore: fields.lastScore.catch(null),
  quizzesFinished: fields.quizzesFinished.catch(0),
  quizPassed: fields.quizPassed.catch(false),
  lastMissed: fields.lastMissed.catch([]),
  quizAttempt: fields.quizAttempt.catch(null),
  questions: validEntries(question).catch({}),
  steps: validEntries(stepRecord).catch({}),
  hintRungs: validEntries(count).catch({}),
  predictions: validEntries(prediction).catch({}),
});
const lenientProgress = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(z.string(), z.unknown()).transform((lessons) => {
    const kept: Record<string, LessonProgress> = {};
    for (const [id, value] of Object.entries(lessons)) {
      // A lesson entry that is not even an object carries nothing worth keeping.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) kept[id] = lenientLesson.parse(value) as LessonProgress;
    }
    return kept;
  }),
});

export interface Validated {
  progress: Progress;
  /** The fields that were out of range or of the wrong type, as `lessons.<id>.<field>`; empty when none. */
  repaired: string[];
}

/** Validates a document of the current version, repairing what can be repaired; throws when nothing can be. */
export function validateProgress(document: unknown): Validated {
  const strict = strictProgress.safeParse(document);
  if (strict.success) return { progress: strict.data as Progress, repaired: [] };
  const repaired = [...new Set(strict.error.issues.map((issue) => issue.path.slice(0, 3).join('.')))];
  return { progress: lenientProgress.parse(document) as Progress, repaired };
}
