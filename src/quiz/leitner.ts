/**
 * Spaced repetition with five Leitner boxes. A right answer moves a question up one box, a miss sends it
 * back to box 1. Box 1 is due at every session; higher boxes wait 1, 3, 7 and 21 days after the last
 * answer. Everything here is a function of (state, now): no clock is read.
 */
export const BOX_COUNT = 5;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Days to wait after an answer, by box (index 0 is box 1). */
export const BOX_WAIT_DAYS: readonly number[] = [0, 1, 3, 7, 21];

export interface LeitnerCard {
  box: number;
  /** ISO time from which the question is due again. */
  due: string;
}

export function nextBox(box: number, correct: boolean): number {
  return correct ? Math.min(box + 1, BOX_COUNT) : 1;
}

export function dueAfter(box: number, answeredAt: Date): Date {
  const days = BOX_WAIT_DAYS[Math.min(Math.max(box, 1), BOX_COUNT) - 1]!;
  return new Date(answeredAt.getTime() + days * DAY_MS);
}

/** The card after an answer; a question never answered counts as sitting in box 1. */
export function scheduleAnswer(card: LeitnerCard | undefined, correct: boolean, at: Date): LeitnerCard {
  const box = nextBox(card?.box ?? 1, correct);
  return { box, due: dueAfter(box, at).toISOString() };
}

export function isDue(card: LeitnerCard, now: Date): boolean {
  return card.box <= 1 || Date.parse(card.due) <= now.getTime();
}

export interface ReviewCandidate extends LeitnerCard {
  key: string;
  misses: number;
}

/**
 * The questions to review now: only those missed at least once, due by their box, lowest box first
 * (the least known), then the most missed, then by key so that the order is stable.
 */
export function selectDue<T extends ReviewCandidate>(cards: readonly T[], now: Date): T[] {
  return cards
    .filter((card) => card.misses > 0 && isDue(card, now))
    .sort((a, b) => a.box - b.box || b.misses - a.misses || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** When the next missed question falls due, for "nothing to review until ..." */
export function nextDue(cards: readonly ReviewCandidate[]): Date | undefined {
  const times = cards.filter((card) => card.misses > 0).map((card) => Date.parse(card.due));
  return times.length === 0 ? undefined : new Date(Math.min(...times));
}
