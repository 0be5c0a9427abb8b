// Time from launching a command in a real pseudo-terminal (tmux) until a marker appears on its screen.
import { spawnSync } from 'node:child_process';

/**
 * A private tmux server kept alive by one idle session: without it, killing a measured session can stop
 * the server while the next measurement is starting one, and that attempt fails.
 */
export function openTerminalServer(env) {
  const socket = `dtbench-${process.pid}`;
  const tmux = (...args) => spawnSync('tmux', ['-L', socket, ...args], { env, encoding: 'utf8' });
  tmux('new-session', '-d', '-s', 'keep', 'sleep 3600');
  return { tmux, close: () => tmux('kill-server') };
}

export function timeFirstScreen(server, command, marker) {
  const session = `s${Math.floor(Math.random() * 1e9)}`;
  const start = performance.now();
  const started = server.tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', command);
  if (started.status !== 0) return undefined;
  try {
    while (performance.now() - start < 15_000) {
      const screen = server.tmux('capture-pane', '-p', '-t', session).stdout ?? '';
      if (screen.includes(marker)) return (performance.now() - start) / 1000;
      spawnSync('sleep', ['0.005']);
    }
    return undefined;
  } finally {
    server.tmux('kill-session', '-t', session);
  }
}
