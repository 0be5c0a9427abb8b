/**
 * Writes a command's output to the context's streams and keeps a plain copy for lesson checks:
 * the copy is what a non-terminal would have shown, without cursor moves or bars.
 */
import type { CommandContext } from './types.js';

/**
 * How much of what a command printed is kept for lesson checks and the result: a container that prints
 * without end (`yes`) or a pull that never finishes is shown all the same, but only this much of it is
 * held in memory (in characters here, in bytes for the raw copy in execute.ts).
 */
export const MAX_KEPT_OUTPUT_BYTES = 8 * 1024 * 1024;

export class CommandOutput {
  private readonly kept: string[] = [];
  private size = 0;

  constructor(private readonly context: Pick<CommandContext, 'stdout' | 'stderr'>) {}

  get tty(): boolean {
    return this.context.stdout.isTTY === true;
  }

  get width(): number {
    return this.context.stdout.columns ?? 80;
  }

  /** Writes `text` to stdout and keeps `plain` (the same text unless it draws on the terminal). */
  out(text: string, plain: string = text): void {
    if (text) this.context.stdout.write(text);
    this.keep(plain);
  }

  /** Writes `text` to stderr and keeps `plain` (BuildKit's live view draws there, as docker draws it). */
  err(text: string, plain: string = text): void {
    if (text) this.context.stderr.write(text);
    this.keep(plain);
  }

  /** Whether stderr is a terminal, and its size (the docker CLI draws BuildKit's progress there). */
  get errTerminal(): { tty: boolean; width: number; height: number } {
    const stderr = this.context.stderr as { isTTY?: boolean; columns?: number; rows?: number };
    return { tty: stderr.isTTY === true, width: stderr.columns || this.context.stdout.columns || 80, height: stderr.rows || 10 };
  }

  private keep(plain: string): void {
    if (!plain || this.size >= MAX_KEPT_OUTPUT_BYTES) return;
    const part = plain.slice(0, MAX_KEPT_OUTPUT_BYTES - this.size);
    this.kept.push(part);
    this.size += part.length;
  }

  get text(): string {
    return this.kept.join('');
  }
}
