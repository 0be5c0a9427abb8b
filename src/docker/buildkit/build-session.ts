/**
 * One BuildKit build as the docker CLI shows it, fed with the JSON messages of `POST /build?version=2`
 * as they arrive: progress goes to the screen (plain lines, the live view, or nothing with -q) while a
 * plain copy is kept for lesson checks; at the end come the failed steps' output, the Dockerfile lines
 * of the failed instruction and `ERROR: failed to solve: ...`. The caller writes what `write` gets
 * (the docker CLI writes BuildKit progress to stderr) and calls `tick` while nothing arrives.
 */
import type { BuildJsonMessage } from './build-messages.js';
import { readBuildMessage } from './build-messages.js';
import type { ProgressMode } from './choose-builder.js';
import { formatFailure, formatSourceExcerpt } from './error-report.js';
import { PlainDisplay, type ProgressDisplay, TtyDisplay } from './progress-display.js';
import { summarizeBuild, type BuildSummary } from './summarize.js';

export interface SessionOptions {
  mode: ProgressMode;
  /** The builder's name as docker shows it: `default`, or the docker context's name. */
  builderName: string;
  size: () => { width: number; height: number };
  color: boolean;
  /** `screen` goes to the terminal, `plain` into the kept copy. */
  write: (screen: string, plain: string) => void;
  /** For the source excerpt of a failed step: the Dockerfile's text and the name docker shows for it. */
  dockerfile?: { text: string; name: string };
  now?: () => number;
}

export interface SessionResult {
  summary: BuildSummary;
  imageId?: string;
  /** The daemon's reason, when the build failed. */
  failure?: { message: string; code?: number };
}

export class BuildSession {
  private readonly screen: ProgressDisplay | undefined;
  /** The plain rendering kept for lesson checks, drawn from the same messages. */
  private readonly copy: PlainDisplay;
  private readonly now: () => number;
  private imageId: string | undefined;
  private failure: { message: string; code?: number } | undefined;

  constructor(private readonly options: SessionOptions) {
    this.now = options.now ?? Date.now;
    const desc = `building with "${options.builderName}" instance using docker driver`;
    this.copy = new PlainDisplay(desc);
    if (options.mode === 'tty') this.screen = new TtyDisplay({ size: options.size, desc: `docker:${options.builderName}`, color: options.color });
    else if (options.mode === 'plain') this.screen = this.copy;
  }

  onMessage(json: BuildJsonMessage): void {
    const message = readBuildMessage(json);
    if (message.kind === 'status') {
      const now = this.now();
      const plain = this.copy.update(message.status, now);
      const screen = this.screen === this.copy ? plain : (this.screen?.update(message.status, now) ?? '');
      this.options.write(screen, this.options.mode === 'quiet' ? '' : plain);
    } else if (message.kind === 'image') this.imageId = message.id;
    else if (message.kind === 'error') this.failure ??= { message: message.message, ...(message.code !== undefined ? { code: message.code } : {}) };
  }

  /** Redraws in the quiet moments (the tty clock moves on; plain output catches up). */
  tick(): void {
    const now = this.now();
    const plain = this.copy.refresh(now);
    const screen = this.screen === this.copy ? plain : (this.screen?.refresh(now) ?? '');
    this.options.write(screen, this.options.mode === 'quiet' ? '' : plain);
  }

  /** buildx's closing list of the build's warnings (Dockerfile lint rules and the like). */
  private warningSummary(): string {
    const warnings = this.copy.trace.warnings;
    if (warnings.length === 0 || this.options.mode === 'quiet') return '';
    const count = warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`;
    const heading = `${count} (use docker --debug to expand):\n`;
    const coloured = this.options.mode === 'tty' && this.options.color ? `\x1b[33m${heading}\x1b[0m` : heading;
    return `\n ${coloured}${warnings.map((w) => ` - ${w.short}\n`).join('')}`;
  }

  finish(): SessionResult {
    const now = this.now();
    const plain = this.copy.done(now);
    const screen = this.screen === this.copy ? plain : (this.screen?.done(now) ?? '');
    let end = this.warningSummary();
    if (this.failure) {
      const failed = this.copy.trace.started.find((v) => v.vertex.error);
      const { dockerfile } = this.options;
      const excerpt = failed && dockerfile ? formatSourceExcerpt(dockerfile.text, dockerfile.name, failed.name) : undefined;
      end = `${excerpt ?? ''}${formatFailure(this.failure.message)}\n`;
    }
    // Quiet hides the progress and the warnings, not the reason a build failed.
    this.options.write(screen + end, (this.options.mode === 'quiet' ? '' : plain) + end);
    return {
      summary: summarizeBuild(this.copy.trace),
      ...(this.imageId ? { imageId: this.imageId } : {}),
      ...(this.failure ? { failure: this.failure } : {}),
    };
  }
}
