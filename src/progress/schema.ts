/**
 * The shape of a current progress file, twice: strict, to tell whether a file is exactly right, and
 * lenient, where every field falls back to its empty value. A file with one bad field (a hand edit, a
 * bug in an old docktutor) is repaired field by field instead of being thrown away with everything else.
 */
// zod's functional build: the same checks with cheaper schemas to build, which learn's first screen waits for.
import * as z from 'zod/mini';
import { emptyLesson, PROGRESS_VERSION, STEP_OUTCOMES, type LessonProgress, type Progress, type StepOutcome } from './model.js';

const count = z.int().check(z.minimum(0));
const time = z.string();
const answer = z.object({ at: time, correct: z.boolean() });
const score = z.object({ correct: count, total: count, at: time });
const question = z.object({ answers: z.array(answer), box: z.int().check(z.minimum(1), z.maximum(5)), due: time });
const outcome = z.enum(STEP_OUTCOMES as [StepOutcome, ...StepOutcome[]]);
const stepRecord = z.object({ outcome, hints: count, at: time });
const prediction = z.object({ predicted: z.string(), actual: z.string(), correct: z.boolean(), at: time });
const attempt = z.object({ started: time, firstAnswers: z.record(z.string(), z.boolean()), settled: z.array(z.string()), only: z.nullable(z.array(z.string())) });

const fields = {
  currentStep: count,
  stepsDone: z.array(count),
  lastVisited: z.nullable(time),
  bestScore: z.nullable(score),
  lastScore: z.nullable(score),
  quizzesFinished: count,
  quizPassed: z.boolean(),
  lastMissed: z.array(z.string()),
  quizAttempt: z.nullable(attempt),
  questions: z.record(z.string(), question),
  steps: z.record(z.string(), stepRecord),
  hintRungs: z.record(z.string(), count),
  predictions: z.record(z.string(), prediction),
};

const strictLesson = z.object(fields);
export const strictProgress = z.object({ version: z.literal(PROGRESS_VERSION), lessons: z.record(z.string(), strictLesson) });

/** Keeps the entries of a record that are valid on their own, drops the others. */
function validEntries<T>(entry: z.ZodMiniType<T>) {
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((record: Record<string, unknown>) => {
      const kept: Record<string, T> = {};
      for (const [key, value] of Object.entries(record)) {
        const parsed = entry.safeParse(value);
        if (parsed.success) kept[key] = parsed.data;
      }
      return kept;
    }),
  );
}

const empty = emptyLesson();
const lenientLesson = z.object({
  currentStep: z.catch(fields.currentStep, empty.currentStep),
  stepsDone: z.catch(
    z.pipe(
      z.array(z.unknown()),
      z.transform((steps: unknown[]) => steps.filter((step): step is number => count.safeParse(step).success)),
    ),
    [],
  ),
  lastVisited: z.catch(fields.lastVisited, null),
  bestScore: z.catch(fields.bestScore, null),
  lastScore: z.catch(fields.lastScore, null),
  quizzesFinished: z.catch(fields.quizzesFinished, 0),
  quizPassed: z.catch(fields.quizPassed, false),
  lastMissed: z.catch(fields.lastMissed, []),
  quizAttempt: z.catch(fields.quizAttempt, null),
  questions: z.catch(validEntries(question), {}),
  steps: z.catch(validEntries(stepRecord), {}),
  hintRungs: z.catch(validEntries(count), {}),
  predictions: z.catch(validEntries(prediction), {}),
});
const lenientProgress = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((lessons: Record<string, unknown>) => {
      const kept: Record<string, LessonProgress> = {};
      for (const [id, value] of Object.entries(lessons)) {
        // A lesson entry that is not even an object carries nothing worth keeping.
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) kept[id] = lenientLesson.parse(value) as LessonProgress;
      }
      return kept;
    }),
  ),
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
