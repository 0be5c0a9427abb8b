// How the benchmark measures: processes through measure.py (wall, CPU, peak memory), programs in a
// pseudo-terminal through pty-session.py, both side by side, round after round.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const MEASURE = join(here, 'measure.py');
const PTY = join(here, 'pty-session.py');

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = (seconds) => Number((seconds * 1000).toFixed(seconds < 0.1 ? 2 : 0));

/** One process: wall and CPU seconds, peak resident KiB, exit code, output. */
export function once(argv, env) {
  return JSON.parse(execFileSync('python3', [MEASURE, ...argv], { env, encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/**
 * Runs the commands in turn, `runs` rounds, so that machine noise falls on all of them alike; medians,
 * and each round's samples (`rounds`) for pairedRatio.
 */
export function sideBySide(commands, runs, env) {
  const samples = commands.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    commands.forEach((command, index) => samples[index].push(once(command.argv, { ...env, ...command.env })));
  }
  return samples.map((list, index) => {
    const failed = list.find((sample) => sample.code !== 0);
    if (failed) process.stderr.write(`bench: '${commands[index].label}' exited ${failed.code}: ${failed.stderr.trim().split('\n')[0]}\n`);
    return { label: commands[index].label, wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rss: median(list.map((s) => s.rss)), last: list.at(-1), rounds: list };
  });
}

/**
 * The median of the rounds' ratios of `field` (wall, rss): each round ran `subject` and `reference` back
 * to back, so a slow spell of a shared machine falls on both sides of its ratio. The ratio of two
 * medians lets a slow spell that met one side only in a few rounds tip the whole figure.
 */
export function pairedRatio(subject, reference, field) {
  return median(subject.rounds.map((sample, round) => sample[field] / reference.rounds[round][field]));
}

/** Programs in pseudo-terminals, driven by `plan` (see pty-session.py): their labelled times in seconds. */
export function inTerminal(plan, env) {
  const result = spawnSync('python3', [PTY], { input: JSON.stringify({ cols: 120, rows: 200, ...plan }), env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`pty-session.py failed: ${result.stderr}`);
  const out = JSON.parse(result.stdout);
  const argv = plan.argv ?? Object.values(plan.programs)[0].argv;
  if (out.missed.length > 0) process.stderr.write(`bench: ${argv.slice(-2).join(' ')}: '${JSON.stringify(out.missed[0])}' never appeared\n`);
  return out;
}

/** The machine the figures come from. */
export function describeMachine(env) {
  const daemon = spawnSync('docker', ['version', '--format', '{{.Server.Version}} (API {{.Server.APIVersion}})'], { env, encoding: 'utf8' });
  return {
    nproc: cpus().length,
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGiB: Number((freemem() / 2 ** 30).toFixed(1)),
    node: process.version,
    dockerd: daemon.status === 0 ? daemon.stdout.trim() : 'unknown',
    load: loadavg().map((value) => Number(value.toFixed(1))),
  };
}
