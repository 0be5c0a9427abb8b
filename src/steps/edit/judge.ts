/**
 * Turns what was found about the learner's build and image into one result per check of an edit step:
 * pass, fail (with what is wrong and where to look) or blocked (the image did not build). Pure: the
 * facts are gathered by gather.ts.
 */
import { editCheckMessages, type RunSeen } from '../../i18n/edit-checks.js';
import type { EditCheck, EditCheckKind } from '../../lessons/model.js';
import { formatBytes } from '../verify.js';
import { finalStage, isExecForm, type ParsedDockerfile, type Stage } from './dockerfile.js';
import { readEnv } from '../read-env.js';
import { plainLines } from './build.js';

/** `pending`: not known yet (the build or a probe is still running). */
export type EditCheckState = 'pass' | 'fail' | 'blocked' | 'pending';

export interface EditCheckResult {
  /** The check's position in the step's `checks`. */
  index: number;
  kind: EditCheckKind;
  state: EditCheckState;
  /** One sentence: what holds, or what is wrong and where to look (the lesson's `why` when it gives one). */
  message: string;
  /** Lines under it: the build's error, the container's output, what was found. */
  detail: string[];
}

export interface ImageFacts {
  user: string;
  cmd: string[] | null;
  entrypoint: string[] | null;
  workdir: string;
  env: string[];
  labels: Record<string, string>;
  exposed: string[];
  /** Layers on top of the FROM image's. */
  addedLayers: number;
  size: number;
}

/** What a probe of one check found (cacheReuse, absent, run); `error` when the probe itself failed. */
export type ProbeFacts =
  | { kind: 'cacheReuse'; copied: boolean; reran: string[]; keepMissing?: boolean; brokenLines?: string[] }
  | { kind: 'absent'; exists: boolean }
  | { kind: 'run'; seen: RunSeen; output: string; lastLines: string[] }
  | { kind: 'error'; reason: string };

export interface EditFacts {
  build: { ok: true; contextBytes: number; contextFiles: string[]; biggestFile?: string } | { ok: false; errorLines: string[] };
  dockerfile?: ParsedDockerfile;
  target?: string;
  image?: ImageFacts;
  /** By check index. */
  probes: Record<number, ProbeFacts>;
}

interface Verdict {
  passed: boolean;
  message: string;
  /** The fact behind a failure, shown under a lesson's own `why`. */
  found?: string;
  detail?: string[];
}

/** `pending`: the checks whose facts are still being gathered. */
export function judgeEditChecks(checks: readonly EditCheck[], facts: EditFacts, pending: ReadonlySet<number> = new Set()): EditCheckResult[] {
  const m = editCheckMessages();
  return checks.map((check, index) => {
    if (pending.has(index)) return { index, kind: check.kind, state: 'pending', message: '', detail: [] };
    if (check.kind === 'builds') {
      const ok = facts.build.ok;
      return result(check, index, { passed: ok, message: ok ? m.buildsPass : m.buildsFail, detail: facts.build.ok ? [] : facts.build.errorLines });
    }
    if (!facts.build.ok || !facts.image) return { index, kind: check.kind, state: 'blocked', message: m.blocked, detail: [] };
    return result(check, index, judgeOne(check, index, facts as EditFacts & { image: ImageFacts }));
  });
}

function result(check: EditCheck, index: number, verdict: Verdict): EditCheckResult {
  const m = editCheckMessages();
  if (verdict.passed) return { index, kind: check.kind, state: 'pass', message: verdict.message, detail: [] };
  const detail = [...(check.why && verdict.found ? [m.found(verdict.found)] : []), ...(verdict.detail ?? [])];
  return { index, kind: check.kind, state: 'fail', message: check.why ?? verdict.message, detail };
}

