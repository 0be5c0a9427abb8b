/**
 * Progress files carry a `version`. Each migration turns version n into n+1, so a file written by any
 * older docktutor is upgraded step by step on the next read; the result is then validated against the
 * current schema. A file that fails either way is treated as corrupted by the store.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../first-use.js';
import { scheduleAnswer } from '../quiz/leitner.js';
import { emptyLesson, PROGRESS_VERSION, type LessonProgress, type Progress } from './model.js';
import { validateProgress, type Validated } from './schema.js';

/**
 * Version 1 (docktutor before Leitner review): a flat answer list per lesson and scores in percent.
 * { version: 1, lessons: { [id]: { step, done: number[], visited?, best?, last?, answers: [{ question, correct, at }] } } }
 */
// Built on first use: only a file written by a docktutor of that age needs it.
const v1Schema = onFirstUse(() => {
  const percent = z.number().check(z.minimum(0), z.maximum(100));
  return z.object({
    version: z.literal(1),
    lessons: z.record(
      z.string(),
      z.object({
        step: z.int().check(z.minimum(0)),
        done: z.array(z.int().check(z.minimum(0))),
        visited: z.optional(z.string()),
        best: z.optional(percent),
        last: z.optional(percent),
        answers: z.array(z.object({ question: z.string(), correct: z.boolean(), at: z.string() })),
      }),
    ),
  });
});

function migrateV1toV2(document: unknown): unknown {
  const v1 = v1Schema().parse(document);
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, old] of Object.entries(v1.lessons)) {
    const next: LessonProgress = { ...emptyLesson(), currentStep: old.step, stepsDone: [...new Set(old.done)].sort((a, b) => a - b) };
    next.lastVisited = old.visited ?? null;
    // v1 kept only a percentage and no time: it becomes a score out of 100, dated at the last visit.
    const at = old.visited ?? new Date(0).toISOString();
    if (old.best !== undefined) next.bestScore = { correct: old.best, total: 100, at };
    if (old.last !== undefined) next.lastScore = { correct: old.last, total: 100, at };
    next.quizzesFinished = old.last === undefined ? 0 : 1;
    // Replaying the history gives each question the box it would have reached had v1 kept boxes.
    for (const entry of [...old.answers].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
      const previous = next.questions[entry.question];
      const card = scheduleAnswer(previous, entry.correct, new Date(entry.at));
      next.questions[entry.question] = { answers: [...(previous?.answers ?? []), { at: entry.at, correct: entry.correct }], ...card };
    }
    lessons[id] = next;
  }
  return { version: 2, lessons };
}

/**
 * Version 2 had no pass mark, no step outcomes, no predictions and no resumable quiz. A quiz whose best
 * score reached today's default pass mark (80%) counts as passed, as the learner would expect.
 */
function migrateV2toV3(document: unknown): unknown {
  const v2 = z.object({ version: z.literal(2), lessons: z.record(z.string(), z.record(z.string(), z.unknown())) }).parse(document);
  const lessons: Record<string, unknown> = {};
  for (const [id, old] of Object.entries(v2.lessons)) {
    const best = old.bestScore as { correct?: unknown; total?: unknown } | null | undefined;
    const passed = typeof best?.correct === 'number' && typeof best.total === 'number' && best.total > 0 && best.correct * 100 >= best.total * 80;
    lessons[id] = { ...emptyLesson(), ...old, quizPassed: passed };
  }
  return { version: 3, lessons };
}

/** migrations[n] upgrades a version-n document to version n+1. */
const migrations: Record<number, (document: unknown) => unknown> = { 1: migrateV1toV2, 2: migrateV2toV3 };

export class NewerVersionError extends Error {
  constructor(readonly version: number) {
    super(`written by a newer docktutor (progress version ${version})`);
  }
}

/** Upgrades and validates a parsed progress document, repairing bad fields; throws when it is not one. */
export function migrateProgress(document: unknown): Validated {
  let current = document;
  let version = versionOf(current);
  if (version > PROGRESS_VERSION) throw new NewerVersionError(version);
  while (version < PROGRESS_VERSION) {
    const migrate = migrations[version];
    if (!migrate) throw new Error(`no migration from progress version ${version}`);
    current = migrate(current);
    version = versionOf(current);
  }
  return validateProgress(current);
}

function versionOf(document: unknown): number {
  const version = (document as { version?: unknown } | null)?.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Error('no valid "version" field');
  return version;
}
