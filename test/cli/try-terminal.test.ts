/** `docker run -it` and the practice prompt in a real terminal (tmux): raw mode, size, exit code, history. */
import { resolve, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connect } from '../../src/docker/engine/connect.js';
import { RUN_LABEL } from '../../src/docker/engine/labels.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describeDocker, itNeeds, requireRegistry, uniqueName } from '../helpers/docker.js';
import { Terminal } from '../e2e/tmux.js';

const ROOT = resolve(import.meta.dirname, '../..');
describeDocker('docktutor try in a terminal', () => {
  const runLabel = uniqueName('try-tty');
  let terminal: Terminal;

  beforeAll(() => {
    // bin/docktutor.js runs dist/, which the global set-up compiled.
    const env = { ...process.env, DOCKTUTOR_RUN_LABEL: runLabel, TERM: 'xterm-256color', NO_COLOR: '1', LANG: 'C.UTF-8' };
    terminal = new Terminal(ROOT, env);
  });

  afterAll(async () => {
    terminal?.close();
    const { docker } = await connect();
    const left = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${runLabel}`] } });
    await Promise.all(left.map((container) => docker.getContainer(container.Id).remove({ force: true })));
  });

  /** Waits until the daemon runs a container docktutor started in this test file. */
  async function runningContainer(timeoutMs = 30_000): Promise<void> {
    const { docker } = await connect();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const running = await docker.listContainers({ filters: { label: [`${RUN_LABEL}=${runLabel}`], status: ['running'] } });
      if (running.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no container of this run was running within ${timeoutMs} ms`);
  }

  it('runs -it with the terminal in raw mode and the container sized to it, then restores the terminal', async () => {
    // After docktutor, stty reports whether the terminal is back in canonical (cooked) mode.
    terminal.start("node bin/docktutor.js try docker run -it --rm busybox sh; code=$?; stty -a | grep -Eo -- '-?icanon'; (exit $code)");
    await terminal.pressAfter(/\/ # $/m, 'stty size; echo $((6*7))', 'Enter');
    const sized = await terminal.waitFor(/^42$/m);
    expect(sized).toMatch(/^40 100$/m);
    terminal.press('exit 5', 'Enter');
    const done = await terminal.waitFor(/EXIT=5/);
    expect(done).toContain('DELETE /containers/{id} → 204');
    expect(done).toMatch(/^icanon\nEXIT=5$/m);
  });

  itNeeds(['registry'], 'login without -u asks for the user name, then shows the password prompt, then says Login Succeeded', async () => {
    const registry = requireRegistry();
    const config = mkdtempSync(join(tmpdir(), 'dt-login-tty-'));
    try {
      terminal.start(`DOCKER_CONFIG=${config} node bin/docktutor.js try docker login ${registry.host}`);
      await terminal.pressAfter(/\? Username/, registry.user, 'Enter');
      await terminal.pressAfter(/^\? Password/m, registry.password, 'Enter');
      const done = await terminal.waitFor(/EXIT=\d+/);
      expect(done).toMatch(/^✔ Password \*+$/m);
      expect(done).toMatch(/^Login Succeeded$/m);
      expect(done).toContain('EXIT=0');
      expect(done).not.toContain(registry.password);
      // Ctrl-C at the password prompt: nothing was sent, so no note claims the daemon answered.
      terminal.start(`DOCKER_CONFIG=${config}-none node bin/docktutor.js try docker login ${registry.host}`);
      await terminal.pressAfter(/\? Username/, registry.user, 'Enter');
      await terminal.pressAfter(/^\? Password/m, 'C-c');
      const cancelled = await terminal.waitFor(/EXIT=\d+/);
      expect(cancelled).toContain('EXIT=130');
      expect(cancelled).not.toMatch(/What happened|answered with an error/);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });

  it('starts the note on a line of its own after a second Ctrl-C and after output without a final newline', async () => {
    terminal.start('node bin/docktutor.js try docker run --rm busybox sleep 30');
    // Ctrl-C once the container runs: earlier, on a busy machine, it would stop node before docktutor is up.
    await runningContainer();
    terminal.press('C-c');
    await terminal.pressAfter(/\^C\n/, 'C-c');
    const killed = await terminal.waitFor(/EXIT=\d+/);
    // The first Ctrl-C also says how not to wait for a container in the foreground.
    expect(killed).toMatch(/^Tip: .*docker run -d starts a container in the background/m);
    expect(killed).toMatch(/^\^C\nWhat happened/m);
    expect(killed).not.toMatch(/\^CWhat happened/);
    terminal.start('node bin/docktutor.js try docker run --rm busybox printf no-newline');
    const printed = await terminal.waitFor(/EXIT=\d+/);
    expect(printed).toMatch(/^no-newline\nWhat happened/m);
  });

  it('clears the screen on clear, and quotes a flag glued to a semicolon', async () => {
    terminal.start('node bin/docktutor.js try --no-explain');
    await terminal.pressAfter(/docktutor> $/m, 'help', 'Enter');
    await terminal.pressAfter(/^ {2}docker info /m, 'clear', 'Enter');
    await terminal.pressAfter(/^docktutor> $/m, 'ps -a; rm -rf /', 'Enter');
    const screen = await terminal.waitFor(/hint: .*\ndocktutor> $/m);
    expect(screen).not.toContain('docker info');
    expect(screen).toContain("unknown or unsupported flag '-;' in '-a;'; supported:");
    terminal.press('C-d');
    await terminal.waitFor(/EXIT=0/);
  });

  it('keeps history, drops a line on Ctrl-C, and hands the terminal to run -it and back', async () => {
    terminal.start('node bin/docktutor.js try --no-explain');
    await terminal.pressAfter(/docktutor> $/m, 'run --rm busybox echo first-run', 'Enter');
    await terminal.pressAfter(/^first-run\ndocktutor> $/m, 'half a line', 'C-c');
    await terminal.pressAfter(/half a line\^C\ndocktutor> $/m, 'Up', 'Enter');
    const again = await terminal.waitFor(/^first-run$[\s\S]*^first-run$/m);
    expect(again.match(/^docktutor> run --rm busybox echo first-run$/gm)).toHaveLength(2);
    terminal.press('run -it --rm busybox sh', 'Enter');
    await terminal.pressAfter(/\/ # $/m, 'exit 3', 'Enter');
    await terminal.pressAfter(/\(exit code 3\)\ndocktutor> $/m, 'C-d');
    // Ctrl-D at the prompt: "Bye." on a line of its own, not after the prompt.
    await terminal.waitFor(/^docktutor> *\nBye\.\nEXIT=0/m);
  });
}, ['busybox', 'tmux']);