function judgeOne(check: EditCheck, index: number, facts: EditFacts & { image: ImageFacts }): Verdict {
  const m = editCheckMessages();
  const image = facts.image;
  const probe = facts.probes[index];
  if (probe?.kind === 'error') return { passed: false, message: m.probeFailed(probe.reason), found: probe.reason };
  switch (check.kind) {
    case 'builds':
      return { passed: true, message: m.buildsPass };
    case 'notRoot': {
      const user = image.user.split(':')[0]!.trim();
      if (user === '') return { passed: false, message: m.notRootUnset, found: 'USER root' };
      const root = user === 'root' || user === '0';
      return { passed: !root, message: root ? m.notRootRoot(image.user) : m.notRootPass(image.user), found: `USER ${image.user}` };
    }
    case 'execForm':
      return judgeExecForm(facts);
    case 'workdir': {
      const actual = image.workdir === '' ? '/' : image.workdir.replace(/(.)\/+$/, '$1');
      const passed = actual === check.path.replace(/(.)\/+$/, '$1');
      return { passed, message: passed ? m.workdirPass(actual) : m.workdirFail(actual, check.path), found: `WORKDIR ${actual}` };
    }
    case 'env':
      return judgeMap(check.vars, readEnv(image.env), m.envPass, m.envUnset, m.envWrong);
    case 'label':
      return judgeMap(check.labels, image.labels, m.labelPass, m.labelUnset, m.labelWrong);
    case 'expose': {
      const passed = image.exposed.includes(check.port);
      return { passed, message: passed ? m.exposePass(check.port) : m.exposeFail(check.port, image.exposed.join(', ')), found: `EXPOSE ${image.exposed.join(' ') || '-'}` };
    }
    case 'maxLayers': {
      const passed = image.addedLayers <= check.layers;
      return { passed, message: (passed ? m.layersPass : m.layersFail)(image.addedLayers, check.layers), found: String(image.addedLayers) };
    }
    case 'maxSize': {
      const passed = image.size <= check.bytes;
      return { passed, message: (passed ? m.sizePass : m.sizeFail)(formatBytes(image.size), formatBytes(check.bytes)), found: formatBytes(image.size) };
    }
    case 'maxContext': {
      const build = facts.build as Extract<EditFacts['build'], { ok: true }>;
      const passed = build.contextBytes <= check.bytes;
      const size = formatBytes(build.contextBytes);
      return { passed, message: passed ? m.contextPass(size, formatBytes(check.bytes)) : m.contextFail(size, formatBytes(check.bytes), build.biggestFile ?? ''), found: size };
    }
    case 'contextExcludes': {
      const build = facts.build as Extract<EditFacts['build'], { ok: true }>;
      const path = check.path.replace(/\/+$/, '');
      const passed = !build.contextFiles.some((file) => file === path || file.startsWith(`${path}/`));
      return { passed, message: passed ? m.excludesPass(check.path) : m.excludesFail(check.path), found: check.path };
    }
    case 'cacheReuse': {
      if (probe?.kind !== 'cacheReuse') return { passed: false, message: m.probeFailed('no rebuild') };
      if (probe.brokenLines) return { passed: false, message: m.cacheBroken(check.file), detail: probe.brokenLines };
      if (!probe.copied) return { passed: true, message: m.cacheNotCopied(check.file) };
      if (probe.keepMissing) return { passed: false, message: m.cacheNoKeep(check.keep ?? ''), found: check.keep ?? '' };
      const passed = probe.reran.length === 0;
      const reran = probe.reran.join(', ');
      if (passed) return { passed, message: check.keep === undefined ? m.cacheAllPass(check.file) : m.cachePass(check.file, check.keep) };
      return { passed, message: check.keep === undefined ? m.cacheAllFail(check.file, reran) : m.cacheFail(check.file, reran), found: reran, detail: probe.reran };
    }
    case 'absent': {
      if (probe?.kind !== 'absent') return { passed: false, message: m.probeFailed('no probe') };
      return { passed: !probe.exists, message: probe.exists ? m.absentFail(check.path) : m.absentPass(check.path), found: check.path };
    }
    case 'present': {
      if (probe?.kind !== 'absent') return { passed: false, message: m.probeFailed('no probe') };
      return { passed: probe.exists, message: probe.exists ? m.presentPass(check.path) : m.presentFail(check.path), found: probe.exists ? check.path : '-' };
    }
    case 'run': {
      if (probe?.kind !== 'run') return { passed: false, message: m.probeFailed('no container') };
      const { seen } = probe;
      const printed = check.output === undefined || probe.output.includes(check.output);
      const exited = check.exitCode === undefined || (seen.timedOut === undefined && seen.exitCode === check.exitCode);
      const passed = printed && exited;
      const expected = { ...(check.output !== undefined ? { output: check.output } : {}), ...(check.exitCode !== undefined ? { exitCode: check.exitCode } : {}) };
      // The output is shown once: in the message (one line) or as the lines under it (several); with a
      // lesson's own `why` in place of the message, a single line becomes its "Found:".
      const found = probe.lastLines.length > 0 ? undefined : seen.output === '' ? '-' : `"${seen.output}"`;
      return { passed, message: passed ? m.runPass(seen) : m.runFail(seen, expected), ...(found ? { found } : {}), detail: passed ? [] : probe.lastLines };
    }
  }
}

