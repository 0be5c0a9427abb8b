/**
 * A recall step hides its command, so the learner writes their own: every correct spelling must pass.
 * Each lesson below is run in order on the real daemon, with the learner's own spelling of every listed
 * step (management commands, other flag order, `--name=x`, `busybox` for `busybox:latest`, an ID prefix
 * instead of a name, `64M` for `64m`); every check must pass, exactly as with the lesson's own command.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RUN_LABEL } from '../../src/docker/engine/labels.js';
import { setLang } from '../../src/i18n/index.js';
import { loadLessons } from '../../src/lessons/load.js';
import type { Lesson } from '../../src/lessons/model.js';
import { placeholderValues, substitutePlaceholders } from '../../src/lessons/placeholders.js';
import { prepareWorkspace } from '../../src/lessons/workspace.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { runTryStep } from '../../src/steps/index.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { capture, freshHome, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('recall-alternatives');
const lessons = loadLessons(join(PACKAGE_ROOT, 'lessons'), 'en');
const homes: string[] = [];

/** A learner's spelling; a function when it needs what the daemon holds (a container's ID). */
type Spelling = string | (() => Promise<string>);

/** The first 8 hex digits of the ID of docktutor's container of that name in this run. */
async function idPrefix(name: string): Promise<string> {
  const { docker } = await stepConnection();
  const [found] = await docker.listContainers({ all: true, filters: JSON.stringify({ name: [name], label: [`${RUN_LABEL}=${RUN}`] }) });
  if (!found) throw new Error(`no container ${name} in run ${RUN}`);
  return found.Id.slice(0, 8);
}

const SPELLINGS: Record<string, Record<string, Spelling>> = {
  containers: {
    'run-web': 'docker container run --detach --name=dt-web busybox sleep 3600',
    'exec-note': async () => `docker exec ${await idPrefix('dt-web')} sh -c 'echo written > /tmp/note; cat /tmp/note'`,
    'ps-size': 'docker container ls --size',
    'run-exit': 'docker container run --name dt-exit busybox sh -c "exit 3"',
    'ps-exited': 'docker ps --filter status=exited --all',
    'run-env': `docker run -e GREETING=bonjour --rm busybox sh -c 'echo "$GREETING"'`,
  },
  images: {
    'list-local-images': 'docker image ls',
    'pull-again': 'docker image pull docker.io/library/busybox:latest',
    'list-digests': 'docker image ls --digests',
    'list-busybox': 'docker image ls busybox',
  },
  'client-and-daemon': {
    'list-containers': 'docker container ls',
  },
  'resource-limits': {
    'docker-info': 'docker system info',
    'run-limited': 'docker container run --cpus=0.5 -m 64M --detach --name dt-limited busybox sleep 3600',
    'ps-limited': 'docker container ls -f name=dt-limited',
    'cpu-throttled': `docker run --cpus 0.5 --name=dt-cpu busybox time sh -c "head -c 200000000 /dev/zero | md5sum"`,
    'oom-kill': `docker container run -m 32m --name dt-oom busybox sh -c 'tail /dev/zero'`,
  },
};

function lessonById(id: string): Lesson {
  const lesson = lessons.find((entry) => entry.id === id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return lesson;
}

describeDocker('recall steps pass with the learner\'s own spelling of the command', () => {
  beforeAll(() => {
    setLang('en');
    process.env.DOCKTUTOR_RUN_LABEL = RUN;
  });

  afterAll(async () => {
    await removeRun(RUN);
    for (const home of homes) rmSync(dirname(home), { recursive: true, force: true });
    delete process.env.DOCKTUTOR_RUN_LABEL;
  });

  it.each(Object.keys(SPELLINGS))('%s', async (id) => {
    const lesson = lessonById(id);
    const spellings = SPELLINGS[id]!;
    const { home, dockerConfig } = freshHome(lesson.id);
    homes.push(home);
    const env: NodeJS.ProcessEnv = { ...process.env, DOCKTUTOR_HOME: home, DOCKER_CONFIG: dockerConfig, DOCKTUTOR_RUN_LABEL: RUN };
    const connection = await stepConnection();
    await prepareWorkspace(lesson, env);
    let tried = 0;
    for (const [index, step] of lesson.steps.entries()) {
      const tryStep = step.tryStep;
      // Steps that depend on an edit exercise's image are left to the shipped-steps test.
      if (!tryStep || tryStep.id === 'run-memlimit') continue;
      const spelling = spellings[tryStep.id];
      const line = spelling === undefined ? substitutePlaceholders(tryStep.command, placeholderValues(env)) : typeof spelling === 'string' ? spelling : await spelling();
      const io = capture();
      const outcome = await runTryStep(lesson, index, { connection, ...io, env, explain: false, line });
      const failed = outcome.results.filter((result) => !result.passed).map((result) => result.why);
      expect(failed, `${lesson.id} / ${tryStep.id}: ${line}\n${io.text()}`).toEqual([]);
      if (spelling !== undefined) tried++;
    }
    expect(tried).toBe(Object.keys(spellings).length);
  }, 600_000);
});
