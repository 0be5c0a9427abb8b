/**
 * What a step depends on and what it reads, against the real daemon: containers an earlier step made
 * (missing, stopped, re-created), output checks in an -it session (the terminal's echo of the learner's
 * keys never counts), and the measures predictions are compared with.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import type { Lesson, TryStep } from '../../src/lessons/model.js';
import { runTryStep } from '../../src/steps/index.js';
import { findUnmetNeeds, recreateNeed } from '../../src/steps/needs.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { capture, freshHome, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('needs-input');
const WEB = `${RUN}-web`;
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
  beforeAll(() => setLang('en'));
  afterAll(async () => {
    await removeRun(RUN);
    rmSync(dirname(home), { recursive: true, force: true });
  });

  it('reports a missing container with the step that makes it, and re-creates it', async () => {
    const connection = await stepConnection();
    expect(await findUnmetNeeds(lesson, 1, connection, env)).toEqual([{ container: WEB, step: 'start-web', stepIndex: 0, state: 'missing', owned: false }]);
    const made = await recreateNeed(lesson, (await findUnmetNeeds(lesson, 1, connection, env))[0]!, { connection, ...capture(), env, explain: false });
    expect(made.passed).toBe(true);
    expect(await findUnmetNeeds(lesson, 1, connection, env)).toEqual([]);
  });

  it('reports a stopped container of its own, and re-creates it in its place', async () => {
    const connection = await stepConnection();
    const before = await connection.docker.getContainer(WEB).inspect();
    await connection.docker.getContainer(WEB).kill();
    const unmet = await findUnmetNeeds(lesson, 1, connection, env);
    expect(unmet).toEqual([{ container: WEB, step: 'start-web', stepIndex: 0, state: 'stopped', owned: true }]);
    expect((await recreateNeed(lesson, unmet[0]!, { connection, ...capture(), env, explain: false })).passed).toBe(true);
    const after = await connection.docker.getContainer(WEB).inspect();
    expect(after.Id).not.toBe(before.Id);
    expect(after.State.Running).toBe(true);
  });

  it('never passes an output check on the keys the learner typed in an -it session', async () => {
    const connection = await stepConnection();
    const failing = terminal('echo written > /no/such/dir/note\rexit\r');
    const outcome = await runTryStep(lesson, 1, { connection, ...failing, env, explain: false });
    // The terminal did echo the line: the learner saw it, the check did not count it.
    expect(failing.text()).toContain('echo written > /no/such/dir/note');
    expect(outcome.results.map((result) => [result.passed, result.why])).toEqual([[false, 'the output does not contain "written"']]);
    const working = terminal('echo written\rexit\r');
    expect((await runTryStep(lesson, 1, { connection, ...working, env, explain: false })).passed).toBe(true);
  });

  it('measures exit codes, printed lines and image sizes for predictions', async () => {
    const connection = await stepConnection();
    const run = (index: number) => runTryStep(lesson, index, { connection, ...capture(), env, explain: false });
    expect((await run(2)).measured).toBe(3);
    expect((await run(3)).measured).toBe(3);
    const size = (await run(4)).measured!;
    const info = await connection.docker.getImage('busybox:latest').inspect();
    expect(size).toBeCloseTo(info.Size / 1e6, 1);
    expect(size).toBeGreaterThan(0);
  });
});
