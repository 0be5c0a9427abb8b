/**
 * The shipped course makes the learner do the work, read from what `docktutor lessons --json` prints in
 * each language: at least 16 edit exercises and 8 predictions, from lesson 3 on at least half of each
 * lesson's try steps in recall mode, two edit exercises or more in the Dockerfile lessons (6, 8, 9, 10),
 * and an edit exercise in the limits lesson (11).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessons } from '../../src/cli/commands/lessons.js';
import type { CourseJson } from '../../src/lessons/course-json.js';
import { contextFor, inContext } from '../cli/learn-fixtures.js';

let printed: string[];
beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

/** `docktutor lessons --json --lang LANG` on the shipped lessons (no --lessons, no DOCKTUTOR_LESSONS). */
async function shippedCourse(lang: 'en' | 'ko'): Promise<CourseJson> {
  const env = { ...process.env };
  delete env.DOCKTUTOR_LESSONS;
  await inContext(contextFor(['--lang', lang], { env }), (context) => lessons(context, { json: true }));
  return JSON.parse(printed.join('')) as CourseJson;
}

describe.each(['en', 'ko'] as const)('the shipped course in %s, as lessons --json shows it', (lang) => {
  it('holds at least 16 edit exercises and 8 predictions, counted step by step', async () => {
    const course = await shippedCourse(lang);
    const steps = course.lessons.flatMap((lesson) => lesson.steps);
    const edits = steps.filter((step) => step.kind === 'edit');
    const predictions = steps.filter((step) => step.kind === 'predict');
    console.warn(`lessons --json --lang ${lang}: ${course.counts.lessons} lessons, ${edits.length} edit steps, ${predictions.length} predict steps, ${course.counts.recall} recall of ${course.counts.copy + course.counts.recall} try steps`);
    expect(edits.length).toBeGreaterThanOrEqual(16);
    expect(predictions.length).toBeGreaterThanOrEqual(8);
    // The totals agree with the steps listed, so a script may read either.
    expect([course.counts.edit, course.counts.predict]).toEqual([edits.length, predictions.length]);
    for (const step of edits) expect(step.checks!.length, `${step.id}`).toBeGreaterThan(0);
    for (const step of predictions) expect(step.measure, `${step.id}`).toBeTypeOf('string');
  });

  it('from lesson 3 on, at least half of each lesson\'s try steps are recall', async () => {
    const course = await shippedCourse(lang);
    const later = course.lessons.filter((lesson) => lesson.order >= 3);
    expect(later.map((lesson) => lesson.order)).toEqual(expect.arrayContaining([3, 4, 5, 6, 7, 8, 9, 10, 11]));
    for (const lesson of later) {
      const tries = lesson.steps.filter((step) => step.kind === 'try' || step.kind === 'predict');
      const recall = tries.filter((step) => step.mode === 'recall');
      expect(tries.length, `${lesson.id} has no try step`).toBeGreaterThan(0);
      expect(recall.length * 2, `${lesson.id}: ${recall.length} recall of ${tries.length} try steps`).toBeGreaterThanOrEqual(tries.length);
    }
  });

  it('gives lessons 6, 8, 9 and 10 two edit exercises or more, lesson 11 one, and lesson 8 its predictions', async () => {
    const course = await shippedCourse(lang);
    const byOrder = new Map(course.lessons.map((lesson) => [lesson.order, lesson]));
    const editsIn = (order: number) => byOrder.get(order)!.steps.filter((step) => step.kind === 'edit').length;
    for (const order of [6, 8, 9, 10]) expect(editsIn(order), `lesson ${order}`).toBeGreaterThanOrEqual(2);
    expect(editsIn(11)).toBeGreaterThanOrEqual(1);
    expect(byOrder.get(8)!.steps.filter((step) => step.kind === 'predict').map((step) => step.measure)).toContain('cachedSteps');
  });

  it('shows every command in lessons 1 and 2: their try steps are all copy', async () => {
    const course = await shippedCourse(lang);
    const early = course.lessons.filter((lesson) => lesson.order <= 2).flatMap((lesson) => lesson.steps);
    expect(early.filter((step) => step.mode === 'recall')).toEqual([]);
  });
});
