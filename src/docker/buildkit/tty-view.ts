/**
 * The live view of `docker build` in a terminal (BuildKit's progressui tty display): a header
 * `[+] Building 1.2s (7/7) FINISHED`, one line per vertex and per status with its time at the right,
 * the last lines of a running step's output underneath (` => => # ...`), redrawn in place and
 * collapsed once the step is done. `frame` renders the lines; `TtyScreen` adds the cursor moves that
 * draw a frame over the previous one. Pure.
 */
import { formatBytes, formatFixed, formatSeconds, secondsBetween } from './go-format.js';
import { isCanceled } from './plain-printer.js';
import { terminalLines } from './terminal-lines.js';
import type { BuildTrace, TraceVertex } from './trace.js';

const TERM_HEIGHT = 6;
const TERM_PAD = 10;
const BLUE = '\x1b[34m';
const RED = '\x1b[31m';
const YELLOW = '\x1b[33m';
const FAINT = '\x1b[2m';
const RESET = '\x1b[0m';

export interface FrameOptions {
  width: number;
  height: number;
  /** Local clock, milliseconds. */
  now: number;
  /** The last frame: every line (not only what fits the screen), and FINISHED when all is done. */
  final: boolean;
  /** Right-aligned in the header, `docker:default`. */
  desc?: string;
  color?: boolean;
}

interface Job {
  name: string;
  status: string;
  seconds: number | undefined;
  completed: boolean;
  color: string | undefined;
  vertex?: TraceVertex;
}

/** The lines of one frame, each without its newline. */
export function frame(trace: BuildTrace, options: FrameOptions): string[] {
  const { width, height, now } = options;
  const color = options.color ?? true;
  let total = 0;
  let done = 0;
  for (const v of trace.byDigest.values()) {
    total += 1;
    if (v.isCompleted()) done += 1;
  }
  const start = trace.startTime === undefined ? now : Number(trace.startTime / 1_000_000n) + trace.localTimeDiff;
  const finished = options.final && done > 0 && done === total ? 'FINISHED' : '';
  const header = `[+] Building ${formatFixed((now - start) / 1000, 1)}s (${done}/${total}) ${finished}`;
  const lines = [options.desc ? align(header, options.desc, width - 1) : align(header, '', width)];

  let jobs = collectJobs(trace, now);
  const running = jobs.filter((j) => !j.completed).length;
  let free = height - 2 - running;
  const shown = new Map<TraceVertex, string[]>();
  let hidden = 0;
  // The steps that wrote the most get the room for their output.
  const candidates = jobs.filter((j) => j.vertex && !j.completed && j.vertex.output.length > 0);
  const written = (j: Job) => j.vertex!.output.reduce((sum, text) => sum + text.length, 0);
  candidates.sort((a, b) => written(b) - written(a));
  for (const job of candidates) {
    if (free <= TERM_HEIGHT + 3) break;
    const content = terminalLines(job.vertex!.output.join(''), width - TERM_PAD, TERM_HEIGHT);
    if (content.length === 0) continue;
    shown.set(job.vertex!, content);
    hidden += content.length;
    free -= TERM_HEIGHT + 3;
  }
  if (!options.final) jobs = wrapHeight(jobs, height - 2 - hidden);

  for (const job of jobs) {
    if (job.seconds === undefined) continue;
    const timer = ` ${formatSeconds(job.seconds < 0.05 ? 0 : job.seconds)}s\n`;
    let left = width - 4 - timer.length - 1;
    let showStatus = false;
    if (job.status && left + job.status.length > 20) {
      showStatus = true;
      left -= job.status.length + 1;
    }
    if (left < 12) continue;
    const name = [...job.name].slice(0, left).join('');
    const line = align(` => ${name}${showStatus ? ` ${job.status}` : ''}`, timer, width).slice(0, -1);
    lines.push(job.completed && color && job.color ? `${job.color}${line}${RESET}` : line);
    for (const text of (job.vertex && shown.get(job.vertex)) ?? []) {
      lines.push(color ? `${FAINT} => => # ${text}${RESET}` : ` => => # ${text}`);
    }
  }
  return lines;
}

