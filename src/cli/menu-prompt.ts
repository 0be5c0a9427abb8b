/**
 * A short menu (a step's "What next?", a prediction's options): Inquirer's select as the learner knows
 * it (the same look and keys: arrows that wrap around, a number to jump to an option, the first letters
 * of one to find it, Enter to choose, Ctrl-C to leave), drawn here in one write per key. Inquirer's
 * select builds a readline interface, a hook engine and a pager for every menu and wraps each line at
 * every draw; the step menu comes up after every command a learner runs, between the daemon's answer
 * and the next key. Menus longer than a screen page, and judged quiz answers, stay with Inquirer.
 */
import { emitKeypressEvents } from 'node:readline';
import { columnsOf } from '../terminal/width.js';
import { loadCore } from './inquirer.js';
import type { PromptContext } from './prompts.js';
import { waitingForTheLearner } from '../terminal/waiting.js';

export interface MenuChoice<T> {
  /** As drawn in the list (may hold line breaks, laid out by the caller). */
  name: string;
  /** As drawn on the answered line. */
  short: string;
  value: T;
}

export interface MenuConfig<T> {
  /** The question, laid out by the caller. */
  message: string;
  choices: readonly MenuChoice<T>[];
  default?: T;
  prefix: { idle: string; done: string };
  /** The key help under the list: Inquirer's, or the caller's in another language. */
  keysHelpTip?: (keys: [string, string][]) => string;
}

interface Key {
  name?: string;
  ctrl?: boolean;
  meta?: boolean;
  sequence?: string;
}
interface Keys extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
/** Typed digits and letters add up for this long, as in Inquirer's select. */
const TYPING_PAUSE_MS = 700;

type Core = typeof import('@inquirer/core');
type Style = ReturnType<Core['makeTheme']>['style'];
let core: Core | undefined;
// Inquirer's default theme and the key help drawn with it, made once: a menu comes up after every command.
let menuStyle: Style | undefined;
let defaultHelp: string | undefined;
const KEYS: [string, string][] = [
  ['↑↓', 'navigate'],
  ['⏎', 'select'],
];

export function askMenu<T>(config: MenuConfig<T>, context: PromptContext = {}): Promise<T> {
  waitingForTheLearner();
  core ??= loadCore();
  const style = (menuStyle ??= core.makeTheme().style);
  const { ExitPromptError, AbortPromptError } = core;
  const input = (context.input ?? process.stdin) as Keys;
  const output = (context.output ?? process.stdout) as NodeJS.WritableStream & { columns?: number };
  const { choices } = config;
  // Inquirer's select draws its key help so: the key in bold (its message style), what it does dim, dim bullets between.
  const help = config.keysHelpTip ? config.keysHelpTip(KEYS) : (defaultHelp ??= KEYS.map(([key, action]) => `${style.message(key, 'idle')} ${style.help(action)}`).join(style.help(' • ')));
  const message = style.message(config.message, 'idle');
  let active = Math.max(choices.findIndex((choice) => choice.value === config.default), 0);
  let typed = '';
  let typing: NodeJS.Timeout | undefined;
  // Rows the last draw took, to get back to its first row.
  let drawnRows = 0;
  let drawnText = '';
  const rowsOf = (text: string) => {
    const width = Math.max(output.columns || 80, 1);
    return text.split('\n').reduce((rows, line) => rows + Math.max(Math.ceil(columnsOf(line) / width), 1), 0);
  };

  /** `text` from the first row of the last draw; `cursor`: the cursor's escape after it (it takes no room). */
  const draw = (text: string, cursor: string) => {
    const back = drawnRows > 1 ? `\x1b[${drawnRows - 1}A` : '';
    drawnRows = rowsOf(text);
    drawnText = text;
    output.write(`${back}\r\x1b[J${text}${cursor}`);
  };
  const list = () => {
    const items = choices.map((choice, index) => (index === active ? style.highlight(`❯ ${choice.name}`) : `  ${choice.name}`));
    draw([`${config.prefix.idle} ${message}`, ...items, ' ', help].join('\n').trimEnd(), HIDE_CURSOR);
  };

  return new Promise<T>((resolve, reject) => {
    const wasRaw = (input as { isRaw?: boolean }).isRaw === true;
    const finish = (settle: () => void, answered?: string) => {
      clearTimeout(typing);
      input.removeListener('keypress', onKey);
      output.removeListener('resize', onResize);
      context.signal?.removeEventListener('abort', onAbort);
      if (!wasRaw) input.setRawMode?.(false);
      input.pause();
      draw(`${answered ?? `${config.prefix.idle} ${message}`}\n`, SHOW_CURSOR);
      settle();
    };
    const onAbort = () => finish(() => reject(new AbortPromptError({ cause: context.signal?.reason })));
    // The terminal has reflowed the drawn menu to its new width: its rows are counted at that width.
    const onResize = () => {
      drawnRows = rowsOf(drawnText);
      list();
    };
    const jumpTo = (found: number) => {
      if (found !== -1) active = found;
    };
    const onKey = (_text: string | undefined, key: Key = {}) => {
      if (key.ctrl && (key.name === 'c' || key.name === 'd')) {
        finish(() => reject(new ExitPromptError(`User force closed the prompt with ${key.name === 'c' ? 'SIGINT' : '0 null'}`)));
        return;
      }
      if (key.name === 'return' || key.name === 'enter') {
        const chosen = choices[active]!;
        finish(() => resolve(chosen.value), `${config.prefix.done} ${style.message(config.message, 'done')} ${style.answer(chosen.short)}`);
        return;
      }
      clearTimeout(typing);
      if (key.name === 'up' || key.name === 'down') {
        typed = '';
        active = (active + (key.name === 'up' ? -1 : 1) + choices.length) % choices.length;
      } else if (key.name === 'backspace') {
        typed = '';
      } else if (!key.ctrl && !key.meta && key.sequence && key.sequence.length === 1 && key.sequence >= ' ') {
        typed += key.sequence;
        // The first option that starts as typed; else digits pick an option by its place. A prediction's
        // options are often numbers (exit codes 0, 9, 137, 143): `137` typed is the option that reads 137.
        const named = choices.findIndex((choice) => choice.name.toLowerCase().startsWith(typed.toLowerCase()));
        if (named !== -1 || !/^\d+$/.test(typed)) jumpTo(named);
        else jumpTo(Number(typed) - 1 < choices.length ? Number(typed) - 1 : -1);
        typing = setTimeout(() => (typed = ''), TYPING_PAUSE_MS);
        typing.unref();
      }
      list();
    };
    if (context.signal?.aborted) {
      reject(new AbortPromptError({ cause: context.signal.reason }));
      return;
    }
    context.signal?.addEventListener('abort', onAbort);
    emitKeypressEvents(input);
    input.setRawMode?.(true);
    input.on('keypress', onKey);
    output.on('resize', onResize);
    input.resume();
    list();
  });
}
