/**
 * The two ways docker shows a BuildKit build, fed with messages as they arrive: `plain` (numbered
 * lines, and whenever the output is not a terminal) and `tty` (the live view, redrawn in place). Like
 * progressui, a display redraws at most every 100 ms on messages and is refreshed by a ticker in the
 * quiet moments; `done` flushes and adds the failed steps' output. Each call returns the text to write.
 * Pure: the caller passes its clock.
 */
import type { SolveStatus } from './decode-status.js';
import { formatErrorLogs } from './error-report.js';
import { PlainPrinter } from './plain-printer.js';
import { BuildTrace } from './trace.js';
import { frame, TtyScreen } from './tty-view.js';

export const DISPLAY_INTERVAL_MS = 100;
/** How often the caller should call `refresh` while nothing arrives. */
export const REFRESH_INTERVAL_MS = 150;

export interface ProgressDisplay {
  readonly trace: BuildTrace;
  update(status: SolveStatus, now: number): string;
  refresh(now: number): string;
  done(now: number): string;
}

abstract class LimitedDisplay implements ProgressDisplay {
  readonly trace = new BuildTrace();
  private lastDraw = -Infinity;

  update(status: SolveStatus, now: number): string {
    this.trace.update(status, now);
    if (now - this.lastDraw < DISPLAY_INTERVAL_MS) return '';
    this.lastDraw = now;
    return this.refresh(now);
  }

  abstract refresh(now: number): string;
  abstract done(now: number): string;
}

export class PlainDisplay extends LimitedDisplay {
  private readonly printer: PlainPrinter;

  /** `desc`: the `#0` line (`building with "default" instance using docker driver`). */
  constructor(desc: string) {
    super();
    this.printer = new PlainPrinter(desc);
  }

  refresh(now: number): string {
    return this.printer.print(this.trace, now);
  }

  done(now: number): string {
    return this.refresh(now) + formatErrorLogs(this.trace, (v) => this.printer.lastLines(v));
  }
}

export interface TtyOptions {
  /** Columns and rows now (the terminal may be resized during the build). */
  size: () => { width: number; height: number };
  /** Right of the header: `docker:default`. */
  desc: string;
  color: boolean;
}

export class TtyDisplay extends LimitedDisplay {
  private readonly screen = new TtyScreen();

  constructor(private readonly options: TtyOptions) {
    super();
  }

  refresh(now: number): string {
    return this.draw(now, false);
  }

  done(now: number): string {
    // The tty view printed no log lines, so every line of a failed step is still there to show.
    return this.draw(now, true) + formatErrorLogs(this.trace, (v) => v.logs);
  }

  private draw(now: number, final: boolean): string {
    const { width, height } = this.options.size();
    const lines = frame(this.trace, { width, height, now, final, desc: this.options.desc, color: this.options.color });
    return this.screen.draw(lines, width);
  }
}
