/** Pure choices about lessons: which one an argument names, where to start, and how the menu reads. */
import { DocktutorError } from '../../errors.js';
import { learnMessages } from '../../i18n/learn.js';
import type { Lesson } from '../../lessons/model.js';
import { escapeControls } from '../../terminal/controls.js';
import { lessonStatus, type Progress } from '../../progress/model.js';
import { percentOf } from '../../quiz/engine.js';

/** By id, else by the number shown in the menu (the lesson's `order`). */
export function findLesson(lessons: readonly Lesson[], arg: string): Lesson {
  const wanted = arg.trim();
  const found =
    lessons.find((lesson) => lesson.id === wanted) ??
    (/^\d+$/.test(wanted) ? lessons.find((lesson) => lesson.order === Number(wanted)) : undefined);
  if (found) return found;
  const m = learnMessages();
  throw new DocktutorError('not-found', m.unknownLesson(arg), {
    // A no-break space keeps each number on the line of its id when the hint wraps.
    hint: m.unknownLessonHint(lessons.map((lesson) => `${lesson.order}\u00a0${lesson.id}`).join(', ')),
  });
}

export function firstUnfinished(lessons: readonly Lesson[], progress: Progress): Lesson | undefined {
  return lessons.find((lesson) => lessonStatus(progress.lessons[lesson.id]) !== 'done');
}

/**
 * The lesson the learner is working on, which `quiz` with no argument means: the unfinished lesson
 * visited last, else the lesson visited last. Taking another lesson's quiz also counts as a visit, and
 * must not take the place of the lesson still in progress.
 */
export function currentLesson(lessons: readonly Lesson[], progress: Progress): Lesson | undefined {
  const unfinished = lessons.filter((lesson) => isUnfinished(lessonStatus(progress.lessons[lesson.id])));
  return lastVisited(unfinished, progress) ?? lastVisited(lessons, progress);
}

function isUnfinished(status: ReturnType<typeof lessonStatus>): boolean {
  return status === 'in-progress' || status === 'quiz-not-passed';
}

/**
 * Where `learn` picks up: the lesson visited last, at its step, even when the learner jumped ahead of an
 * earlier lesson; once that lesson is done, the next one after it not done yet.
 */
export function continueTarget(lessons: readonly Lesson[], progress: Progress): { lesson: Lesson; step: number } | undefined {
  const last = lastVisited(lessons, progress);
  if (!last) return undefined;
  const record = progress.lessons[last.id];
  if (lessonStatus(record) !== 'done') return { lesson: last, step: Math.min((record?.currentStep ?? 0) + 1, last.steps.length) };
  const after = lessons.slice(lessons.indexOf(last) + 1).find((lesson) => lessonStatus(progress.lessons[lesson.id]) !== 'done');
  return after && { lesson: after, step: Math.min((progress.lessons[after.id]?.currentStep ?? 0) + 1, after.steps.length) };
}

export function lastVisited(lessons: readonly Lesson[], progress: Progress): Lesson | undefined {
  let best: { lesson: Lesson; at: number } | undefined;
  for (const lesson of lessons) {
    const visited = progress.lessons[lesson.id]?.lastVisited;
    const at = visited ? Date.parse(visited) : NaN;
    if (!Number.isNaN(at) && (!best || at > best.at)) best = { lesson, at };
  }
  return best?.lesson;
}

export function describeLessonState(lesson: Lesson, progress: Progress): string {
  const m = learnMessages();
  const record = progress.lessons[lesson.id];
  const status = lessonStatus(record);
  if (status === 'not-started' || !record) return m.statusNotStarted;
  const best = record.bestScore ? `, ${m.best(percentOf(record.bestScore))}` : '';
  if (status === 'done') return `${m.statusDone}${best}`;
  if (status === 'quiz-not-passed') return `${m.statusQuizNotPassed}${best}`;
  return `${m.statusInProgress(record.stepsDone.length, lesson.steps.length)}${best}`;
}

export function lessonChoices(lessons: readonly Lesson[], progress: Progress): { name: string; value: string; description: string }[] {
  return lessons.map((lesson) => ({
    name: `${String(lesson.order).padStart(2)}. ${escapeControls(lesson.title, 'line')}  (${describeLessonState(lesson, progress)})`,
    value: lesson.id,
    description: escapeControls(lesson.summary, 'line'),
  }));
}

export function nextLessonAfter(lessons: readonly Lesson[], lesson: Lesson): Lesson | undefined {
  return lessons[lessons.findIndex((candidate) => candidate.id === lesson.id) + 1];
}
