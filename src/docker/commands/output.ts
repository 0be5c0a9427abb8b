/**
 * Writes a command's output to the context's streams and keeps a plain copy for lesson checks:
 * the copy is what a non-terminal would have shown, without cursor moves or bars.
 */
import type { CommandContext } from './types.js';

export class CommandOutput {
  private readonly kept: string[] = [];

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
    if (plain) this.kept.push(plain);
  }

  /** Writes `text` to stderr and keeps `plain` (BuildKit's live view draws there, as docker draws it). */
  err(text: string, plain: string = text): void {
    if (text) this.context.stderr.write(text);
    if (plain) this.kept.push(plain);
  }

  /** Whether stderr is a terminal, and its size (the docker CLI draws BuildKit's progress there). */
  get errTerminal(): { tty: boolean; width: number; height: number } {
    const stderr = this.context.stderr as { isTTY?: boolean; columns?: number; rows?: number };
    return { tty: stderr.isTTY === true, width: stderr.columns || this.context.stdout.columns || 80, height: stderr.rows || 10 };
  }

  get text(): string {
    return this.kept.join('');
  }
}
