/**
 * Compares what a try step's check asks for with what was observed, one result per property, each
 * with a sentence the learner can read. Pure: the observations are gathered elsewhere (observe.ts).
 */
import { formatNanoCpus, parseNanoCpus, parseRamInBytes } from '../docker/command-line/units.js';
import type { BuildOutcome } from '../docker/commands/types.js';
import { stepMessages } from '../i18n/lessons.js';
import type { TryCheck } from '../lessons/model.js';

export interface CheckResult {
  /** The check field, dotted for sub-fields: `container.exitCode`. */
  field: string;
  passed: boolean;
  expected: string;
  actual: string;
  why: string;
}

export interface ContainerFacts {
  name: string;
  image: string;
  running: boolean;
  /** Undefined while the container runs. */
  exitCode: number | undefined;
  oomKilled: boolean;
  /** HostConfig.Memory in bytes, 0 for no limit. */
  memory: number;
  /** HostConfig.NanoCpus, 0 for no limit. */
  nanoCpus: number;
}

export type RegistryObservation = { host: string; repo: string; tags: string[] } | { host: string; repo: string; error: string };

export interface Observations {
  result: { exitCode: number; output: string; build?: BuildOutcome | undefined };
  /** Null when the check asked for a container and none matched. */
  container?: ContainerFacts | null;
  imageExists?: boolean;
  /** The image's environment, when the check asked for it. */
  imageEnv?: Record<string, string>;
  /** Whether the container the command ran was gone afterwards. */
  removed?: boolean;
  loggedIn?: boolean;
  registry?: RegistryObservation;
}

export function verifyCheck(check: TryCheck, seen: Observations): CheckResult[] {
  const m = stepMessages();
  const results: CheckResult[] = [];
  const add = (field: string, passed: boolean, expected: unknown, actual: unknown, why: string) =>
    results.push({ field, passed, expected: String(expected), actual: String(actual), why });

  if (check.exitCode !== undefined) {
    const actual = seen.result.exitCode;
    add('exitCode', actual === check.exitCode, check.exitCode, actual, m.exitCode(actual, check.exitCode));
  }
  for (const text of listOf(check.output)) {
    const found = seen.result.output.includes(text);
    add('output', found, text, found ? text : '', m.output(text, found));
  }
  for (const text of listOf(check.outputNot)) {
    const found = seen.result.output.includes(text);
    add('outputNot', !found, text, found ? text : '', m.outputNot(text, found));
  }
  if (check.container) results.push(...verifyContainer(check.container, seen.container ?? null));
  if (check.image) {
    const expected = check.image.exists ?? true;
    const actual = seen.imageExists ?? false;
    add('image', actual === expected, expected, actual, m.image(check.image.ref, actual, expected));
    for (const [name, value] of Object.entries(check.image.env ?? {})) {
      const found = seen.imageEnv?.[name];
      add(`image.env.${name}`, found === value, value, found ?? '', m.imageEnv(check.image.ref, name, found, value));
    }
  }
  if (check.removed !== undefined) {
    const actual = seen.removed ?? false;
    add('removed', actual === check.removed, check.removed, actual, m.removed(actual, check.removed));
  }
  if (check.build) results.push(...verifyBuild(check.build, seen.result.build));
  if (check.login) {
    const actual = seen.loggedIn ?? false;
    add('login', actual === check.login.loggedIn, check.login.loggedIn, actual, m.login(check.login.server, actual, check.login.loggedIn));
  }
  if (check.registry) {
    const { repo, tag } = check.registry;
    const seenRegistry = seen.registry;
    if (!seenRegistry || 'error' in seenRegistry) {
      add('registry', false, `${repo}:${tag}`, '', m.registryFailed(seenRegistry?.host ?? '?', seenRegistry && 'error' in seenRegistry ? seenRegistry.error : '?'));
    } else {
      const found = seenRegistry.tags.includes(tag);
      add('registry', found, `${repo}:${tag}`, seenRegistry.tags.join(','), m.registry(seenRegistry.host, seenRegistry.repo, tag, found, seenRegistry.tags));
    }
  }
  return results;
}

