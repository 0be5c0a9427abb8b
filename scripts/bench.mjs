#!/usr/bin/env node
// Speed and memory, measured side by side in one run: docktutor against the docker CLI and against the
// floor for any Node.js tool (a bare process sending the same request). Prints a table and writes the
// same figures to bench-results.json. It reports; it never fails a build on a timing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLessons, makeBuildContext } from './bench/fixtures.mjs';
import { openTerminalServer, timeFirstScreen } from './bench/first-screen.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_ONLY=version,try,learn,lessons,build runs only those sections (all of them by default).
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const wanted = (section) => ONLY.length === 0 || ONLY.includes(section);
const BIN = join(root, 'bin', 'docktutor.js');
const BARE = join(root, 'scripts', 'bench', 'bare-request.mjs');
const MEASURE = join(root, 'scripts', 'bench', 'measure.py');
const scratch = mkdtempSync(join(tmpdir(), 'docktutor-bench-'));
const env = { ...process.env, NO_COLOR: '1', DOCKTUTOR_HOME: join(scratch, 'home'), DOCKTUTOR_RUN_LABEL: `bench-${process.pid}` };
const rows = [];

function once(argv, extraEnv = {}) {
  const out = execFileSync('python3', [MEASURE, ...argv], { env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the commands in turn, RUNS rounds, so that machine noise falls on all of them alike. */
function sideBySide(commands, runs = RUNS) {
  const samples = commands.map(() => []);
  for (let round = 0; round < runs; round += 1) {
    commands.forEach((command, index) => samples[index].push(once(command.argv, command.env)));
  }
  return samples.map((list, index) => {
    const failed = list.find((sample) => sample.code !== 0);
    if (failed) process.stderr.write(`bench: '${commands[index].label}' exited ${failed.code}: ${failed.stderr.trim().split('\n')[0]}\n`);
    return { label: commands[index].label, wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rss: median(list.map((s) => s.rss)), last: list.at(-1) };
  });
}

function record(name, subject, reference, target, extra = {}) {
  const ratio = subject.wall / reference.wall;
  const memoryRatio = subject.rss / reference.rss;
  rows.push({
    name,
    subject: subject.label,
    reference: reference.label,
    ms: Math.round(subject.wall * 1000),
    referenceMs: Math.round(reference.wall * 1000),
    ratio: Number(ratio.toFixed(2)),
    rssMiB: Number((subject.rss / 1024).toFixed(1)),
    referenceRssMiB: Number((reference.rss / 1024).toFixed(1)),
    memoryRatio: Number(memoryRatio.toFixed(2)),
    target,
    ...extra,
  });
}

const hasDocker = spawnSync('docker', ['version'], { env, stdio: 'ignore' }).status === 0;

// 1. Start-up: --version against an empty Node process.
if (wanted('version')) {
  const [tool, node] = sideBySide([
    { label: 'docktutor --version', argv: [process.execPath, BIN, '--version'] },
    { label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
  ]);
  record('--version', tool, node, 'time <= 1.2x, memory <= 1.3x');
}

// 2. The try commands against the docker CLI and the bare request.
for (const [name, words, bare] of wanted('try') ? [
  ['try ps -a', ['ps', '-a'], 'ps'],
  ['try images', ['images'], 'images'],
  ['try version', ['version'], 'version'],
  ['try info', ['info'], 'info'],
] : []) {
  const [tool, floor, cli] = sideBySide([
    { label: `docktutor try docker ${words.join(' ')}`, argv: [process.execPath, BIN, 'try', 'docker', ...words] },
    { label: `bare node request (${bare})`, argv: [process.execPath, BARE, bare] },
    ...(hasDocker ? [{ label: `docker ${words.join(' ')}`, argv: ['docker', ...words] }] : []),
  ]);
  record(name, tool, floor, 'time <= 1.2x, memory <= 1.3x', cli ? { dockerCliMs: Math.round(cli.wall * 1000), vsDockerCli: Number((tool.wall / cli.wall).toFixed(2)) } : {});
}

// 3. Time to the first lesson screen of `learn` in a pseudo-terminal (tmux), against the floor in the same terminal.
if (wanted('learn')) {
  const firstTitle = readFirstLessonTitle();
  const server = openTerminalServer(env);
  const learn = [];
  const floor = [];
  for (let round = 0; round < RUNS; round += 1) {
    learn.push(timeFirstScreen(server, `${process.execPath} ${BIN} learn`, firstTitle));
    floor.push(timeFirstScreen(server, `${process.execPath} ${BARE} version; sleep 10`, 'ApiVersion'));
  }
  server.close();
  // A run whose screen never came (15 s) is counted, not hidden, and the medians use the runs that did.
  const missed = learn.filter((t) => t === undefined).length + floor.filter((t) => t === undefined).length;
  const seen = (list) => list.filter((t) => t !== undefined);
  if (seen(learn).length > 0 && seen(floor).length > 0) {
    record('learn: first lesson screen', { label: 'docktutor learn (tmux)', wall: median(seen(learn)), rss: 1 }, { label: 'bare node request (tmux)', wall: median(seen(floor)), rss: 1 }, missed > 0 ? `time <= 2x; ${missed} of ${RUNS * 2} screens never appeared` : 'time <= 2x');
  } else process.stderr.write('bench: the first lesson screen did not appear (is tmux installed?)\n');
}

// 4. Checking lessons: the shipped folder, then 100 generated lessons (the target), read by the fast YAML
// reader and by the `yaml` package alone (yaml-lite.ts exists only if the second misses the target), and
// 500 for the cost of each added lesson.
if (wanted('lessons')) {
  const check = (label, dir, preload = []) => ({ label, argv: [process.execPath, ...preload, BIN, 'lessons', '--check', ...(dir ? [dir] : [])] });
  const hundred = generateLessons(join(root, 'lessons'), join(scratch, 'lessons-100'), 100);
  const five = generateLessons(join(root, 'lessons'), join(scratch, 'lessons-500'), 500);
  const [shipped, fast, yamlOnly, many] = sideBySide([
    check('lessons --check (shipped)'),
    check('lessons --check (100)', hundred),
    check('lessons --check (100, yaml only)', hundred, ['--import', join(root, 'scripts', 'bench', 'yaml-only.mjs')]),
    check('lessons --check (500)', five),
  ], 3);
  const ms = (sample, key = 'wall') => Math.round(sample[key] * 1000);
  rows.push({
    name: 'lessons --check',
    shippedMs: ms(shipped),
    ms100: ms(fast),
    cpuMs100: ms(fast, 'cpu'),
    ms100YamlOnly: ms(yamlOnly),
    cpuMs100YamlOnly: ms(yamlOnly, 'cpu'),
    ms500: ms(many),
    perLessonMs: Number(((many.wall - fast.wall) / 400 * 1000).toFixed(3)),
    load: loadavg()[0].toFixed(1),
    target: '100 lessons < 1 s',
  });
}

// 5. A 1 GiB context of which .dockerignore keeps 10 MiB: bytes sent, time against docker build, peak memory.
if (hasDocker && wanted('build')) {
  const context = makeBuildContext(join(scratch, 'context'));
  const tag = `dt-bench-${process.pid}`;
  // docktutor labels what it builds (so that `clean` finds it) and passes --force-rm: with the classic
  // builder the labels cost the daemon one more step, so docker with the same options is the like-for-like reference.
  const same = ['--force-rm', '--label', 'io.docktutor.managed=true', '--label', 'io.docktutor.command=build', '--label', `io.docktutor.run=${env.DOCKTUTOR_RUN_LABEL}`];
  const [tool, cli, cliSame] = sideBySide([
    { label: 'docktutor try docker build', argv: [process.execPath, BIN, 'try', 'docker', 'build', '--no-cache', '-t', `${tag}:tool`, context] },
    { label: 'docker build (legacy builder)', argv: ['docker', 'build', '--no-cache', '-t', `${tag}:cli`, context], env: { DOCKER_BUILDKIT: '0' } },
    { label: 'docker build, same labels', argv: ['docker', 'build', '--no-cache', ...same, '-t', `${tag}:same`, context], env: { DOCKER_BUILDKIT: '0' } },
  ], 3);
  const sent = (sample) => /Sending build context to Docker daemon\s+([\d.]+\s*[kMG]?B)/.exec(sample.last.stdout + sample.last.stderr)?.[1] ?? '?';
  record('build: 1 GiB context, 10 MiB kept', tool, cli, 'peak memory < 100 MiB; only what .dockerignore keeps is sent', {
    sent: sent(tool),
    dockerCliSent: sent(cli),
    sameOptionsMs: Math.round(cliSame.wall * 1000),
    vsSameOptions: Number((tool.wall / cliSame.wall).toFixed(2)),
  });
  spawnSync('docker', ['rmi', '-f', `${tag}:tool`, `${tag}:cli`, `${tag}:same`], { env, stdio: 'ignore' });
}

rmSync(scratch, { recursive: true, force: true });
printTable(rows);
writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, rows }, null, 2)}\n`);
process.stdout.write(`\nfigures written to bench-results.json (median of ${RUNS} runs, side by side)\n`);

function readFirstLessonTitle() {
  const first = readdirSync(join(root, 'lessons')).sort()[0];
  const text = readFileSync(join(root, 'lessons', first, 'en.md'), 'utf8');
  return /^title:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1] ?? first;
}

function printTable(list) {
  const header = ['benchmark', 'docktutor', 'reference', 'ratio', 'peak MiB', 'mem ratio', 'target / notes'];
  const lines = list.map((row) =>
    row.ms !== undefined
      ? [row.name, `${row.ms} ms`, `${row.referenceMs} ms (${row.reference})`, `${row.ratio}x`, row.rssMiB > 0.01 ? `${row.rssMiB}` : '-', row.referenceRssMiB > 0.01 ? `${row.memoryRatio}x` : '-',
          [row.target, row.dockerCliMs !== undefined ? `docker CLI ${row.dockerCliMs} ms` : '', row.sent ? `sent ${row.sent} (docker CLI ${row.dockerCliSent})` : '', row.sameOptionsMs !== undefined ? `docker with docktutor's labels and --force-rm ${row.sameOptionsMs} ms (${row.vsSameOptions}x)` : ''].filter(Boolean).join('; ')]
      : [row.name, `${row.ms100} ms for 100 (CPU ${row.cpuMs100} ms)`, `yaml only: ${row.ms100YamlOnly} ms (CPU ${row.cpuMs100YamlOnly} ms); shipped ${row.shippedMs} ms, 500: ${row.ms500} ms`, `${row.perLessonMs} ms per added lesson`, '-', '-', `${row.target}; load ${row.load}`],
  );
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => String(line[i]).length)));
  for (const line of [header, ...lines]) process.stdout.write(`${line.map((cell, i) => String(cell).padEnd(widths[i])).join('  ')}\n`);
}
