/**
 * A vertex can run more than once in a build (BuildKit reports each run with its own start), and its
 * time is the union of those runs: overlapping intervals are merged, an open one swallows all after
 * it. Pure.
 */
import type { Time } from './decode-status.js';

export interface Interval {
  start: Time;
  /** Undefined while still running. */
  stop?: Time;
}

export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: Interval[] = [];
  let current = sorted[0];
  if (!current) return merged;
  for (const next of sorted.slice(1)) {
    if (current.stop === undefined) break;
    if (current.stop < next.start) {
      merged.push(current);
      current = next;
    } else if (next.stop === undefined) {
      current = { start: current.start };
      break;
    } else if (current.stop < next.stop) {
      current = { start: current.start, stop: next.stop };
    }
  }
  merged.push(current);
  return merged;
}
