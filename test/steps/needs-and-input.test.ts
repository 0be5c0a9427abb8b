/**
 * What a step depends on and what it reads, against the real daemon: containers an earlier step made
 * (missing, stopped, re-created), output checks in an -it session (the terminal's echo of the learner's
 * keys never counts), and the measures predictions are compared with.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Lesson, TryStep } from '../../src/lessons/model.js';
import { runTryStep } from '../../src/steps/index.js';
import { findUnmetNeeds, recreateNeed } from '../../src/steps/needs.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { capture, freshHome, liveOn, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('needs-input');
const WEB = `${RUN}-web`;
const SLEEPER = `${RUN}-sleeper`;
const { home, dockerConfig } = freshHome('needs-input');
const env = { ...process.env, DOCKTUTOR_HOME: home, DOCKER_CONFIG: dockerConfig, DOCKTUTOR_RUN_LABEL: RUN };

function tryStep(id: string, command: string, rest: Partial<TryStep> = {}): Lesson['steps'][number] {
  return { title: id, markdown: '', line: 1, kind: rest.predict ? 'predict' : 'try', questionIds: [], tryStep: { id, mode: 'copy', command, hints: ['h'], needs: [], explain: 'e', check: { exitCode: 0 }, line: 1, ...rest } };
}

const lesson: Lesson = {
  id: 'needs-test', title: 'Needs', order: 1, summary: 's', objectives: ['o'], minutes: 1, passMark: 80, generate: [], lang: 'en', dir: '/nonexistent', file: 'x.md', questions: [],
  steps: [
    tryStep('start-web', `docker run -d --name ${WEB} {{image}} sleep 600`, { check: { container: { name: WEB, running: true } } }),
    tryStep('exec-note', `docker exec -it ${WEB} sh`, { needs: [{ container: WEB, step: 'start-web' }], check: { output: 'written' } }),
    tryStep('predict-exit', "docker run --rm {{image}} sh -c 'exit 3'", { predict: { question: 'q', measure: 'exitCode', tolerance: 0 }, check: { exitCode: 3 } }),
    tryStep('predict-lines', "docker run --rm {{image}} sh -c 'echo a; echo b; echo c'", { predict: { question: 'q', measure: 'outputLines', tolerance: 0 } }),
    tryStep('predict-size', 'docker run --rm {{image}} true', { predict: { question: 'q', measure: 'imageSizeMB', tolerance: 0.25 } }),
    tryStep('run-sleeper', `docker run -d --name ${SLEEPER} {{image}} sleep 600`, { check: { container: { name: SLEEPER, running: true } } }),
    tryStep('stop-sleeper', `docker stop -t 1 ${SLEEPER}`, { needs: [{ container: SLEEPER, step: 'run-sleeper' }], check: { container: { name: SLEEPER, running: false, exitCode: 137 } } }),
    tryStep('inspect-exit', `docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' ${SLEEPER}`, { needs: [{ container: SLEEPER, step: 'stop-sleeper' }], check: { output: 'exited 137' } }),
  ],
};

/** A terminal the test types into: keys wait in the stream until the session reads them. */
function terminal(keys: string) {
  const io = capture();
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  stdin.write(keys);
  return { ...io, stdin };
}

describeDocker('needs, -it sessions and prediction measures', () => {
  afterAll(async () => {
    await removeRun(RUN);
    rmSync(dirname(home), { recursive: true, force: true });
  });

  it('reports a missing container with the step that makes it, and re-creates it', async () => {
    const connection = await stepConnection();
    expect(await findUnmetNeeds(lesson, 1, connection, env)).toEqual([{ container: WEB, step: 'start-web', stepIndex: 0, replay: [0], state: 'missing', owned: false }]);
    const made = await recreateNeed(lesson, (await findUnmetNeeds(lesson, 1, connection, env))[0]!, liveOn(connection, capture(), env));
    expect(made.passed).toBe(true);
    expect(await findUnmetNeeds(lesson, 1, connection, env)).toEqual([]);
  });

  it('reports a stopped container of its own, and re-creates it in its place', async () => {
    const connection = await stepConnection();
    const before = await connection.docker.getContainer(WEB).inspect();
    await connection.docker.getContainer(WEB).kill();
    const unmet = await findUnmetNeeds(lesson, 1, connection, env);
    expect(unmet).toEqual([{ container: WEB, step: 'start-web', stepIndex: 0, replay: [0], state: 'stopped', owned: true }]);
    expect((await recreateNeed(lesson, unmet[0]!, liveOn(connection, capture(), env))).passed).toBe(true);
    const after = await connection.docker.getContainer(WEB).inspect();
    expect(after.Id).not.toBe(before.Id);
    expect(after.State.Running).toBe(true);
  });

  it('needs a container as the step named left it: stopped with its exit code, replaying the steps that made it so', async () => {
    const connection = await stepConnection();
    const live = () => liveOn(connection, capture(), env);
    const missing = await findUnmetNeeds(lesson, 7, connection, env);
    expect(missing).toEqual([{ container: SLEEPER, step: 'stop-sleeper', stepIndex: 6, replay: [5, 6], state: 'missing', owned: false }]);
    expect((await recreateNeed(lesson, missing[0]!, live())).passed).toBe(true);
    expect(await findUnmetNeeds(lesson, 7, connection, env)).toEqual([]);
    expect((await runTryStep(lesson, 7, live())).passed).toBe(true);
    // Started again behind the lesson's back: running is not how stop-sleeper left it.
    await connection.docker.getContainer(SLEEPER).start();
    const changed = await findUnmetNeeds(lesson, 7, connection, env);
    expect(changed).toEqual([{ container: SLEEPER, step: 'stop-sleeper', stepIndex: 6, replay: [5, 6], state: 'changed', owned: true }]);
    expect((await recreateNeed(lesson, changed[0]!, live())).passed).toBe(true);
    const info = await connection.docker.getContainer(SLEEPER).inspect();
    expect([info.State.Running, info.State.ExitCode]).toEqual([false, 137]);
  }, 60_000);

  it('never passes an output check on the keys the learner typed in an -it session', async () => {
    const connection = await stepConnection();
    const failing = terminal('echo written > /no/such/dir/note\rexit\r');
    const outcome = await runTryStep(lesson, 1, liveOn(connection, failing, env));
    // The terminal did echo the line: the learner saw it, the check did not count it.
    expect(failing.text()).toContain('echo written > /no/such/dir/note');
    expect(outcome.results.map((result) => [result.passed, result.why])).toEqual([[false, 'the output does not contain "written"']]);
    const working = terminal('echo written\rexit\r');
    expect((await runTryStep(lesson, 1, liveOn(connection, working, env))).passed).toBe(true);
  });

  it('measures exit codes, printed lines and image sizes for predictions', async () => {
    const connection = await stepConnection();
    const run = (index: number) => runTryStep(lesson, index, liveOn(connection, capture(), env));
    expect((await run(2)).measured).toBe(3);
    expect((await run(3)).measured).toBe(3);
    const size = (await run(4)).measured!;
    const info = await connection.docker.getImage('busybox:latest').inspect();
    expect(size).toBeCloseTo(info.Size / 1e6, 1);
    expect(size).toBeGreaterThan(0);
  });
});
