/** Which questions a review session asks: every missed question that its Leitner box says is due now. */
import type { Lesson } from '../../lessons/model.js';
import { missCount, type Progress } from '../../progress/model.js';
import { nextDue, selectDue, type ReviewCandidate } from '../../quiz/leitner.js';
import type { QuizItem } from './run-quiz.js';

type Candidate = ReviewCandidate & { item: QuizItem };

function candidatesOf(lessons: readonly Lesson[], progress: Progress): Candidate[] {
  return lessons.flatMap((lesson) =>
    lesson.questions.flatMap((question) => {
      const record = progress.lessons[lesson.id]?.questions[question.id];
      if (!record) return [];
      return [{ key: `${String(lesson.order).padStart(4, '0')}/${question.id}`, box: record.box, due: record.due, misses: missCount(record), item: { lesson, question } }];
    }),
  );
}

export interface ReviewPlan {
  items: QuizItem[];
  /** When nothing is due: the time the next missed question falls due, if any was ever missed. */
  next?: Date;
}

export function planReview(lessons: readonly Lesson[], progress: Progress, now: Date): ReviewPlan {
  const candidates = candidatesOf(lessons, progress);
  const items = selectDue(candidates, now).map((candidate) => candidate.item);
  const next = items.length === 0 ? nextDue(candidates) : undefined;
  return next ? { items, next } : { items };
}
