/**
 * The lines of the practice prompt in a terminal. One readline interface serves command after command:
 * it keeps its history, its line typed so far and its place on the screen, and the next prompt costs a
 * redraw, not a new interface. While a command runs, the terminal is in its normal (cooked) mode, as at
 * a shell: Ctrl-C reaches the command as SIGINT, and keys typed meanwhile wait in the terminal. A command
 * that reads the terminal itself (`run -it`, `login`'s questions, a confirmation) asks for it with
 * `handOver()`: the interface closes, as readline must for someone else to read raw keys, and the next
 * prompt opens a new one with the same history and the unfinished line.
 *
 * Lines typed or pasted ahead (twenty `ps -a` at once, or typed while a command still runs) reach the
 * interface together: they wait in a queue and run in order, each shown after the prompt as if typed there.
 */
import { createInterface, type Interface } from 'node:readline';
import { decodeKeysForEditing } from '../terminal/decode-keys.js';
import { writeAsOne } from '../terminal/one-write.js';
import type { Io } from '../app/context.js';
import { waitingForTheLearner } from '../terminal/waiting.js';

export const CANCELLED = Symbol('cancelled');
export type NextLine = string | typeof CANCELLED | undefined;

/** What node:readline keeps on the interface and docktutor reads or resets (not in its typings). */
interface ReadlineState {
  line: string;
  cursor: number;
  history: string[];
  historyIndex: number;
  prevRows?: number;
  _writeToOutput: (text: string) => void;
  _refreshLine: () => void;
  getCursorPos: () => { rows: number; cols: number };
}

export class TerminalLines {
  private rl: (Interface & ReadlineState) | undefined;
  private history: string[] = [];
  /** The unfinished line of an interface that was closed for a command, typed again into the next one. */
  private partial = '';
  private readonly ahead: string[] = [];
  private waiting: ((line: NextLine) => void) | undefined;
  /** Between a line and the next prompt: readline echoes nothing (the rest of a paste shows at its own prompt). */
  private busy = false;
  private ended = false;

  constructor(
    private readonly input: Io['stdin'],
    private readonly output: Io['stdout'],
    private readonly prompt: string,
  ) {}

  /** The next line, CANCELLED for Ctrl-C, or undefined at the end of input (Ctrl-D). */
  next(): Promise<NextLine> {
    const queued = this.ahead.shift();
    if (queued !== undefined) {
      this.output.write(`${this.prompt}${queued}\n`);
      return Promise.resolve(queued);
    }
    if (this.ended) return Promise.resolve(undefined);
    waitingForTheLearner();
    const fresh = this.rl === undefined;
    const rl = (this.rl ??= this.open());
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.busy = false;
      // A new interface has just turned raw mode on; a kept one turns it back on after the command.
      if (!fresh) this.input.setRawMode?.(true);
      // readline draws the prompt in several writes.
      writeAsOne(this.output);
      rl.prompt();
      if (fresh && this.partial !== '') rl.write(this.partial);
      this.partial = '';
    });
  }

  /** For a command that reads the terminal itself: closes the interface (raw mode off) and returns the input. */
  handOver(): Io['stdin'] {
    const rl = this.rl;
    if (rl) {
      this.history = [...rl.history];
      this.partial = rl.line;
      this.rl = undefined;
      rl.close();
    }
    return this.input;
  }

  close(): void {
    const rl = this.rl;
    this.rl = undefined;
    rl?.close();
  }

  private open(): Interface & ReadlineState {
    decodeKeysForEditing(this.input);
    const theirs = new Set(this.output.listeners('resize'));
    const rl = createInterface({ input: this.input, output: this.output, terminal: true, history: this.history, historySize: 500, removeHistoryDuplicates: true, prompt: this.prompt }) as Interface & ReadlineState;
    // node:readline redraws its line at every resize, even while a command runs (clearing the command's
    // last line of output), and goes up as many rows as the line took before the terminal reflowed it.
    for (const listener of this.output.listeners('resize')) if (!theirs.has(listener)) this.output.removeListener('resize', listener as () => void);
    const onResize = () => {
      if (this.busy || this.rl !== rl) return;
      // The terminal has reflowed the line to the new width: the cursor's row in it is counted at that width.
      rl.prevRows = rl.getCursorPos().rows;
      rl._refreshLine();
    };
    this.output.on('resize', onResize);
    rl.on('close', () => this.output.removeListener('resize', onResize));
    const write = rl._writeToOutput;
    rl._writeToOutput = (text) => {
      if (!this.busy) write.call(rl, text);
    };
    rl.on('line', (line) => {
      const waiting = this.take();
      if (!waiting) {
        this.ahead.push(line);
        return;
      }
      // The command runs with the terminal as a shell leaves it, and no keys are read until the next prompt.
      this.busy = true;
      rl.pause();
      this.input.setRawMode?.(false);
      waiting(line);
    });
    rl.on('SIGINT', () => {
      const waiting = this.take();
      if (!waiting) return;
      this.output.write('^C\n');
      this.ahead.length = 0;
      Object.assign(rl, { line: '', cursor: 0, historyIndex: -1 });
      rl.pause();
      waiting(CANCELLED);
    });
    rl.on('close', () => {
      if (this.rl !== rl) return; // closed by handOver()
      this.rl = undefined;
      this.ended = true;
      const waiting = this.take();
      // Ctrl-D at the prompt: what comes next starts on a line of its own, as after a shell's `exit`.
      if (waiting) this.output.write('\n');
      waiting?.(undefined);
    });
    return rl;
  }

  private take(): ((line: NextLine) => void) | undefined {
    const waiting = this.waiting;
    this.waiting = undefined;
    return waiting;
  }
}
