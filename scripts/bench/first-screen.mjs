// Time from launching a command in a real pseudo-terminal (tmux) until a marker appears on its screen.
import { spawnSync } from 'node:child_process';

export function timeFirstScreen(command, marker, env) {
  const session = `dtbench${process.pid}${Math.floor(Math.random() * 1e6)}`;
  const start = performance.now();
  const started = spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '120', '-y', '40', command], { env });
  if (started.status !== 0) return undefined;
  try {
    while (performance.now() - start < 15_000) {
      const screen = spawnSync('tmux', ['capture-pane', '-p', '-t', session], { env, encoding: 'utf8' }).stdout ?? '';
      if (screen.includes(marker)) return (performance.now() - start) / 1000;
      spawnSync('sleep', ['0.005']);
    }
    return undefined;
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session], { env });
  }
}
