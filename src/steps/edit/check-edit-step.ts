/**
 * Checks an edit step against the daemon: build the practice folder as the step says, read the image,
 * run the probes its checks need, and judge every check. Each call leaves behind only the step's tagged
 * image: the image the tag pointed to before (when docktutor built it and nothing else uses it), the
 * cache probe's rebuild and the probe containers are removed.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connection } from '../../docker/engine/connect.js';
import { daemonReason } from '../../docker/engine/errors.js';
import type { EditStep } from '../../lessons/model.js';
import { placeholderValues, substitutePlaceholders } from '../../lessons/placeholders.js';
import { formatBytes } from '../verify.js';
import { buildEditImage } from './build.js';
import { probeCacheReuse } from './cache-reuse.js';
import { parseDockerfile, type ParsedDockerfile } from './dockerfile.js';
import { readPracticeFile } from './files.js';
import { inspectImage, readImageFacts } from './inspect.js';
import { judgeEditChecks, runProbeFacts, type EditCheckResult, type EditFacts, type ProbeFacts } from './judge.js';
import { probePaths, probeRun } from './probes.js';
import { removeIfUnused } from './remove-image.js';

export interface EditCheckOptions {
  connection: Connection;
  env: NodeJS.ProcessEnv;
  /** The lesson's id, recorded as a label on what the checks create. */
  lesson: string;
  /** The lesson's practice folder, holding the learner's files. */
  folder: string;
  /** Called as results come in (the build first, then each probe), for a list redrawn in place. */
  onProgress?: (results: EditCheckResult[]) => void;
}

export interface EditOutcome {
  passed: boolean;
  results: EditCheckResult[];
}

export async function checkEditStep(step: EditStep, options: EditCheckOptions): Promise<EditOutcome> {
  const values = placeholderValues(options.env);
  const build = { ...step.build, args: Object.fromEntries(Object.entries(step.build.args).map(([name, value]) => [name, substitutePlaceholders(value, values)])) };
  const text = await readPracticeFile(options.folder, build.dockerfile);
  const dockerfile = text === undefined ? undefined : parseDockerfile(text);
  const facts: EditFacts = { build: { ok: false, errorLines: [] }, ...(dockerfile ? { dockerfile } : {}), ...(build.target ? { target: build.target } : {}), probes: {} };
  const pending = new Set(step.checks.keys());
  const report = () => options.onProgress?.(judgeEditChecks(step.checks, facts, pending));
  report();
  const context = { connection: options.connection, env: options.env, lesson: options.lesson };
  const before = await taggedImage(options.connection, build.tag);
  const built = await buildEditImage(build, options.folder, context);
  if (!built.ok) {
    facts.build = { ok: false, errorLines: built.errorLines };
  } else {
    const imageId = built.outcome.imageId ?? build.tag;
    const contextFiles = built.outcome.contextPaths ?? [];
    // The biggest file names what to leave out, and the base image's layers are read, only when a check asks.
    const wants = (kind: string) => step.checks.some((check) => check.kind === kind);
    facts.build = { ok: true, contextBytes: built.outcome.contextBytes, contextFiles, ...(wants('maxContext') ? await biggestFile(options.folder, contextFiles) : {}) };
    const info = await inspectImage(options.connection, imageId);
    facts.image = await readImageFacts(options.connection, info, wants('maxLayers') ? dockerfile : undefined, build);
    const probes = probesFor(step, build, options, { imageId: info.Id, contextFiles, dockerfile });
    for (const index of pending) if (!probes.has(index)) pending.delete(index);
    report();
    await Promise.all(
      [...probes].map(async ([index, probe]) => {
        facts.probes[index] = await probe().catch((error: unknown) => ({ kind: 'error' as const, reason: daemonReason(error) }));
        pending.delete(index);
        report();
      }),
    );
    pending.clear();
    report();
    if (before && before !== info.Id) await removeIfUnused(options.connection, before, options.env);
  }
  pending.clear();
  const results = judgeEditChecks(step.checks, facts);
  return { passed: results.every((result) => result.state === 'pass'), results };
}

/** The probes the checks need, by check index, not yet started. They run side by side. */
function probesFor(
  step: EditStep,
  build: EditStep['build'],
  options: EditCheckOptions,
  image: { imageId: string; contextFiles: string[]; dockerfile: ParsedDockerfile | undefined },
): Map<number, () => Promise<ProbeFacts>> {
  const probes = new Map<number, () => Promise<ProbeFacts>>();
  const context = { docker: options.connection.docker, env: options.env, lesson: options.lesson };
  const absent = step.checks.flatMap((check) => (check.kind === 'absent' || check.kind === 'present' ? [check.path] : []));
  let paths: Promise<Map<string, boolean>> | undefined;
  for (const [index, check] of step.checks.entries()) {
    if (check.kind === 'absent' || check.kind === 'present') {
      // One container answers for every absent or present path.
      probes.set(index, async () => {
        paths ??= probePaths(context, image.imageId, absent);
        return { kind: 'absent', exists: (await paths).get(check.path) ?? false };
      });
    } else if (check.kind === 'run') {
      probes.set(index, async () => {
        const ran = await probeRun(context, image.imageId, check.command);
        return runProbeFacts(ran.output, ran);
      });
    } else if (check.kind === 'cacheReuse') {
      // The rebuild is untagged: the image the other probes look at stays as it is.
      const buildContext = { connection: options.connection, env: options.env, lesson: options.lesson };
      probes.set(index, () => probeCacheReuse(check, build, options.folder, { contextFiles: image.contextFiles, imageId: image.imageId }, buildContext));
    }
  }
  return probes;
}

async function taggedImage(connection: Connection, tag: string): Promise<string | undefined> {
  return connection.docker
    .getImage(tag)
    .inspect()
    .then(
      (info) => info.Id,
      () => undefined,
    );
}

async function biggestFile(folder: string, files: string[]): Promise<{ biggestFile?: string }> {
  let best: { path: string; size: number } | undefined;
  for (const path of files) {
    const info = await lstat(join(folder, path)).catch(() => undefined);
    if (info?.isFile() && (!best || info.size > best.size)) best = { path, size: info.size };
  }
  return best ? { biggestFile: `${best.path}, ${formatBytes(best.size)}` } : {};
}
