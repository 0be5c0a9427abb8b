/**
 * Every try and edit step of every shipped lesson, in lesson order against the real daemon (a later
 * try step may use the image an edit step built). Try steps run their reference command and every
 * check must pass. Edit steps get their starting files first, where each `startFails` kind must fail
 * with its message, then the reference solution, where every check must pass. Steps that need the
 * bridge network are counted as skipped on a daemon without one, and the counts are printed.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadLessons } from '../../src/lessons/load.js';
import type { EditStep, Lesson } from '../../src/lessons/model.js';
import { placeholderValues, substitutePlaceholders } from '../../src/lessons/placeholders.js';
import { prepareWorkspace } from '../../src/lessons/workspace.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { checkEditStep } from '../../src/steps/edit/check-edit-step.js';
import { writeEditFiles } from '../../src/steps/edit/files.js';
import { editCheckMessages } from '../../src/i18n/edit-checks.js';
import { runTryStep } from '../../src/steps/index.js';
import { describeDocker, testRegistry, uniqueName } from '../helpers/docker.js';
import { capture, freshHome, liveOn, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('shipped-steps');

/**
 * BuildKit's cache outlives the images the test removes, and a lesson whose checks count the steps a
 * build takes from the cache expects its first builds to find none of their own. So that a second run
 * on the same daemon meets those builds as the first did, the sources these lessons' Dockerfiles COPY
 * get a comment line unique to the run: their output is unchanged, their content (the cache key) new.
 * Nothing outside the test's own practice folders is touched (no daemon-wide cache prune).
 */
const UNIQUE_PER_RUN: Record<string, string[]> = { 'build-cache': ['src/v1/app.sh', 'src/v2/app.sh'] };
const lessons = loadLessons(join(PACKAGE_ROOT, 'lessons'), 'en');
const homes: string[] = [];
const counts = { tryRan: 0, tryPassed: 0, editRan: 0, editPassed: 0, startFailsSeen: 0, skipped: [] as string[] };

describeDocker('the try steps of the shipped lessons', () => {
  const registry = testRegistry();

  beforeAll(() => {
    process.env.DOCKTUTOR_RUN_LABEL = RUN;
  });

  afterAll(async () => {
    const total = lessons.reduce((sum, lesson) => sum + lesson.steps.filter((step) => step.tryStep || step.editStep).length, 0);
    // Loud on purpose: a skipped step is a step this daemon could not check.
    console.warn(
      `shipped steps: ${counts.tryRan} try steps ran, ${counts.tryPassed} passed; ${counts.editRan} edit steps ran, ${counts.editPassed} passed ` +
        `(${counts.startFailsSeen} starting-file failures seen); ${counts.skipped.length} skipped of ${total}` +
        (counts.skipped.length > 0 ? ` (no bridge network on this daemon: ${counts.skipped.join(', ')})` : ''),
    );
    await removeRun(RUN, registry ? [`${registry.host}/`] : []);
    for (const home of homes) rmSync(dirname(home), { recursive: true, force: true });
    delete process.env.DOCKTUTOR_RUN_LABEL;
  });

  it('makes unique per run the sources of every lesson that counts cached build steps', () => {
    const counting = lessons.filter((lesson) => lesson.steps.some((step) => step.tryStep?.check.build?.cachedSteps !== undefined)).map((lesson) => lesson.id);
    expect(counting).toEqual(Object.keys(UNIQUE_PER_RUN));
  });

  it.each(lessons.map((lesson) => [lesson.id, lesson] as const))('%s: every check passes', async (_, lesson) => {
    const { home, dockerConfig } = freshHome(lesson.id);
    homes.push(home);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DOCKTUTOR_HOME: home,
      DOCKER_CONFIG: dockerConfig,
      DOCKTUTOR_RUN_LABEL: RUN,
      ...(registry ? { DOCKTUTOR_REGISTRY: registry.host, DOCKTUTOR_REGISTRY_USER: registry.user } : {}),
    };
    const connection = await stepConnection();
    const bridge = (await connection.docker.listNetworks({ filters: JSON.stringify({ name: ['bridge'] }) })).some((network) => network.Name === 'bridge');
    const folder = await prepareWorkspace(lesson, env);
    for (const path of UNIQUE_PER_RUN[lesson.id] ?? []) appendFileSync(join(folder, path), `# ${RUN}\n`);
    for (const [index, step] of lesson.steps.entries()) {
      if (step.editStep) {
        await checkEdit(lesson, step.editStep, { connection, env, lesson: lesson.id, folder });
        continue;
      }
      if (!step.tryStep) continue;
      if (step.tryStep.network === 'bridge' && !bridge) {
        counts.skipped.push(`${lesson.id}/${step.tryStep.id}`);
        continue;
      }
      const command = substitutePlaceholders(step.tryStep.command, placeholderValues(env));
      // Without a terminal, docker login reads the password from stdin only when told to.
      const login = /^docker\s+login\b/.test(command) && registry !== undefined;
      const io = capture(login ? `${registry.password}\n` : undefined);
      counts.tryRan += 1;
      const outcome = await runTryStep(lesson, index, liveOn(connection, io, env), login ? { line: `${command} --password-stdin` } : {});
      const failed = outcome.results.filter((result) => !result.passed).map((result) => result.why);
      // Soft: one failing step is reported and the lesson goes on, so every step is counted.
      expect.soft(failed, `${lesson.id} / ${step.tryStep.id}: ${command}\n${io.text()}`).toEqual([]);
      expect(outcome.results.length).toBeGreaterThan(0);
      if (step.tryStep.predict) expect.soft(outcome.measured, `${lesson.id} / ${step.tryStep.id}: nothing to measure for ${step.tryStep.predict.measure}`).toBeTypeOf('number');
      if (failed.length === 0) counts.tryPassed += 1;
    }
  }, 600_000);
}, ['busybox', 'registry', 'mirror']);

/** The starting files fail the kinds the exercise is about, each with its message; the solution passes all. */
async function checkEdit(lesson: Lesson, edit: EditStep, options: Parameters<typeof checkEditStep>[1]): Promise<void> {
  const values = placeholderValues(options.env);
  const where = `${lesson.id} / ${edit.id}`;
  counts.editRan += 1;
  await writeEditFiles(edit, options.folder, 'start', values);
  const start = await checkEditStep(edit, options);
  for (const kind of edit.startFails) {
    const failing = start.results.filter((result) => result.kind === kind && result.state === 'fail');
    expect.soft(failing.length, `${where}: the starting files should fail ${kind}; got ${summarize(start.results)}`).toBeGreaterThan(0);
    for (const result of failing) {
      const check = edit.checks[result.index]!;
      expect(result.message, `${where}: ${kind} fails without its message`).toBe(check.why ?? result.message);
      expect(result.message.length).toBeGreaterThan(20);
      expect(result.message).not.toBe(editCheckMessages().blocked);
    }
    if (failing.length > 0) counts.startFailsSeen += 1;
  }
  await writeEditFiles(edit, options.folder, 'solution', values);
  const solved = await checkEditStep(edit, options);
  const unsolved = solved.results.filter((result) => result.state !== 'pass').map((result) => `${result.kind}: ${result.message} ${result.detail.join(' | ')}`);
  expect.soft(unsolved, `${where}: the solution`).toEqual([]);
  if (unsolved.length === 0) counts.editPassed += 1;
}

function summarize(results: { kind: string; state: string; message: string }[]): string {
  return results.map((result) => `${result.kind}=${result.state} (${result.message})`).join('; ');
}
