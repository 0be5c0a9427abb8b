import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MANAGED_LABEL } from '../../src/docker/engine/labels.js';
import type { Lesson, TryCheck } from '../../src/lessons/model.js';
import { removeOwnedContainer } from '../../src/steps/containers.js';
import { runTryStep } from '../../src/steps/index.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { capture, freshHome, liveOn, removeRun, stepConnection } from './daemon.js';

const RUN = uniqueName('run-try-step');
const { home, dockerConfig } = freshHome('run-try-step');
const env = { ...process.env, DOCKTUTOR_HOME: home, DOCKER_CONFIG: dockerConfig, DOCKTUTOR_RUN_LABEL: RUN };

/** A one-step lesson around a try block. */
function lessonWith(command: string, check: TryCheck): Lesson {
  return {
    id: 'runner-test', title: 'Runner', order: 1, summary: 's', objectives: ['o'], minutes: 1, passMark: 80, generate: [], lang: 'en', dir: '/nonexistent', file: 'x.md',
    questions: [],
    steps: [{ title: 'Try', markdown: '', line: 1, kind: 'try', questionIds: [], tryStep: { id: 't', mode: 'copy', command, hints: ['h'], needs: [], explain: 'e', check, line: 1 } }],
  };
}

describeDocker('runTryStep', () => {
  const foreign = uniqueName('foreign');
  const named = uniqueName('named');

  beforeAll(() => {
    process.env.DOCKTUTOR_RUN_LABEL = RUN;
  });

  afterAll(async () => {
    const { docker } = await stepConnection();
    await docker.getContainer(foreign).remove({ force: true }).catch(() => undefined);
    await removeRun(RUN);
    rmSync(dirname(home), { recursive: true, force: true });
    delete process.env.DOCKTUTOR_RUN_LABEL;
  });

  it('refuses a second run of a named step as docker does, and names docktutor\'s container so it can be removed', async () => {
    const lesson = lessonWith(`docker run --name ${named} {{image}} sh -c 'exit 4'`, { exitCode: 4, container: { name: named, running: false, exitCode: 4 } });
    const connection = await stepConnection();
    const first = await runTryStep(lesson, 0, liveOn(connection, capture(), env));
    expect(first.passed).toBe(true);
    expect(first.conflict).toBeUndefined();
    const firstId = (await connection.docker.getContainer(named).inspect()).Id;
    const io = capture();
    // A 60-column pipe (vitest's COLUMNS is 1000, so that other tests read messages whole).
    const second = await runTryStep(lesson, 0, liveOn(connection, io, { ...env, COLUMNS: '60' }));
    expect(second.exitCode).toBe(125);
    expect(io.text().replace(/\s+/g, ' ')).toMatch(new RegExp(`Conflict\\. The container name "/${named}" is already in use`));
    // docker's long message and its hint are wrapped to the width, not cut by the terminal mid-word.
    expect(io.text()).toMatch(/^docker: Error response from daemon: Conflict\./m);
    expect(io.text()).toMatch(/^  hint: remove the old container/m);
    expect(Math.max(...io.text().split('\n').map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(second.conflict).toMatchObject({ name: named, running: false, owned: true });
    // Nothing was replaced: the first container is still the one of that name.
    expect((await connection.docker.getContainer(named).inspect()).Id).toBe(firstId);
    expect(await removeOwnedContainer(connection, named, env)).toBe('removed');
    const third = await runTryStep(lesson, 0, liveOn(connection, capture(), env));
    expect(third.lines).toEqual(['✓ the command exited with 4', `✓ a container named ${named} is not running`, `✓ a container named ${named} exited with 4`]);
  });

  it('never removes a container of that name that docktutor did not make', async () => {
    const connection = await stepConnection();
    const container = await connection.docker.createContainer({ name: foreign, Image: 'busybox:latest', Cmd: ['true'] });
    expect((await container.inspect()).Config.Labels?.[MANAGED_LABEL]).toBeUndefined();
    const io = capture();
    const outcome = await runTryStep(lessonWith(`docker run --name ${foreign} {{image}} true`, { exitCode: 0 }), 0, liveOn(connection, io, env));
    expect(outcome.passed).toBe(false);
    expect(outcome.exitCode).toBe(125);
    expect(io.text()).toMatch(/already in use|Conflict/i);
    expect(outcome.conflict).toMatchObject({ name: foreign, running: false, owned: false });
    expect(await removeOwnedContainer(connection, foreign, env)).toBe('not-owned');
    expect((await container.inspect()).Id).toBe(container.id);
  });

  it('never removes a container of that name that only carries docktutor\'s label (inherited, not made by docktutor)', async () => {
    const connection = await stepConnection();
    const inherited = uniqueName('inherited');
    const container = await connection.docker.createContainer({ name: inherited, Image: 'busybox:latest', Cmd: ['true'], Labels: { [MANAGED_LABEL]: 'true', 'io.docktutor.run': RUN } });
    try {
      const io = capture();
      const outcome = await runTryStep(lessonWith(`docker run --name ${inherited} {{image}} true`, { exitCode: 0 }), 0, liveOn(connection, io, env));
      expect(outcome.exitCode).toBe(125);
      expect(io.text()).toMatch(/already in use|Conflict/i);
      expect(outcome.conflict).toMatchObject({ name: inherited, running: false, owned: false });
      expect(await removeOwnedContainer(connection, inherited, env)).toBe('not-owned');
      expect((await container.inspect()).Id).toBe(container.id);
    } finally {
      await container.remove({ force: true }).catch(() => undefined);
    }
  });

  it('explains a check that fails, with what was found', async () => {
    const connection = await stepConnection();
    const lesson = lessonWith('docker run --rm {{image}} echo bye', { exitCode: 0, output: 'hello', image: { ref: 'dt-test-no-such-image:1' } });
    const outcome = await runTryStep(lesson, 0, liveOn(connection, capture(), env));
    expect(outcome.passed).toBe(false);
    expect(outcome.results.map((result) => [result.field, result.passed, result.why])).toEqual([
      ['exitCode', true, 'the command exited with 0'],
      ['output', false, 'the output does not contain "hello"'],
      ['image', false, 'no image is tagged dt-test-no-such-image:1, expected one'],
    ]);
  });

  it('runs what the learner typed, when called the way the learn flow calls it', async () => {
    const io = capture();
    const lesson = lessonWith('docker run --rm {{image}} echo hello', { exitCode: 0, output: 'typed' });
    const outcome = await runTryStep(lesson, 0, liveOn(undefined, io, env, true), { line: 'docker run --rm busybox:latest echo typed' });
    expect(outcome.passed).toBe(true);
    expect(io.text()).toContain('typed');
  });

  it('reads quotes as the shell the lesson teaches: $GREETING in double quotes is the learner\'s own, in single quotes the container\'s', async () => {
    const connection = await stepConnection();
    const lesson = lessonWith("docker run --rm -e GREETING=bonjour {{image}} sh -c 'echo $GREETING'", { exitCode: 0, output: 'bonjour' });
    const typed = (line: string, extra: NodeJS.ProcessEnv = {}) => {
      const io = capture();
      const shellEnv: NodeJS.ProcessEnv = { ...env };
      delete shellEnv.GREETING;
      Object.assign(shellEnv, extra);
      return runTryStep(lesson, 0, liveOn(connection, io, shellEnv), { line }).then((outcome) => ({ outcome, text: io.text() }));
    };
    // As the lesson's hint says: in double quotes the learner's shell expands it first, to nothing here.
    const doubled = await typed('docker run --rm -e GREETING=bonjour busybox:latest sh -c "echo $GREETING"');
    expect(doubled.outcome.results.find((result) => result.field === 'output')).toMatchObject({ passed: false, why: 'the output does not contain "bonjour"' });
    expect(doubled.text.replace(/\s+/g, ' ')).toContain('note: as your shell does, docktutor replaced $GREETING (not set: empty) from your environment before docker saw the line');
    // Set in the learner's environment, it is that value the container prints.
    const mine = await typed('docker run --rm -e GREETING=bonjour busybox:latest sh -c "echo $GREETING"', { GREETING: 'salut' });
    expect(mine.text).toMatch(/^salut$/m);
    expect(mine.outcome.passed).toBe(false);
    // Single quotes keep it for the container's sh: the lesson's result, and no note.
    const single = await typed("docker run --rm -e GREETING=bonjour busybox:latest sh -c 'echo $GREETING'");
    expect(single.outcome.passed).toBe(true);
    expect(single.text).not.toContain('note:');
  });

  it('refuses a step without a try block', async () => {
    const connection = await stepConnection();
    const lesson = lessonWith('docker ps', { exitCode: 0 });
    await expect(runTryStep(lesson, 3, liveOn(connection, capture(), env))).rejects.toThrow('lesson runner-test has no try-it step at step 4');
  });
});

