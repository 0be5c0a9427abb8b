/**
 * "Did you mean": the spelling of a docktutor command closest to what was typed, by Damerau-Levenshtein
 * distance (optimal string alignment: one insertion, deletion, substitution or swap of neighbours costs
 * one), so `stoop` finds `stop`, `sotp` finds `stop` and `contaner ls` finds `container ls`; and the
 * same for any name, `--al` finding `--all`. Pure.
 */

/** Edits between two strings, a swap of two neighbouring characters counting as one. */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i characters of a and the first j of b.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How far a suggestion may be: two edits, and never more than half of what was typed (`x` suggests nothing). */
function closeEnough(distance: number, typed: string): boolean {
  return distance <= 2 && distance * 2 <= typed.length;
}

/**
 * The spelling (`stop`, `container ls`) nearest to the first words typed, compared word for word count:
 * a one-word spelling with the first word, a two-word one with the first two. Of two equally close,
 * the longer spelling wins (`image lss` is `image ls`, not `images`), then the one listed first.
 * Undefined when none is close.
 */
export function suggestCommand(words: readonly string[], spellings: readonly string[]): string | undefined {
  let best: { spelling: string; distance: number; count: number } | undefined;
  for (const spelling of spellings) {
    const count = spelling.split(' ').length;
    if (words.length < count) continue;
    const typed = words.slice(0, count).join(' ');
    const distance = editDistance(typed, spelling);
    if (distance === 0 || !closeEnough(distance, typed)) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { spelling, distance, count };
  }
  return best?.spelling;
}

/**
 * The name (`all` for a long flag typed as `al`, `show` for a subcommand typed as `shwo`) nearest to what
 * was typed, under the same limits as a command; of two equally close, the one listed first. Undefined
 * when none is close.
 */
export function findNearestName(typed: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed, name);
    if (distance === 0 || !closeEnough(distance, typed)) continue;
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best?.name;
}
