/**
 * Watch mode for an edit step, as rustlings' watch mode: the checks run at once and again after every
 * save in the practice folder (saves close together count once), and the list of checks is redrawn in
 * place as each one turns green or red, until all pass or the learner presses q. One run at a time: a
 * save during a run starts one more run when it ends.
 */
import { DocktutorError } from '../../errors.js';
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import type { EditCheckResult } from '../../steps/edit/judge.js';
import { renderCheckList } from './check-list.js';
import { loadRenderer } from './renderer.js';
import type { Session } from './session.js';

export type WatchEnd = 'passed' | 'left';

/** Saves closer together than this are one save (editors write a file in several steps). */
const DEBOUNCE_MS = 60;

export async function watchChecks(session: Session, lesson: Lesson, step: number, folder: string): Promise<WatchEnd> {
  const m = learnStepMessages();
  const renderer = await loadRenderer();
  const { io } = session;
  const tty = io.stdout.isTTY === true;
  const placeholders = placeholderValues(session.live.env);
  let drawn = 0;
  const draw = (results: readonly EditCheckResult[], error?: string) => {
    const rows = (io.stdout as { rows?: number }).rows ?? 24;
    const lines = renderCheckList(results, {
      columns: session.columns(),
      color: session.color,
      prose: (text, columns) => renderer.renderStepNote(text, { columns, color: session.color.level > 0, placeholders }),
      pending: m.checking,
      maxLines: Math.max(rows - 3, 4),
    });
    if (error) lines.push(`  ${session.color.red(error)}`);
    // Back to the top of the last list and clear below it; without a terminal, lists simply follow.
    const up = tty && drawn > 0 ? `\x1b[${drawn}A\r\x1b[J` : '';
    io.stdout.write(`${up}${lines.join('\n')}\n`);
    drawn = lines.length;
  };

  session.say(session.color.dim(m.watching));
  return new Promise<WatchEnd>((resolve, reject) => {
    let running = false;
    let again = false;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    let stopWatching: (() => Promise<void>) | undefined;
    const keys = listenForKeys(io.stdin, (key) => {
      if (key === 'interrupt') finish(undefined, Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' }));
      else finish('left');
    });
    const finish = (end: WatchEnd | undefined, error?: unknown) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      keys.stop();
      void (stopWatching?.() ?? Promise.resolve()).finally(() => (error ? reject(error) : resolve(end!)));
    };
    const run = async () => {
      if (finished) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const outcome = await session.tools.checkEditStep(lesson, step, session.live, (results) => finished || draw(results));
        if (!finished) draw(outcome.results);
        if (outcome.passed) finish('passed');
      } catch (error) {
        if (!(error instanceof DocktutorError)) return finish(undefined, error);
        if (!finished) draw([], error.message);
      } finally {
        running = false;
        if (again && !finished) {
          again = false;
          void run();
        }
      }
    };
    const saved = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void run(), DEBOUNCE_MS);
    };
    session.tools
      .watchFolder(folder, saved)
      .then((stop) => {
        stopWatching = stop;
        if (finished) void stop();
        else void run();
      })
      .catch((error: unknown) => finish(undefined, error));
  });
}

/** q, Escape or Enter leave; Ctrl-C interrupts (the flow saves and exits). Keys are read raw, one by one. */
function listenForKeys(stdin: Session['io']['stdin'], onKey: (key: 'leave' | 'interrupt') => void): { stop: () => void } {
  if (!stdin.isTTY || !stdin.setRawMode) return { stop: () => undefined };
  const raw = stdin as NodeJS.ReadStream;
  raw.setRawMode(true);
  const onData = (chunk: Buffer | string) => {
    const text = String(chunk);
    if (text.includes('\x03')) onKey('interrupt');
    else if (/^(q|Q|\x1b|\r|\n)$/.test(text)) onKey('leave');
  };
  raw.on('data', onData);
  raw.resume();
  return {
    stop: () => {
      raw.off('data', onData);
      raw.setRawMode(false);
      raw.pause();
    },
  };
}
