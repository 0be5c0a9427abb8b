/**
 * `--progress=plain`, as docker 28 prints it (BuildKit's progressui text printer): a vertex gets its
 * number `#N` when it is first printed; its name, its statuses (`#5 transferring context: 2B done`),
 * its log lines with the seconds since it started (`#6 0.254 hello`) and how it ended (`#6 DONE 0.3s`,
 * `#5 CACHED`, `#6 ERROR: ...`). When several vertexes run at once the printer stays with one and
 * switches (`#4 ...`) when another has been waiting too long or is busier. Pure: returns text.
 */
import type { BuildTrace, TraceVertex } from './trace.js';
import { formatBytes, formatFixed, secondsBetween } from './go-format.js';

const ANTI_FLICKER_S = 5;
const MAX_DELAY_MS = 10_000;
const MIN_TIME_DELTA_NS = 5_000_000_000n;
const MIN_PROGRESS_DELTA = 0.05;
const LOGS_BUFFER_SIZE = 10;

export class PlainPrinter {
  private current: string | undefined;
  private readonly last = new Map<string, { current: number; timestamp: bigint }>();
  private notFirst = false;
  private nextIndex = 0;
  /** The last log lines of each vertex, for the error summary (a ring, as progressui keeps it). */
  readonly lastLogs = new Map<TraceVertex, { lines: (string | undefined)[]; at: number }>();

  /** `desc`: the `#0` line, `building with "default" instance using docker driver`. */
  constructor(private readonly desc = '') {}

  /** Prints what changed since the last call. */
  print(trace: BuildTrace, now: number): string {
    const out: string[] = [];
    const completed: string[] = [];
    const rest: string[] = [];
    for (const digest of trace.updates) {
      const v = trace.byDigest.get(digest);
      if (!v) continue;
      (v.isCompleted() ? completed : rest).push(digest);
    }
    const current = this.current;
    if (current !== undefined && completed.includes(current)) this.printVertex(trace, current, out);
    const byStop = (d: string) => trace.byDigest.get(d)!.mostRecentInterval()!.stop!;
    completed.sort((a, b) => (byStop(a) < byStop(b) ? -1 : byStop(a) > byStop(b) ? 1 : 0));
    for (const digest of completed) if (digest !== current) this.printVertex(trace, digest, out);

    if (rest.length === 0) {
      const open = current === undefined ? undefined : trace.byDigest.get(current);
      if (open && open.isStarted() && !open.isCompleted()) return out.join('');
      // Make any open vertex the active one.
      for (const [digest, v] of trace.byDigest) {
        if (v.isStarted() && !v.isCompleted()) {
          this.printVertex(trace, digest, out);
          break;
        }
      }
      return out.join('');
    }

    if (current !== undefined && rest.includes(current)) this.printVertex(trace, current, out);
    if (current !== undefined && !rest.includes(current)) rest.push(current);
    const stats = new Map<string, { blockTime: number; speed: number; share: number; overLimit: boolean }>();
    let sum = 0;
    let busiest: string | undefined;
    for (const digest of rest) {
      const v = trace.byDigest.get(digest);
      if (!v || v.lastBlockTime === undefined) continue;
      const blockTime = now - v.lastBlockTime;
      const speed = v.count / (blockTime / 1000);
      const overLimit = blockTime > MAX_DELAY_MS && digest !== current;
      stats.set(digest, { blockTime, speed, share: 0, overLimit });
      sum += speed;
      if (overLimit || busiest === undefined || stats.get(busiest)!.speed < speed) busiest = digest;
    }
    for (const stat of stats.values()) stat.share = stat.speed / sum;

    if (current === undefined || completed.includes(current)) {
      if (busiest !== undefined) this.printVertex(trace, busiest, out);
      return out.join('');
    }
    for (const digest of rest) {
      if (stats.get(digest)?.overLimit) {
        this.printVertex(trace, digest, out);
        return out.join('');
      }
    }
    const mine = stats.get(current);
    if (mine && busiest !== undefined && (1 / (1 - mine.share)) * ANTI_FLICKER_S < mine.blockTime / 1000) {
      this.printVertex(trace, busiest, out);
    }
    return out.join('');
  }

