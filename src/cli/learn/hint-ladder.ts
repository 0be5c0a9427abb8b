/**
 * A step's hint ladder: the lesson's rungs in order, then the engine's last rung, which reveals the
 * answer (a try step's whole command, an edit step's solution). Each "Show a hint" climbs one rung;
 * how far the learner climbed decides how the step counts once solved. Pure.
 */
import type { StepOutcome } from '../../progress/model.js';

export interface Rung {
  /** 1-based. */
  number: number;
  text: string;
  /** The last rung: the answer itself. */
  reveal: boolean;
}

export function hintLadder(hints: readonly string[], reveal: string): Rung[] {
  return [...hints.map((text, index) => ({ number: index + 1, text, reveal: false })), { number: hints.length + 1, text: reveal, reveal: true }];
}

/** The rung "Show a hint" shows next, or undefined once the answer was revealed. */
export function nextRung(ladder: readonly Rung[], climbed: number): Rung | undefined {
  return ladder[Math.max(climbed, 0)];
}

/** How a solved step counts: without a hint, with hints, or after the answer was revealed. */
export function solvedOutcome(ladder: readonly Rung[], climbed: number): Exclude<StepOutcome, 'skipped'> {
  if (climbed >= ladder.length) return 'revealed';
  return climbed > 0 ? 'hinted' : 'unaided';
}
