/**
 * Every try step of every shipped lesson, run in order against the real daemon, as a learner who
 * types each command exactly as shown would run it; each check must pass.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { loadLessons } from '../../src/lessons/load.js';
import { placeholderValues, substitutePlaceholders } from '../../src/lessons/placeholders.js';
import { prepareWorkspace } from '../../src/lessons/workspace.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { runTryStep } from '../../src/steps/index.js';
import { describeDocker, testRegistry, uniqueName } from '../helpers/docker.js';
import { capture, freshHome, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('shipped-steps');
const lessons = loadLessons(join(PACKAGE_ROOT, 'lessons'), 'en');
const homes: string[] = [];

describeDocker('the try steps of the shipped lessons', () => {
  const registry = testRegistry();

  beforeAll(() => {
    setLang('en');
    process.env.DOCKTUTOR_RUN_LABEL = RUN;
  });

  afterAll(async () => {
    await removeRun(RUN, registry ? [`${registry.host}/`] : []);
    for (const home of homes) rmSync(dirname(home), { recursive: true, force: true });
    delete process.env.DOCKTUTOR_RUN_LABEL;
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
    await prepareWorkspace(lesson, env);
    for (const [index, step] of lesson.steps.entries()) {
      if (!step.tryStep) continue;
      const command = substitutePlaceholders(step.tryStep.command, placeholderValues(env));
      // Without a terminal, docker login reads the password from stdin only when told to.
      const login = /^docker\s+login\b/.test(command) && registry !== undefined;
      const io = capture(login ? `${registry.password}\n` : undefined);
      const outcome = await runTryStep(lesson, index, { connection, ...io, env, explain: false, ...(login ? { line: `${command} --password-stdin` } : {}) });
      const failed = outcome.results.filter((result) => !result.passed).map((result) => result.why);
      expect(failed, `${lesson.id} / ${step.tryStep.id}: ${command}\n${io.text()}`).toEqual([]);
      expect(outcome.results.length).toBeGreaterThan(0);
    }
  }, 600_000);
}, ['busybox', 'registry', 'mirror']);
