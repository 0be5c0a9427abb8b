#!/usr/bin/env node
// Speed and memory, measured side by side in one run, each against its floor: start-up against a bare
// Node.js process doing the same request; learn's screens in a pseudo-terminal against the same terminal
// showing a bare answer or a plain screen; answers inside a session against a program in the same
// terminal, given the same keys, that makes the same request in-process on a kept-alive connection, and
// against a docker CLI process. Prints three tables and writes
// the figures to bench-results.json. It reports; it never fails a build on a timing.
// BENCH_RUNS (default 7) rounds, and BENCH_STARTUP_RUNS (default 15) for the start-up rows, each of which
// takes a fraction of a second; BENCH_ONLY=version,try,screens,session,lessons,build for some sections.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { READ_COMMANDS, generateLessons, makeBenchLesson, makeBuildContext } from './bench/fixtures.mjs';
import { describeMachine, median, ms, pairedRatio, sideBySide } from './bench/measure.mjs';
import { timeFirstScreen, timeFloorScreens, timeLearnSession } from './bench/screens.mjs';
import { timeBackToBack, timePromptAndFloor } from './bench/session.mjs';
import { printTables } from './bench/tables.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? Math.max(RUNS, 15));
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const wanted = (section) => ONLY.length === 0 || ONLY.includes(section);
// The command as installed (package.json's `bin`).
const BIN = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.docktutor);
const BARE = join(root, 'scripts', 'bench', 'bare-request.mjs');
const ECHO = join(root, 'scripts', 'bench', 'echo-screen.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'docktutor-bench-'));
// The compiled-code cache (bin/docktutor.cjs) of the bench's own, warmed by its first run as a user's is.
const env = { ...process.env, NO_COLOR: '1', DOCKTUTOR_HOME: join(scratch, 'home'), DOCKTUTOR_RUN_LABEL: `bench-${process.pid}`, DOCKTUTOR_COMPILE_CACHE: join(scratch, 'compile-cache') };
delete env.DOCKTUTOR_LESSONS;
const machine = { before: describeMachine(env) };
const startup = [];
const screens = [];
const session = [];
const started = performance.now();

const hasDocker = spawnSync('docker', ['version'], { env, stdio: 'ignore' }).status === 0;
const ratio = (a, b) => Number((a / b).toFixed(2));
const row = (name, subject, reference, target, extra = {}) => ({
  name,
  ms: ms(subject.wall),
  reference: reference.label,
  referenceMs: ms(reference.wall),
  ratio: ratio(subject.wall, reference.wall),
  ...(subject.rss ? { rssMiB: Number((subject.rss / 1024).toFixed(1)), referenceRssMiB: Number((reference.rss / 1024).toFixed(1)), memoryRatio: ratio(subject.rss, reference.rss) } : {}),
  target,
  ...extra,
});
/**
 * A start-up row: two processes run back to back in each round, their ratios the medians of the rounds'
 * ratios (pairedRatio), which the target is checked against; `ratioOfMedians` keeps the other reading.
 */
const startupRow = (name, subject, reference, target, limits, extra = {}) => {
  const wall = Number(pairedRatio(subject, reference, 'wall').toFixed(2));
  const rss = Number(pairedRatio(subject, reference, 'rss').toFixed(2));
  return row(name, subject, reference, target, {
    ratio: wall,
    memoryRatio: rss,
    ratioOfMedians: ratio(subject.wall, reference.wall),
    ...(limits ? { met: wall <= limits.time && rss <= limits.memory } : {}),
    ...extra,
  });
};

// 1. Start-up, one process each: --version against an empty Node.js process, the try commands against a
// bare request on the same socket (and the docker CLI).
if (wanted('version')) {
  const [tool, node] = sideBySide([
    { label: 'docktutor --version', argv: [process.execPath, BIN, '--version'] },
    { label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
  ], STARTUP_RUNS, env);
  startup.push(startupRow('--version', tool, node, 'time <= 1.1x, memory <= 1.3x', { time: 1.1, memory: 1.3 }));
}
const dockerCli = {};
if (wanted('try')) {
  for (const { name, words } of READ_COMMANDS) {
    const [tool, floor, cli] = sideBySide([
      { label: `docktutor try docker ${words}`, argv: [process.execPath, BIN, 'try', 'docker', ...words.split(' ')] },
      { label: `bare node request (${name})`, argv: [process.execPath, BARE, name] },
      ...(hasDocker ? [{ label: `docker ${words}`, argv: ['docker', ...words.split(' ')] }] : []),
    ], STARTUP_RUNS, env);
    if (cli) dockerCli[name] = cli.wall;
    startup.push(startupRow(`try docker ${words}`, tool, floor, 'time <= 1.2x, memory <= 1.3x', { time: 1.2, memory: 1.3 }, cli ? { dockerCliMs: ms(cli.wall) } : {}));
  }
  // The first run after an install or upgrade, before the code cache exists (the same as the cache off).
  const [cold, floor] = sideBySide([
    { label: 'docktutor try docker ps -a, no code cache', argv: [process.execPath, BIN, 'try', 'docker', 'ps', '-a'], env: { DOCKTUTOR_COMPILE_CACHE: 'off' } },
    { label: 'bare node request (ps)', argv: [process.execPath, BARE, 'ps'] },
  ], STARTUP_RUNS, env);
  startup.push(startupRow('try docker ps -a, first run (no code cache yet)', cold, floor, 'reported'));
}

// 2. learn's screens: the first step of `learn 1` from the process start, and step to step.
const lessons = makeBenchLesson(join(root, 'lessons'), join(scratch, 'bench-lessons'));
const learnTimes = {};
// The floor's times taken in turns with learn's try steps.
const learnFloor = {};
if (wanted('screens') || wanted('session')) {
  const first = { learn: [], floor: [] };
  const floorSteps = [];
  for (let round = 0; round < RUNS; round += 1) {
    if (wanted('screens')) {
      const once = timeFirstScreen({ bin: BIN, bare: BARE, title: readFirstLessonTitle(), env });
      first.learn.push(...once.learn);
      first.floor.push(...once.floor);
      floorSteps.push(...timeFloorScreens({ echo: ECHO, steps: lessons.textSteps, env }));
    }
    const times = timeLearnSession({ bin: BIN, lessons: lessons.dir, textSteps: lessons.textSteps, repeat: 5, env, home: join(scratch, `round-${round}`) });
    for (const [label, list] of Object.entries(times.learn ?? {})) (learnTimes[label] ??= []).push(...list);
    for (const [label, list] of Object.entries(times.floor ?? {})) (learnFloor[label] ??= []).push(...list);
  }
  if (wanted('screens') && first.learn.length > 0 && first.floor.length > 0) {
    const learn = median(first.learn);
    screens.push(row('learn 1: first step screen', { wall: learn }, { label: 'bare node request in the same terminal', wall: median(first.floor) }, 'time <= 2x and < 500 ms', {
      met: learn <= 2 * median(first.floor) && learn < 0.5,
    }));
  }
  if (wanted('screens') && learnTimes.step?.length > 0 && floorSteps.length > 0) {
    screens.push(row('learn: step to step (Enter to the next step and its prompt)', { wall: median(learnTimes.step) }, { label: 'a program writing a screen of that size at each Enter', wall: median(floorSteps) }, 'reported', {
      samples: learnTimes.step.length,
    }));
  }
}

// 3. Inside a session: the practice prompt and learn's try steps, against the in-process floor and the docker CLI.
if (wanted('session')) {
  const prompt = {};
  const floor = {};
  const backToBack = {};
  const add = (into, times) => {
    for (const [label, list] of Object.entries(times)) (into[label] ??= []).push(...list);
  };
  for (let round = 0; round < RUNS; round += 1) {
    const side = timePromptAndFloor({ bin: BIN, repeat: 5, env });
    add(prompt, side.prompt ?? {});
    add(floor, side.floor ?? {});
    add(backToBack, timeBackToBack({ repeat: 5, env }));
  }
  if (hasDocker && Object.keys(dockerCli).length === 0) {
    const runs = sideBySide(READ_COMMANDS.map(({ words }) => ({ label: `docker ${words}`, argv: ['docker', ...words.split(' ')] })), RUNS, env);
    READ_COMMANDS.forEach(({ name }, index) => (dockerCli[name] = runs[index].wall));
  }
  const limitOf = (base) => Math.max(base + 0.0015, 1.3 * base);
  for (const { name, words } of READ_COMMANDS) {
    if (!prompt[name] || !floor[name]) continue;
    // Each against the floor timed in turns with it.
    const base = median(floor[name]);
    const learnBase = learnFloor[name] ? median(learnFloor[name]) : undefined;
    const atPrompt = median(prompt[name]);
    const inLearn = learnTimes[name] && learnBase !== undefined ? median(learnTimes[name]) : undefined;
    session.push({
      name: words,
      promptMs: ms(atPrompt),
      learnMs: inLearn === undefined ? undefined : ms(inLearn),
      floorMs: ms(base),
      learnFloorMs: learnBase === undefined ? undefined : ms(learnBase),
      backToBackMs: backToBack[name] ? ms(median(backToBack[name])) : undefined,
      promptOverMs: ms(atPrompt - base),
      learnOverMs: inLearn === undefined ? undefined : ms(inLearn - learnBase),
      targetMs: ms(limitOf(base)),
      learnTargetMs: learnBase === undefined ? undefined : ms(limitOf(learnBase)),
      promptMet: atPrompt <= limitOf(base),
      learnMet: inLearn === undefined ? undefined : inLearn <= limitOf(learnBase),
      met: atPrompt <= limitOf(base) && (inLearn === undefined || inLearn <= limitOf(learnBase)),
      samples: { prompt: prompt[name].length, learn: learnTimes[name]?.length ?? 0, floor: floor[name].length, learnFloor: learnFloor[name]?.length ?? 0, backToBack: backToBack[name]?.length ?? 0 },
      ...(dockerCli[name] ? { dockerCliMs: ms(dockerCli[name]), vsDockerCli: ratio(atPrompt, dockerCli[name]) } : {}),
    });
  }
}

// 4. Checking lessons: the shipped folder and 100 generated lessons (the target), read by the fast YAML
// reader and by the `yaml` package alone (yaml-lite.ts exists only if the second misses the target).
if (wanted('lessons')) {
  const check = (label, dir, preload = []) => ({ label, argv: [process.execPath, ...preload, BIN, 'lessons', '--check', ...(dir ? [dir] : [])] });
  const hundred = generateLessons(join(root, 'lessons'), join(scratch, 'lessons-100'), 100);
  const [shipped, fast, yamlOnly] = sideBySide([
    check('lessons --check (shipped)'),
    check('lessons --check (100)', hundred),
    check('lessons --check (100, yaml only)', hundred, ['--import', join(root, 'scripts', 'bench', 'yaml-only.mjs')]),
  ], Math.min(RUNS, 3), env);
  startup.push({
    name: 'lessons --check, 100 lessons',
    ms: ms(fast.wall),
    cpuMs: ms(fast.cpu),
    reference: 'the `yaml` package alone; the 16 shipped lessons',
    referenceMs: ms(yamlOnly.wall),
    yamlOnlyCpuMs: ms(yamlOnly.cpu),
    shippedMs: ms(shipped.wall),
    rssMiB: Number((fast.rss / 1024).toFixed(1)),
    target: '100 lessons < 1 s',
    met: fast.wall < 1,
  });
}

// 5. A 1 GiB context of which .dockerignore keeps 10 MiB: time against docker build, peak memory.
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
  ], Math.min(RUNS, 3), env);
  startup.push(row('try docker build: 1 GiB context, 10 MiB kept', tool, cli, 'peak memory < 100 MiB', {
    met: tool.rss / 1024 < 100,
    sameOptionsMs: ms(cliSame.wall),
    vsSameOptions: ratio(tool.wall, cliSame.wall),
  }));
  spawnSync('docker', ['rmi', '-f', `${tag}:tool`, `${tag}:cli`, `${tag}:same`], { env, stdio: 'ignore' });
}

rmSync(scratch, { recursive: true, force: true });
machine.after = describeMachine(env);
const results = { date: new Date().toISOString(), runs: RUNS, startupRuns: STARTUP_RUNS, seconds: Math.round((performance.now() - started) / 1000), machine, startup, screens, session };
printTables(results);
writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`\nfigures written to bench-results.json (medians of ${RUNS} rounds, ${STARTUP_RUNS} for start-up, side by side, in ${results.seconds} s)\n`);

function readFirstLessonTitle() {
  const first = readdirSync(join(root, 'lessons')).sort()[0];
  const text = readFileSync(join(root, 'lessons', first, 'en.md'), 'utf8');
  return /^title:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1] ?? first;
}
