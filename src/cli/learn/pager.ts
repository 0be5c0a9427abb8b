/**
 * A step taller than the terminal, a screen at a time: each page starts with the step's header (the
 * lesson, "Step N/M", the step's title), so the learner always sees where they are and never scrolls
 * back. Pages are printed one after another, as `more` does, so the scrollback keeps the whole step.
 * The last page leaves room under it for the prompt that follows. A step that fits the screen is not
 * paged at all, even if the prompt under it then scrolls its first lines up: it was seen whole.
 */
import { emitKeypressEvents } from 'node:readline';
import type { Lang } from '../../i18n/index.js';
import { pagerMessages } from '../../i18n/pager.js';
import { columnsOf, truncateColumns } from '../../terminal/width.js';
import type { Io } from './tools.js';
import { waitingForTheLearner } from '../../terminal/waiting.js';

/** Lines the action prompt under a step takes (its question, up to five actions, its key help). */
const PROMPT_LINES = 8;

export interface PageOptions {
  lang: Lang;
  /** Lines to leave free under the last page (default: room for the action prompt). */
  reserve?: number;
  dim?: (text: string) => string;
}

type Move = 'next' | 'back' | 'end';

/** Prints `text` (a rendered step: header lines, a blank line, the body), paged when it is taller than the terminal. */
export async function printPaged(io: Io, text: string, options: PageOptions): Promise<void> {
  const out = io.stdout as Io['stdout'] & { rows?: number };
  // As session.print: the text and a newline (a rendered step ends in one already, so a blank line follows).
  const lines = text.split('\n');
  const rows = out.rows ?? 0;
  const reserve = options.reserve ?? PROMPT_LINES;
  const split = lines.indexOf('');
  const header = split < 0 ? [] : lines.slice(0, split);
  const body = split < 0 ? lines : lines.slice(split);
  const page = rows - header.length - 1;
  const last = rows - header.length - reserve;
  if (!out.isTTY || !io.stdin.isTTY || rows === 0 || lines.length < rows || last < 3) {
    out.write(`${text}\n`);
    return;
  }
  const m = pagerMessages(options.lang);
  const dim = options.dim ?? ((line: string) => line);
  const show = (lines: string[]): void => {
    out.write(`${[...header, ...lines].join('\n')}\n`);
  };
  let top = 0;
  for (;;) {
    // The rest fits with the prompt under it: the last page, no key to wait for. Moving on starts the
    // next page where this one ended, so no line of the body is printed twice on the way down.
    if (body.length - top <= last) return show(body.slice(top));
    const shown = keepBoxesWhole(body.slice(top, top + page));
    show(shown);
    const from = top + 1;
    const to = top + shown.length;
    // The rest of the step fits on this page, but not with the prompt under it: the key only goes on,
    // and the prompt follows this page instead of a reprint of its last lines.
    const atEnd = to >= body.length;
    const width = out.columns || 80;
    const long = (atEnd ? m.end : m.footer)(from, to, body.length);
    const short = (atEnd ? m.endShort : m.short)(from, to, body.length);
    out.write(dim(truncateColumns(columnsOf(long) <= width ? long : short, width)));
    const move = await readMove(io.stdin);
    // The footer gives way to the next page.
    out.write('\r\u001b[2K');
    if (atEnd && move !== 'back') return;
    // To the end: the whole rest at once, skipping nothing, so the scrollback still holds the whole step.
    if (move === 'end') return show(body.slice(to));
    top = move === 'next' ? to : Math.max(0, top - page);
  }
}

/**
 * A page that would end inside a box (a try step's command, a table) ends before the box instead, so
 * that the box is read whole on the next page, under the header, not cut by it. A box taller than a
 * page, or one the page starts with, is cut as any text.
 */
function keepBoxesWhole(lines: string[]): string[] {
  const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '').trimStart();
  const opened = lines.findLastIndex((line) => plain(line).startsWith('┌'));
  if (opened <= 0 || lines.slice(opened).some((line) => plain(line).startsWith('└'))) return lines;
  return lines.slice(0, opened);
}

/** One key, read raw: Space, Enter, f, j, ↓ or PageDown for more; b, k, ↑ or PageUp to go back; q or Esc for the end. */
function readMove(stdin: Io['stdin']): Promise<Move> {
  waitingForTheLearner();
  emitKeypressEvents(stdin);
  const wasRaw = (stdin as { isRaw?: boolean }).isRaw ?? false;
  stdin.setRawMode?.(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    const onKey = (sequence: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      const name = key?.name ?? sequence;
      let move: Move | undefined;
      if (key?.ctrl && (name === 'c' || name === 'd')) {
        finish();
        reject(new PagerExit());
        return;
      }
      if (name === 'space' || name === 'return' || name === 'enter' || name === 'f' || name === 'j' || name === 'down' || name === 'pagedown') move = 'next';
      else if (name === 'b' || name === 'k' || name === 'up' || name === 'pageup') move = 'back';
      else if (name === 'q' || name === 'escape' || name === 'end') move = 'end';
      if (move === undefined) return;
      finish();
      resolve(move);
    };
    const finish = () => {
      stdin.removeListener('keypress', onKey);
      stdin.setRawMode?.(wasRaw);
      stdin.pause();
    };
    stdin.on('keypress', onKey);
  });
}

/** Ctrl-C while paging ends the flow as Ctrl-C at a prompt does (the flows know it by this name). */
class PagerExit extends Error {
  constructor() {
    super('paging interrupted');
    this.name = 'ExitPromptError';
  }
}
