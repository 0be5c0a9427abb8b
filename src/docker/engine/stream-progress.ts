/**
 * Renders the Engine API's JSON progress stream (pull, push, build) the way the docker CLI does.
 * In a terminal every layer keeps one line that is rewritten in place with cursor moves; elsewhere
 * only status lines are printed, never bars. Pure: messages in, text out.
 */

export interface ProgressDetail {
  current?: number;
  total?: number;
  units?: string;
  hidecounts?: boolean;
}

export interface JsonMessage {
  id?: string;
  status?: string;
  stream?: string;
  progress?: string;
  progressDetail?: ProgressDetail;
  error?: string;
  errorDetail?: { code?: number; message?: string };
  aux?: unknown;
}

export interface RenderOptions {
  tty: boolean;
  /** Terminal width: docker draws the bar only when it is wider than 110 columns. */
  width?: number;
}

const CLEAR_LINE = '\x1b[2K';
const cursorUp = (n: number) => (n > 0 ? `\x1b[${n}A` : '');
const cursorDown = (n: number) => (n > 0 ? `\x1b[${n}B` : '');

export class ProgressRenderer {
  /** Layer id -> its line, counted from the first progress line; the cursor sits on the line below the last. */
  private lines = new Map<string, number>();

  constructor(private readonly options: RenderOptions) {}

  render(message: JsonMessage): string {
    if (message.aux !== undefined || message.errorDetail || message.error) return '';
    const tty = this.options.tty;
    let out = '';
    let diff = 0;
    if (message.id && (message.progressDetail !== undefined || message.progress)) {
      let line = this.lines.get(message.id);
      if (line === undefined) {
        line = this.lines.size;
        this.lines.set(message.id, line);
        if (tty) out += '\n';
      }
      diff = this.lines.size - line;
      if (tty) out += cursorUp(diff);
    } else {
      // Something that is not a layer line: later layers (pull -a, the next tag) start a fresh block.
      this.lines = new Map();
    }
    out += this.display(message);
    if (message.id && tty) out += cursorDown(diff);
    return out;
  }

  private display(message: JsonMessage): string {
    const tty = this.options.tty;
    const bar = message.progressDetail === undefined ? undefined : formatProgress(message.progressDetail, this.options.width ?? 200);
    let out = '';
    let endl = '';
    if (tty && !message.stream && bar !== undefined) {
      out += `${CLEAR_LINE}\r`;
      endl = '\r';
    } else if (bar) {
      return '';
    }
    if (message.id) out += `${message.id}: `;
    const status = message.status ?? '';
    if (bar !== undefined && tty) return `${out}${status} ${bar}${endl}`;
    if (message.progress) return `${out}${status} ${message.progress}${endl}`;
    if (message.stream) return `${out}${message.stream}${endl}`;
    return `${out}${status}${endl}\n`;
  }
}

/** docker's JSONProgress.String(): `[=====>     ] 1.2MB/3.4MB`, the bar only on wide terminals. */
export function formatProgress(detail: ProgressDetail, width: number): string {
  const current = detail.current ?? 0;
  const total = detail.total ?? 0;
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return detail.units ? `${current} ${detail.units}` : humanSize(current).padStart(8);
  const percentage = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
  const bar = width > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] ` : '';
  if (detail.hidecounts) return bar;
  if (detail.units) return `${bar}${current}/${total} ${detail.units}`;
  const numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  return bar + numbers;
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units' HumanSize: decimal units and four significant digits (`2.048kB`, `12.35MB`, `512B`). */
export function humanSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < UNITS.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return `${Number(size.toPrecision(4))}${UNITS[unit]}`;
}
