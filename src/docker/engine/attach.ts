/**
 * The terminal side of `run` and `exec`: copying the container's output to our streams (demultiplexed
 * when there is no TTY), feeding stdin in, raw mode for `-it`, following the terminal's size, and
 * passing Ctrl-C on to the container when the terminal is not in raw mode.
 */
import type { Duplex, Readable, Writable } from 'node:stream';
import { DocktutorError } from '../../errors.js';
import { containerMessages } from '../../i18n/containers.js';
import type { CommandContext } from '../commands/types.js';
import { wrapText } from '../../terminal/wrap.js';
import { drained } from '../commands/write-through.js';
import { createDemuxer } from './demux.js';

export interface PumpOptions {
  tty: boolean;
  stdout: CommandContext['stdout'];
  stderr: CommandContext['stderr'];
  /** Given with -i: its bytes go to the container, and its end closes the container's stdin. */
  stdin?: CommandContext['stdin'] | undefined;
}

/**
 * Resolves when the container has closed its output (its process ended) or the connection dropped.
 * Backpressure both ways: a target that cannot take more (a slow terminal or pipe) pauses the
 * container's output until it drains, and a container not reading its stdin pauses ours, so neither
 * side's output piles up in memory.
 */
export function pumpStreams(stream: Readable | Duplex, options: PumpOptions): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    /** Pauses `source` until `target` drains (or closes); several targets may hold it at once. */
    const hold = (source: Readable, target: Writable, held: Set<Writable>) => {
      if (held.has(target)) return;
      held.add(target);
      source.pause();
      void drained(target).then(() => {
        held.delete(target);
        if (!done && held.size === 0) source.resume();
      });
    };
    const holdingOutput = new Set<Writable>();
    const send = (target: Writable, chunk: Buffer) => void (target.write(chunk) || hold(stream, target, holdingOutput));
    const write = options.tty ? (chunk: Buffer) => send(options.stdout, chunk) : createDemuxer((kind, payload) => send(kind === 'stderr' ? options.stderr : options.stdout, payload));
    stream.on('data', write);
    const stdin = options.stdin;
    const holdingInput = new Set<Writable>();
    const forward = (chunk: Buffer) => void ((stream as Duplex).write(chunk) || (stdin && hold(stdin, stream as Duplex, holdingInput)));
    // Half-close: the container sees end-of-file on its stdin and can still answer.
    const close = () => void (stream as Duplex).end();
    if (stdin) {
      stdin.on('data', forward);
      stdin.once('end', close);
      stdin.resume();
    }
    const finish = () => {
      if (done) return;
      done = true;
      stream.off('data', write);
      if (stdin) {
        stdin.off('data', forward);
        stdin.off('end', close);
        stdin.pause();
      }
      resolve();
    };
    stream.once('end', finish);
    stream.once('close', finish);
    stream.once('error', finish);
  });
}

const nothing = () => undefined;

/** Like the docker CLI: `-it` needs a terminal to read keys from, checked before anything is created. */
export function requireTerminal(stdin: CommandContext['stdin']): void {
  const m = containerMessages();
  if (!stdin.isTTY) throw new DocktutorError('needs-terminal', m.notATerminal, { hint: m.notATerminalHint });
}

/** Puts a terminal stdin in raw mode (keys go to the container as typed); returns the undo. */
export function enterRawMode(stdin: CommandContext['stdin']): () => void {
  if (!stdin.isTTY || !stdin.setRawMode) return nothing;
  stdin.setRawMode(true);
  return () => void stdin.setRawMode?.(false);
}

/** Tells the container our terminal's size now and whenever it changes; returns the stop. */
export function followTerminalSize(stdout: CommandContext['stdout'], resize: (size: { h: number; w: number }) => Promise<unknown>): () => void {
  if (!stdout.isTTY) return nothing;
  const send = () => {
    const w = stdout.columns;
    const h = (stdout as { rows?: number }).rows;
    // The container may already be gone; a late resize has nothing to report.
    if (w && h) resize({ h, w }).catch(nothing);
  };
  send();
  process.on('SIGWINCH', send);
  return () => void process.off('SIGWINCH', send);
}

/**
 * Ctrl-C while a container runs in the foreground: the first one is passed to the container (like the
 * docker CLI's signal proxy), the second kills it, since a shell as PID 1 ignores SIGINT.
 */
export function forwardInterrupts(kill: (signal: string) => Promise<unknown>, stderr: CommandContext['stderr']): () => void {
  let count = 0;
  const onInterrupt = () => {
    count += 1;
    // The terminal echoed ^C where the cursor was: every interrupt ends that line.
    // The first time, also the way not to wait for a container at all.
    // Wrapped at spaces to the terminal: a raw line would break the tip's commands mid-word.
    const columns = (stderr as { columns?: number }).columns;
    const text = `${containerMessages().interrupted}\n${containerMessages().backgroundTip}`;
    stderr.write(count === 1 ? `\n${columns ? wrapText(text, columns) : text}\n` : '\n');
    kill(count === 1 ? 'SIGINT' : 'SIGKILL').catch(nothing);
  };
  process.on('SIGINT', onInterrupt);
  return () => void process.off('SIGINT', onInterrupt);
}
