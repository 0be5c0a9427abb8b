/**
 * The state of a BuildKit build, folded from its StatusResponse messages the way the docker CLI's
 * progress display (BuildKit's progressui) keeps it: one entry per vertex with its run intervals
 * merged, its statuses in the order they started, its log lines stamped with the seconds since the
 * vertex started, its warnings. Both renderers (plain and tty) read it. `now` is the local clock in
 * milliseconds, passed in so that tests can replay a recorded build. Pure.
 */
import type { SolveStatus, Time, Vertex, VertexStatus, VertexWarning } from './decode-status.js';
import { formatFixed, secondsBetween } from './go-format.js';
import { mergeIntervals, type Interval } from './intervals.js';
import { cleanLine } from './terminal-lines.js';

export class TraceVertex {
  vertex: Vertex;
  /** `#N` of the plain output, given when the vertex is first printed. */
  index = 0;
  readonly statuses: VertexStatus[] = [];
  readonly statusById = new Map<string, VertexStatus>();
  statusUpdates = new Set<string>();
  /** Log lines ("0.254 hello") not yet printed by the plain printer; the tty view keeps them all. */
  logs: string[] = [];
  logsPartial = false;
  logsOffset = 0;
  /** Every log line as written, for the live terminal lines of the tty view. */
  readonly output: string[] = [];
  readonly warnings: VertexWarning[] = [];
  warningIndex = 0;
  /** Updates since the plain printer last turned to this vertex, and since when (for its fair share). */
  count = 0;
  lastBlockTime: number | undefined;
  readonly intervals = new Map<Time, Interval>();
  merged: Interval[] = [];
  prev: Vertex | undefined;

  constructor(vertex: Vertex) {
    this.vertex = vertex;
  }

  get name(): string {
    return this.vertex.name;
  }

  isStarted(): boolean {
    return this.merged.length > 0;
  }

  isCompleted(): boolean {
    const last = this.merged.at(-1);
    return last !== undefined && last.stop !== undefined;
  }

  mostRecentInterval(): Interval | undefined {
    return this.merged.at(-1);
  }

  /** Seconds spent running, all intervals together; `now` closes one still open. */
  duration(now: Time): number {
    return this.merged.reduce((sum, ival) => sum + secondsBetween(ival.start, ival.stop ?? now), 0);
  }

  touch(count: number, now: number): void {
    if (this.count === 0) this.lastBlockTime = now;
    this.count += count;
  }
}

export class BuildTrace {
  readonly byDigest = new Map<string, TraceVertex>();
  /** Vertexes in the order they started. */
  readonly started: TraceVertex[] = [];
  readonly updates = new Set<string>();
  startTime: Time | undefined;
  /** Local clock minus daemon clock (ms), taken when the first vertex starts; 0 until then. */
  localTimeDiff = 0;
  readonly warnings: VertexWarning[] = [];

  /** Folds in one message; text from the daemon loses its control characters here, once. */
  update(status: SolveStatus, now: number): void {
    for (const v of status.vertexes) this.updateVertex({ ...v, name: cleanLine(v.name), error: cleanLine(v.error) }, now);
    for (const raw of status.statuses) {
      const s = { ...raw, id: cleanLine(raw.id) };
      const vertex = this.byDigest.get(s.vertex);
      if (!vertex) continue;
      const prev = vertex.statusById.get(s.id);
      if (s.started !== undefined && prev?.started === undefined) vertex.statuses.push(s);
      else if (prev && vertex.statuses.includes(prev)) vertex.statuses[vertex.statuses.indexOf(prev)] = s;
      vertex.statusById.set(s.id, s);
      vertex.statusUpdates.add(s.id);
      this.updates.add(s.vertex);
      vertex.touch(1, now);
    }
    for (const raw of status.warnings) {
      const w = { ...raw, short: cleanLine(raw.short), detail: raw.detail.map(cleanLine) };
      const vertex = this.byDigest.get(w.vertex);
      if (!vertex) continue;
      vertex.warnings.push(w);
      this.warnings.push(w);
      vertex.touch(1, now);
    }
    for (const log of status.logs) {
      const vertex = this.byDigest.get(log.vertex);
      if (!vertex) continue;
      const text = log.data.toString('utf8');
      vertex.output.push(text);
      const pieces = text.split('\n');
      const complete = pieces.at(-1) === '';
      if (complete) pieces.pop();
      pieces.forEach((piece, i) => {
        if (vertex.logsPartial && vertex.logs.length > 0 && i === 0) {
          vertex.logs[vertex.logs.length - 1] += cleanLine(piece);
          return;
        }
        const start = vertex.mostRecentInterval()?.start;
        const seconds = start === undefined ? 0 : secondsBetween(start, log.timestamp);
        const precision = seconds < 10 ? 3 : seconds < 100 ? 2 : 1;
        vertex.logs.push(`${formatFixed(seconds, precision)} ${cleanLine(piece)}`);
      });
      // As in progressui, an empty message counts as an unfinished line.
      vertex.logsPartial = text.length === 0 || !complete;
      this.updates.add(log.vertex);
      vertex.touch(1, now);
    }
  }

  private updateVertex(v: Vertex, now: number): void {
    if (this.startTime === undefined) this.startTime = v.started;
    let vertex = this.byDigest.get(v.digest);
    const wasStarted = vertex?.isStarted() ?? false;
    if (!vertex) {
      vertex = new TraceVertex(v);
      this.byDigest.set(v.digest, vertex);
    }
    if (v.started !== undefined && changed(vertex.prev, v)) {
      vertex.touch(1, now);
      this.updates.add(v.digest);
    }
    if (v.started !== undefined) vertex.prev = v;
    if (v.started !== undefined && !wasStarted) {
      if (this.localTimeDiff === 0) this.localTimeDiff = now - Number(v.started / 1_000_000n);
      this.started.push(vertex);
    }
    // A repeated announcement of a vertex that already started does not reset it.
    if (!(wasStarted && v.started === undefined)) vertex.vertex = v;
    if (v.started !== undefined) {
      // Older daemons (BuildKit 0.8, Engine 20.10) report a vertex's completion with a new start time and
      // never close the run announced first; progressui would show that vertex running for ever. The
      // earlier run ends where the later one starts.
      if (v.completed !== undefined) {
        for (const ival of vertex.intervals.values()) if (ival.stop === undefined && ival.start < v.started) ival.stop = v.started;
      }
      vertex.intervals.set(v.started, { start: v.started, ...(v.completed !== undefined ? { stop: v.completed } : {}) });
      vertex.merged = mergeIntervals([...vertex.intervals.values()]);
    }
  }
}

function changed(old: Vertex | undefined, v: Vertex): boolean {
  if (!old) return true;
  return (
    old.digest !== v.digest ||
    old.name !== v.name ||
    old.started !== v.started ||
    (v.completed !== undefined && old.completed !== v.completed) ||
    old.cached !== v.cached ||
    old.error !== v.error
  );
}
