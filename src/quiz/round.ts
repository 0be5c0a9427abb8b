/**
 * One sitting of a lesson's quiz as a pure state machine. Every question is asked once; a question
 * answered wrong comes back later in the same sitting until it is answered right once. The score counts
 * first attempts only, so asking again teaches without inflating the result. State is plain data so a
 * sitting left with Ctrl-C resumes where it stopped (the progress store keeps firstAnswers and settled).
 */
import { shuffleWithSeed } from './shuffle.js';

export const DEFAULT_PASS_MARK = 80;
/**
 * A missed question returns after this many questions not asked yet (or at the end, when fewer are
 * left): counting only new ones, a run of misses never crowds the rest of the quiz out.
 */
const RETURN_GAP = 2;

export interface QuizRound {
  /** Question ids in the order they will be asked; the head is asked next. */
  queue: string[];
  /** Every question of the sitting, in its first order. */
  all: string[];
  firstAnswers: Record<string, boolean>;
  settled: string[];
}

/** A new sitting over `ids`, or a resumed one: questions settled before are not asked again. */
export function startRound(ids: readonly string[], resume?: { firstAnswers: Record<string, boolean>; settled: readonly string[] }): QuizRound {
  const settled = (resume?.settled ?? []).filter((id) => ids.includes(id));
  const firstAnswers = Object.fromEntries(Object.entries(resume?.firstAnswers ?? {}).filter(([id]) => ids.includes(id)));
  // Resuming: the questions not yet met come first, then the misses still owed a right answer.
  const unseen = ids.filter((id) => !(id in firstAnswers));
  const owed = ids.filter((id) => id in firstAnswers && !settled.includes(id));
  return { queue: [...unseen, ...owed], all: [...ids], firstAnswers, settled };
}

export function nextQuestion(round: QuizRound): string | undefined {
  return round.queue[0];
}

export function answerInRound(round: QuizRound, id: string, correct: boolean): QuizRound {
  const rest = round.queue.filter((queued, index) => !(index === round.queue.indexOf(id) && queued === id));
  const firstAnswers = id in round.firstAnswers ? round.firstAnswers : { ...round.firstAnswers, [id]: correct };
  if (correct) return { ...round, queue: rest, firstAnswers, settled: round.settled.includes(id) ? round.settled : [...round.settled, id] };
  const at = returnPlace(rest, firstAnswers);
  return { ...round, queue: [...rest.slice(0, at), id, ...rest.slice(at)], firstAnswers };
}

/** Where a missed question goes back in: just after the RETURN_GAP-th question never asked yet, else at the end. */
function returnPlace(queue: readonly string[], asked: Record<string, boolean>): number {
  let fresh = 0;
  for (let index = 0; index < queue.length; index += 1) {
    if (!(queue[index]! in asked)) fresh += 1;
    if (fresh === RETURN_GAP) return index + 1;
  }
  return queue.length;
}

export function isRoundOver(round: QuizRound): boolean {
  return round.queue.length === 0;
}

/** Right at the first attempt, over every question of the sitting. */
export function roundScore(round: QuizRound): { correct: number; total: number } {
  return { correct: round.all.filter((id) => round.firstAnswers[id] === true).length, total: round.all.length };
}

/** The questions missed at the first attempt, in quiz order. */
export function missedFirstTime(round: QuizRound): string[] {
  return round.all.filter((id) => round.firstAnswers[id] === false);
}

export function passes(score: { correct: number; total: number }, passMark: number = DEFAULT_PASS_MARK): boolean {
  return score.total > 0 && score.correct * 100 >= score.total * passMark;
}

/**
 * Practice right after a sitting below its pass mark: the questions it missed, in an order other than
 * the sitting's. Practice never changes the sitting's score. Every missed question was just explained
 * and then answered right once in the same sitting, so answering it again minutes later shows short-term
 * memory, not what the learner knows; a tutor lets the learner rehearse then, and judges at the next
 * sitting (the whole quiz, later) and in the spaced review, which practice leaves alone.
 */
export function orderPractice(ids: readonly string[], seed: number): string[] {
  const order = shuffleWithSeed(ids, seed);
  // The same order as the sitting would let the learner answer by position: rotate it by one instead.
  if (order.length > 1 && order.every((id, index) => id === ids[index])) order.push(order.shift()!);
  return order;
}
