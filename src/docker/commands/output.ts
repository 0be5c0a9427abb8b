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

  err(text: string): void {
    if (!text) return;
    this.context.stderr.write(text);
    this.kept.push(text);
  }

  get text(): string {
    return this.kept.join('');
  }
}