function judgeMap(
  wanted: Record<string, string>,
  actual: Record<string, string>,
  pass: (name: string, value: string) => string,
  unset: (name: string, expected: string) => string,
  wrong: (name: string, actual: string, expected: string) => string,
): Verdict {
  for (const [name, value] of Object.entries(wanted)) {
    const have = actual[name];
    if (have === undefined) return { passed: false, message: unset(name, value), found: `${name}: -` };
    if (have !== value) return { passed: false, message: wrong(name, have, value), found: `${name}=${have}` };
  }
  return { passed: true, message: Object.entries(wanted).map(([name, value]) => pass(name, value)).join(' ') };
}

/**
 * The Dockerfile says how CMD and ENTRYPOINT were written; where the final stage inherits them from an
 * image, the image's config tells: the builder stores the shell form as [/bin/sh, -c, text].
 */
function judgeExecForm(facts: EditFacts & { image: ImageFacts }): Verdict {
  const m = editCheckMessages();
  // A file that writes neither has nothing in exec form yet: what it inherits from FROM is not its own.
  const writesOne = facts.dockerfile && (['ENTRYPOINT', 'CMD'] as const).some((keyword) => lastWritten(facts.dockerfile!, keyword, facts.target) !== undefined);
  if (facts.dockerfile && !writesOne) return { passed: false, message: m.execFormNone, found: '-' };
  for (const keyword of ['ENTRYPOINT', 'CMD'] as const) {
    const written = facts.dockerfile ? lastWritten(facts.dockerfile, keyword, facts.target) : undefined;
    if (written !== undefined) {
      if (!isExecForm(written)) return { passed: false, message: m.execFormFail(keyword, `${keyword} ${written}`), found: `${keyword} ${written}` };
      continue;
    }
    const value = keyword === 'CMD' ? facts.image.cmd : facts.image.entrypoint;
    if (value && value.length === 3 && /^(\/bin\/)?sh$/.test(value[0]!) && value[1] === '-c') {
      return { passed: false, message: m.execFormFail(keyword, `${keyword} ${value[2]}`), found: `${keyword} ${value[2]}` };
    }
  }
  return { passed: true, message: m.execFormPass };
}

/** The last CMD or ENTRYPOINT of the final stage, following `FROM <stage>` to the stage it builds on. */
function lastWritten(file: ParsedDockerfile, keyword: string, target?: string): string | undefined {
  const seen = new Set<Stage>();
  let stage = finalStage(file, target);
  while (stage && !seen.has(stage)) {
    seen.add(stage);
    const found = stage.instructions.filter((instruction) => instruction.keyword === keyword).pop();
    if (found) return found.args;
    const from = stage.from.toLowerCase();
    stage = file.stages.find((candidate) => candidate.name === from && candidate !== stage);
  }
  return undefined;
}

/** The facts of a run probe from what the container printed and how it ended. */
export function runProbeFacts(output: string, ended: { exitCode?: number | undefined; timedOut?: number | undefined }): ProbeFacts & { kind: 'run' } {
  const summary = summarizeOutput(output);
  const seen: RunSeen = {
    output: summary.lines > 1 ? '' : summary.first,
    ...(summary.lines > 1 ? { lines: summary.lines } : {}),
    ...(ended.exitCode !== undefined ? { exitCode: ended.exitCode } : {}),
    ...(ended.timedOut !== undefined ? { timedOut: ended.timedOut } : {}),
  };
  return { kind: 'run', seen, output, lastLines: summary.last };
}

/**
 * What a run printed, shown once: a single line goes in the message, shortened; more lines are counted
 * in the message and their last ones listed under it (quoting one in the message as well would print
 * the same output twice).
 */
function summarizeOutput(output: string): { first: string; lines: number; last: string[] } {
  const lines = plainLines(output);
  const first = lines[0] ?? '';
  return { first: first.length > 60 ? `${first.slice(0, 57)}...` : first, lines: lines.length, last: lines.length > 1 ? lines.slice(-6) : [] };
}