function verifyContainer(expected: NonNullable<TryCheck['container']>, container: ContainerFacts | null): CheckResult[] {
  const m = stepMessages();
  if (!container) {
    return [{ field: 'container', passed: false, expected: m.containerWhat(expected.name, expected.image), actual: '', why: m.noContainer(m.containerWhat(expected.name, expected.image)) }];
  }
  const results: CheckResult[] = [];
  const name = container.name;
  const add = (field: string, passed: boolean, want: unknown, actual: unknown, why: string) =>
    results.push({ field: `container.${field}`, passed, expected: String(want), actual: String(actual), why });
  if (expected.running !== undefined) add('running', container.running === expected.running, expected.running, container.running, m.running(name, container.running, expected.running));
  if (expected.exitCode !== undefined) {
    const actual = container.running ? undefined : container.exitCode;
    add('exitCode', actual === expected.exitCode, expected.exitCode, actual ?? 'running', m.containerExit(name, actual, expected.exitCode));
  }
  if (expected.oomKilled !== undefined) add('oomKilled', container.oomKilled === expected.oomKilled, expected.oomKilled, container.oomKilled, m.oomKilled(name, container.oomKilled, expected.oomKilled));
  if (expected.memory !== undefined) {
    // The docker CLI's own reading of `64m` (binary units), so that the lesson and the flag agree.
    const bytes = parseRamInBytes(expected.memory) ?? Number.NaN;
    add('memory', container.memory === bytes, bytes, container.memory, m.memory(name, container.memory, expected.memory, bytes));
  }
  if (expected.cpus !== undefined) {
    const nanos = parseNanoCpus(String(expected.cpus)) ?? Number.NaN;
    const actual = formatNanoCpus(container.nanoCpus);
    add('cpus', container.nanoCpus === nanos, expected.cpus, actual, m.cpus(name, actual, formatNanoCpus(nanos)));
  }
  return results;
}

function verifyBuild(expected: NonNullable<TryCheck['build']>, build: BuildOutcome | undefined): CheckResult[] {
  const m = stepMessages();
  if (!build) return [{ field: 'build', passed: false, expected: 'a build', actual: '', why: m.noBuild }];
  const results: CheckResult[] = [];
  if (expected.cachedSteps !== undefined) {
    const want = [...expected.cachedSteps].sort((a, b) => a - b);
    const actual = [...build.cachedSteps].sort((a, b) => a - b);
    // Every step cached and none ran: either a lesson repeated on a cache still warm from the first time,
    // or the change the step asks for was not made. The check cannot tell which, so it fails and says both.
    const warm = build.ranSteps !== undefined && build.ranSteps.length === 0 && want.every((step) => actual.includes(step)) && actual.length > want.length;
    const why = warm ? m.cachedStepsWarm(want) : m.cachedSteps(actual, want);
    results.push({ field: 'build.cachedSteps', passed: want.join() === actual.join(), expected: want.join(','), actual: actual.join(','), why });
  }
  if (expected.contextMaxBytes !== undefined) {
    const passed = build.contextBytes <= expected.contextMaxBytes;
    results.push({ field: 'build.contextMaxBytes', passed, expected: `<= ${expected.contextMaxBytes}`, actual: String(build.contextBytes), why: m.contextMax(formatBytes(build.contextBytes), formatBytes(expected.contextMaxBytes), passed) });
  }
  if (expected.contextMinBytes !== undefined) {
    const passed = build.contextBytes >= expected.contextMinBytes;
    results.push({ field: 'build.contextMinBytes', passed, expected: `>= ${expected.contextMinBytes}`, actual: String(build.contextBytes), why: m.contextMin(formatBytes(build.contextBytes), formatBytes(expected.contextMinBytes), passed) });
  }
  return results;
}

/** `20971520` -> `20.0 MiB`: sizes in the binary units lessons write them in. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

function listOf(texts: string | string[] | undefined): string[] {
  return texts === undefined ? [] : typeof texts === 'string' ? [texts] : texts;
}