function collectJobs(trace: BuildTrace, now: number): Job[] {
  const jobs: Job[] = [];
  const toLocal = (time: bigint) => Number(time / 1_000_000n) + trace.localTimeDiff;
  for (const v of trace.started) {
    let name = v.name.replaceAll('\t', ' ');
    let jobColor: string | undefined = BLUE;
    if (v.vertex.error) {
      const canceled = isCanceled(v.vertex.error);
      name = `${canceled ? 'CANCELED' : 'ERROR'} ${name}`;
      jobColor = canceled ? YELLOW : RED;
    }
    if (v.vertex.cached) name = `CACHED ${name}`;
    const open = v.merged.find((ival) => ival.stop === undefined);
    const closed = v.merged.filter((ival) => ival.stop !== undefined).reduce((sum, ival) => sum + secondsBetween(ival.start, ival.stop!), 0);
    const seconds = v.merged.length === 0 ? undefined : closed + (open ? (now - toLocal(open.start)) / 1000 : 0);
    jobs.push({ name, status: '', seconds, completed: !open && v.merged.length > 0, color: jobColor, vertex: v });
    for (const s of v.statuses) {
      let status = '';
      if (s.total !== 0) status = `${formatBytes(s.current)} / ${formatBytes(s.total)}`;
      else if (s.current !== 0) status = formatBytes(s.current);
      const secs = s.started === undefined ? undefined : s.completed !== undefined ? secondsBetween(s.started, s.completed) : (now - toLocal(s.started)) / 1000;
      jobs.push({ name: `=> ${s.id}`, status, seconds: secs, completed: s.completed !== undefined, color: BLUE });
    }
    // progressui shows a warning with the time of the step's last run, never as completed (so uncoloured).
    const last = v.mostRecentInterval();
    const lastSeconds = !last ? 0 : last.stop !== undefined ? secondsBetween(last.start, last.stop) : (now - toLocal(last.start)) / 1000;
    for (const w of v.warnings) jobs.push({ name: `WARN: ${w.short}`, status: '', seconds: lastSeconds, completed: false, color: undefined });
  }
  return jobs;
}

/** Keeps the last `limit` lines, bringing back running ones that scrolled off. */
function wrapHeight(jobs: Job[], limit: number): Job[] {
  if (limit < 0) return [];
  if (jobs.length <= limit) return jobs;
  const cut = jobs.slice(0, jobs.length - limit);
  const kept = jobs.slice(jobs.length - limit);
  const invisible = cut.filter((j) => !j.completed);
  if (invisible.length === 0) return kept;
  let drop = invisible.length;
  const rewrapped = kept.filter((j) => {
    const keep = !j.completed || drop <= 0;
    drop -= 1;
    return keep;
  });
  const room = kept.length - rewrapped.length;
  return [...invisible.slice(invisible.length - room), ...rewrapped];
}

/** Go's `%-*s %s`: the left part padded (by characters) to `width - len(right) - 1`, a space, the right. */
function align(left: string, right: string, width: number): string {
  const pad = Math.max(0, width - [...right].length - 1 - [...left].length);
  return `${left}${' '.repeat(pad)} ${right}`;
}

/** Draws frames over each other: the cursor goes back up over the last frame, leftovers are blanked. */
export class TtyScreen {
  private lineCount = -1;

  draw(lines: string[], width: number): string {
    let out = this.lineCount >= 0 ? `\x1b[${this.lineCount + 1}A\r` : '';
    out += '\x1b[?25l';
    out += lines.map((line) => `${line}\n`).join('');
    const jobLines = lines.length - 1;
    const leftover = this.lineCount - jobLines;
    if (leftover > 0) out += `${`${' '.repeat(width)}\n`.repeat(leftover)}\x1b[${leftover}A\r`;
    this.lineCount = jobLines;
    return `${out}\x1b[?25h`;
  }
}
