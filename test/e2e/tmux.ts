/**
 * A real pseudo-terminal for end-to-end tests: tmux on a private server socket, so tests never touch a
 * tmux the person running them uses, and each test's server is killed by its own socket name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

export class Terminal {
  readonly socket = `dt-e2e-${randomBytes(4).toString('hex')}`;
  private started = false;
  private socketPath: string | undefined;

  constructor(
    private readonly cwd: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { cwd: this.cwd, env: this.env, encoding: 'utf8' });
  }

  /** Runs `command` in a fresh window (100x40 unless told); the shell then prints its exit code and waits to be read. */
  start(command: string, size: { columns: number; rows: number } = { columns: 100, rows: 40 }): void {
    // Killing the last session makes the server exit; a new session asked for in that moment reaches a
    // server on its way out ("server exited unexpectedly"). Kill the server and start a fresh one instead,
    // asking again if the old one had not quite gone.
    if (this.started) spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
    for (let attempt = 0; ; attempt += 1) {
      try {
        this.tmux('new-session', '-d', '-s', 'main', '-x', String(size.columns), '-y', String(size.rows), `${command}; echo "EXIT=$?"; sleep 600`);
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        spawnSync('sleep', ['0.1']);
      }
    }
    this.started = true;
    this.socketPath ??= this.tmux('display-message', '-p', '#{socket_path}').trim();
  }

  /** The screen and the scrollback above it (`history` lines), wrapped lines joined. */
  screen(history = 200): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', `-${history}`, '-t', 'main');
  }

  /** Pastes `text` at once, as a terminal does (newlines sent as Enter). */
  paste(text: string): void {
    execFileSync('tmux', ['-L', this.socket, 'load-buffer', '-'], { cwd: this.cwd, env: this.env, input: text });
    this.tmux('paste-buffer', '-d', '-t', 'main');
  }

  /** What is on the screen now, row by row as the terminal shows it (no scrollback, no joining). */
  visible(): string[] {
    return this.tmux('capture-pane', '-p', '-t', 'main').replace(/\n$/, '').split('\n');
  }

  /** tmux key names: Enter, Up, Down, C-c, Space. */
  press(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (pattern.test(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the terminal never showed ${pattern} within ${timeoutMs} ms; it shows:\n${screen}`);
  }

  /** As waitFor, on what is on the screen now only (the scrollback may hold an earlier match). */
  async waitVisible(pattern: RegExp, timeoutMs = 30_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    let rows: string[] = [];
    while (Date.now() < deadline) {
      rows = this.visible();
      if (pattern.test(rows.join('\n'))) return rows;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the screen never showed ${pattern} within ${timeoutMs} ms; it shows:\n${rows.join('\n')}`);
  }

  /** As waitFor, pressing q ("to the end") whenever a step taller than the terminal waits at its pager. */
  async waitPastPager(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`the terminal never showed ${pattern} within ${timeoutMs} ms; it shows:\n${screen}`);
      // The footer under a page, in either language and either length ("Space: more", or "the end · Space:
      // go on" when the rest of the step is shown and only the prompt is left).
      const last = this.visible().filter((row) => row.trim() !== '').at(-1) ?? '';
      // After a q, time for the page to be drawn: a second q would reach the menu under it (q picks Quit).
      const paged = /^── .*Space/.test(last);
      if (paged) this.press('q');
      await new Promise((resolve) => setTimeout(resolve, paged ? 400 : 150));
    }
  }

  /** Waits for the prompt answer line to settle before the next key, as a person would. */
  async pressAfter(pattern: RegExp, ...keys: string[]): Promise<string> {
    const screen = await this.waitFor(pattern);
    await new Promise((resolve) => setTimeout(resolve, 150));
    this.press(...keys);
    return screen;
  }

  /**
   * Picks the option `text` of the list under the last line matching `under` (a select, or a checkbox
   * when `tick` lists several options to toggle with Space), moving the cursor as a person would, since
   * quiz options come in a shuffled order. It presses Enter to submit.
   */
  async choose(under: RegExp, ...texts: string[]): Promise<void> {
    await this.waitFor(new RegExp(`${under.source}[\\s\\S]*❯`, "m"));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const rows = this.visible();
    const top = rows.findLastIndex((row) => under.test(row));
    // The options: rows right under the question, up to the blank row before the key help.
    const options: string[] = [];
    for (const row of rows.slice(top + 1)) {
      if (row.trim() === '') break;
      options.push(row.replace(/^[❯ ]?[◯◉]? ?/, '').trim());
    }
    let cursor = rows.slice(top + 1, top + 1 + options.length).findIndex((row) => row.startsWith('❯'));
    for (const text of texts) {
      const target = options.indexOf(text);
      if (target < 0) throw new Error(`no option ${JSON.stringify(text)} under ${under}; the options: ${JSON.stringify(options)}; the screen:\n${rows.join("\n")}`);
      for (; cursor < target; cursor += 1) this.press('Down');
      for (; cursor > target; cursor -= 1) this.press('Up');
      if (texts.length > 1 || /◯|◉/.test(rows[top + 1] ?? '')) this.press('Space');
    }
    this.press('Enter');
  }

  close(): void {
    if (!this.started) return;
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
    // kill-server leaves the socket file behind.
    if (this.socketPath) rmSync(this.socketPath, { force: true });
  }
}

/**
 * A terminal for the tests of one describe block, made before them and closed after: its own data home,
 * TERM xterm-256color, English (LANG C.UTF-8, no LC_ALL or LC_MESSAGES), no colour, and no COLUMNS, so
 * docktutor reads the terminal's own width. `extra` adds to that environment.
 */
export function useTerminal(prefix: string, extra: NodeJS.ProcessEnv = {}): { readonly terminal: Terminal } {
  const state: { terminal?: Terminal; home?: string } = {};
  beforeAll(async () => {
    state.home = await mkdtemp(join(tmpdir(), prefix));
    const env: NodeJS.ProcessEnv = { ...process.env, DOCKTUTOR_HOME: state.home, TERM: 'xterm-256color', NO_COLOR: '1', LANG: 'C.UTF-8', ...extra };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    delete env.COLUMNS;
    state.terminal = new Terminal(ROOT, env);
  }, 180_000);
  afterAll(async () => {
    state.terminal?.close();
    if (state.home) await rm(state.home, { recursive: true, force: true });
  });
  return {
    get terminal() {
      return state.terminal!;
    },
  };
}
