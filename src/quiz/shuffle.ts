/**
 * Reproducible question order: a seeded PRNG (mulberry32) drives a Fisher-Yates shuffle, so the same
 * seed gives the same order on every machine and every Node version.
 */

/** mulberry32: tiny, fast, and good enough to shuffle a quiz; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleWithSeed<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** A seed as typed: a whole number is used as is; any other text is hashed (FNV-1a) so words work too. */
export function parseSeed(text: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return Number(BigInt(trimmed) % 4294967296n);
  let hash = 0x811c9dc5;
  for (const char of trimmed) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Lesson order unless a seed is given; the quiz in a lesson always keeps file order. */
export function orderQuestions<T>(questions: readonly T[], seed?: number): T[] {
  return seed === undefined ? [...questions] : shuffleWithSeed(questions, seed);
}
