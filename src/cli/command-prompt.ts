/**
 * The practice prompt of a try step: it starts empty, whatever the step's mode, so that a step is never
 * passed by pressing Enter twice. When the step shows its command (copy mode), Tab or Up fills it in,
 * ready to edit or run. Enter on an empty line goes back to the step's menu.
 *
 * It looks and answers like Inquirer's prompts around it (their theme, their errors on Ctrl-C), but is
 * node:readline alone: readline edits the line (arrows, Ctrl-A/E/W/U, Backspace) into a silent output,
 * and the prompt draws itself, its line and the key help under it in one write per key. Inquirer's render
 * cycle (hooks, a theme merged and every line wrapped at each key) sat between the learner's Enter and
 * the command running; here Enter goes straight to the command.
 */
import { createInterface, type Interface } from 'node:readline';
import { EventEmitter } from 'node:events';
import { columnsOf } from '../terminal/width.js';
import { wrapText } from '../terminal/wrap.js';
import { decodeKeysForEditing } from '../terminal/decode-keys.js';
import { loadCore } from './inquirer.js';
import type { PromptContext } from './prompts.js';
import { waitingForTheLearner } from '../terminal/waiting.js';

export interface CommandPromptConfig {
  message: string;
  /** The command Tab or Up fills in (copy mode); none in recall mode. */
  suggestion?: string;
  /** A dim line under the prompt: which keys do what. */
  help?: string;
}

type Core = typeof import('@inquirer/core');
type Style = ReturnType<Core['makeTheme']>['style'];
interface Terminal extends NodeJS.WritableStream {
  columns?: number;
}
interface Keys extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}
/** What node:readline keeps on the interface (not in its typings): the line being edited and the cursor in it. */
interface Editing {
  line: string;
  cursor: number;
}

let core: Core | undefined;
let style: Style | undefined;

export function askCommand(config: CommandPromptConfig, context: PromptContext = {}): Promise<string> {
  waitingForTheLearner();
  core ??= loadCore();
  // The style of Inquirer's prompts (bold message, cyan answer, dim help), made once.
  const theme = (style ??= core.makeTheme().style);
  const { ExitPromptError, AbortPromptError } = core;
  const output = (context.output ?? process.stdout) as Terminal;
  const input = (context.input ?? process.stdin) as Keys;
  const columns = () => Math.max(output.columns || 80, 1);
  const help = config.help ? theme.help(config.help) : '';
  const lead = `$ ${theme.message(config.message, 'idle')} `;
  const leadColumns = columnsOf(lead);

  return new Promise<string>((resolve, reject) => {
    // readline edits the line; what it would draw goes nowhere (it asks the width to lay out long lines).
    // Not a Writable: readline writes to it at every key, Enter included, and a stream's write costs a
    // callback and a tick each time for bytes that are dropped anyway.
    const silent = Object.defineProperty(Object.assign(new EventEmitter(), { write: () => true }), 'columns', { get: columns }) as unknown as NodeJS.WritableStream;
    decodeKeysForEditing(input);
    const rl = createInterface({ input, output: silent, terminal: true, historySize: 0, prompt: '' }) as Interface & Editing;
    // The row of the drawn prompt the cursor is on, to get back to its first row at the next draw.
    let cursorRow = 0;
    // The cursor's place in the prompt and its line, in columns from its start, at the last draw.
    let cursorAt = 0;
    let settled = false;

    /** Back to the prompt's first row, and everything from there cleared. */
    const fromStart = () => `${cursorRow > 0 ? `\x1b[${cursorRow}A` : ''}\r\x1b[J`;
    /** The prompt, its line and the help under it, with the cursor where readline has it in the line. */
    const redraw = () => {
      const width = columns();
      const { line, cursor } = rl;
      const lineColumns = leadColumns + columnsOf(line);
      // A line that ends at the right edge leaves the cursor there: the next row is the cursor's.
      const edge = lineColumns > 0 && lineColumns % width === 0;
      const lineRows = Math.floor(lineColumns / width) + 1;
      const at = leadColumns + columnsOf(line.slice(0, cursor));
      cursorAt = at;
      let text = `${fromStart()}${lead}${line}${edge ? '\n' : ''}`;
      cursorRow = Math.floor(at / width);
      if (help !== '') {
        // Wrapped at its spaces, as Inquirer wraps a prompt's lines.
        const below = wrapText(help, width);
        const up = lineRows - 1 + below.split('\n').length - cursorRow;
        text += `\n${below}\x1b[${up}A`;
      } else {
        text += lineRows - 1 > cursorRow ? `\x1b[${lineRows - 1 - cursorRow}A` : '';
      }
      output.write(`${text}\r${at % width > 0 ? `\x1b[${at % width}C` : ''}`);
    };

    /** The answered (or abandoned) line in place of the prompt, and the cursor under it. */
    const finish = (settle: () => void, shown: string) => {
      if (settled) return;
      settled = true;
      input.removeListener('keypress', onKey);
      output.removeListener('resize', onResize);
      context.signal?.removeEventListener('abort', onAbort);
      output.write(`${fromStart()}${lead}${shown}\n`);
      rl.close();
      settle();
    };
    const onKey = (_text: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
      if (settled) return;
      const value = rl.line;
      if ((key?.name === 'tab' || key?.name === 'up') && config.suggestion && value.trim() === '') {
        // Tab also reached readline as a character: the whole line becomes the suggestion.
        Object.assign(rl, { line: config.suggestion, cursor: config.suggestion.length });
      }
      redraw();
    };
    // The terminal has reflowed the drawn rows to its new width: the cursor's row is counted at that width.
    const onResize = () => {
      if (settled) return;
      cursorRow = Math.floor(cursorAt / columns());
      redraw();
    };
    const onAbort = () => finish(() => reject(new AbortPromptError({ cause: context.signal?.reason })), rl.line);

    rl.on('line', (line) => {
      const answer = line.trim();
      finish(() => resolve(answer), theme.answer(answer));
    });
    rl.on('SIGINT', () => finish(() => reject(new ExitPromptError('User force closed the prompt with SIGINT')), rl.line));
    // Ctrl-D on an empty line, or the input ending: as Inquirer's prompts, the learner has left.
    rl.on('close', () => finish(() => reject(new ExitPromptError('User force closed the prompt with 0 null')), rl.line));
    if (context.signal?.aborted) return onAbort();
    context.signal?.addEventListener('abort', onAbort);
    // After readline's own listener (added by createInterface): the line is already edited when this draws it.
    input.on('keypress', onKey);
    output.on('resize', onResize);
    redraw();
  });
}
