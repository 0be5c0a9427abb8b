/**
 * A real pseudo-terminal for end-to-end tests: tmux on a private server socket, so tests never touch a
 * tmux the person running them uses, and each test's server is killed by its own socket name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';

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

  /**
   * As waitFor, paging through a step taller than the terminal: while the pager's footer is the last
   * line shown, `q` takes it to the step's end (where the step's prompt is).
   */
  async waitPaging(pattern: RegExp, timeoutMs = 30_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.screen();
      if (pattern.test(screen)) return screen;
      const last = this.visible().filter((row) => row.trim() !== '').at(-1) ?? '';
      if (/^── .*· q/.test(last)) {
        this.press('q');
        await new Promise((resolve) => setTimeout(resolve, 300));
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the terminal never showed ${pattern} within ${timeoutMs} ms; it shows:\n${screen}`);
  }

  /** Waits for the prompt answer line to settle before the next key, as a person would. */
  async pressAfter(pattern: RegExp, ...keys: string[]): Promise<string> {
    const screen = await this.waitFor(pattern);
    await new Promise((resolve) => setTimeout(resolve, 150));
    this.press(...keys);
    return screen;
  }

  close(): void {
    if (!this.started) return;
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
    // kill-server leaves the socket file behind.
    if (this.socketPath) rmSync(this.socketPath, { force: true });
  }
}