  private printVertex(trace: BuildTrace, digest: string, out: string[]): void {
    const v = trace.byDigest.get(digest);
    if (!v) return;
    if (v.index === 0) v.index = ++this.nextIndex;
    if (digest !== this.current) {
      if (this.current !== undefined) {
        const old = trace.byDigest.get(this.current)!;
        if (old.logsPartial) out.push('\n');
        old.logsOffset = 0;
        old.count = 0;
        out.push(`#${old.index} ...\n`);
      }
      if (this.notFirst) out.push('\n');
      else {
        if (this.desc) out.push(`#0 ${this.desc}\n\n`);
        this.notFirst = true;
      }
      out.push(`#${v.index} ${v.name}\n`);
    }

    let openStatus = false;
    for (const s of v.statuses) {
      if (!v.statusUpdates.has(s.id)) continue;
      const last = this.last.get(s.id);
      if (last && s.completed === undefined) {
        const progressDelta = s.total > 0 ? (s.current - last.current) / s.total : 0;
        if (progressDelta < MIN_PROGRESS_DELTA && s.timestamp - last.timestamp < MIN_TIME_DELTA_NS) continue;
      }
      this.last.set(s.id, { current: s.current, timestamp: s.timestamp });
      let bytes = '';
      if (s.total !== 0) bytes = ` ${formatBytes(s.current)} / ${formatBytes(s.total)}`;
      else if (s.current !== 0) bytes = ` ${formatBytes(s.current)}`;
      let time = '';
      if (s.started !== undefined) {
        const diff = secondsBetween(s.started, s.completed ?? s.timestamp);
        if (diff > 0.01) time = ` ${formatFixed(diff, 1)}s`;
      }
      if (s.completed !== undefined) time += ' done';
      else openStatus = true;
      out.push(`#${v.index} ${s.id}${bytes}${time}\n`);
    }
    v.statusUpdates = new Set();

    for (const w of v.warnings.slice(v.warningIndex)) {
      out.push(`#${v.index} WARN: ${w.short}\n`);
      v.warningIndex += 1;
    }

    v.logs.forEach((line, i) => {
      let text = line;
      if (i === 0 && v.logsOffset !== 0) {
        text = line.slice(v.logsOffset);
        out.push(text);
      } else out.push(`#${v.index} ${line}`);
      if (i !== v.logs.length - 1 || !v.logsPartial) out.push('\n');
      const ring = this.lastLogs.get(v) ?? { lines: new Array<string | undefined>(LOGS_BUFFER_SIZE).fill(undefined), at: 0 };
      this.lastLogs.set(v, ring);
      ring.lines[ring.at] = text;
      if (!v.logsPartial) ring.at = (ring.at + 1) % LOGS_BUFFER_SIZE;
    });
    if (v.logs.length > 0) {
      if (v.logsPartial) {
        v.logs = v.logs.slice(-1);
        v.logsOffset = v.logs[0]!.length;
      } else {
        v.logs = [];
        v.logsOffset = 0;
      }
    }

    this.current = digest;
    if (v.isCompleted() && !openStatus) {
      this.current = undefined;
      v.count = 0;
      if (v.logsPartial) out.push('\n');
      const error = v.vertex.error;
      if (error) out.push(isCanceled(error) ? `#${v.index} CANCELED\n` : `#${v.index} ERROR: ${error}\n`);
      else if (v.vertex.cached) out.push(`#${v.index} CACHED\n`);
      else out.push(`#${v.index} DONE ${formatFixed(v.duration(0n), 1)}s\n`);
    }
    trace.updates.delete(digest);
  }

  /** The last log lines a failed vertex printed, oldest first (progressui's ring of ten). */
  lastLines(v: TraceVertex): string[] {
    const ring = this.lastLogs.get(v);
    if (!ring) return [];
    const lines: string[] = [];
    for (let i = 0; i < LOGS_BUFFER_SIZE; i++) {
      const line = ring.lines[(ring.at + i) % LOGS_BUFFER_SIZE];
      if (line !== undefined) lines.push(line);
    }
    return lines;
  }
}

export function isCanceled(error: string): boolean {
  return error.endsWith('context canceled');
}
