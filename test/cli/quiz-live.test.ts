/**
 * The quiz and the try-it step with the real tools: lessons read from the fixture folder, commands
 * compared by the docker command-line canonical form, and run live on the harness's daemon.
 */
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learn } from '../../src/cli/commands/learn.js';
import { quiz } from '../../src/cli/commands/quiz.js';
import { connect } from '../../src/docker/engine/connect.js';
import { RUN_LABEL } from '../../src/docker/engine/labels.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { contextFor, ENTER, memoryIo, scriptedPrompts, tempStore, type PromptCall } from './learn-fixtures.js';

const LESSONS = join(resolve(import.meta.dirname, '../..'), 'test/fixtures/e2e-lessons');
let store: ProgressStore;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(() => cleanup());

/** Right answers to the fixture quiz, typed commands spelled differently from the lesson. */
function answer(call: PromptCall): unknown {
  if (call.kind === 'confirm') return call.message.startsWith('Run your command') && runIt;
  if (call.kind === 'checkbox') return [0, 2];
  if (call.message.includes('kernel')) return false;
  if (call.message.includes('--rm the container')) return true;
  if (call.message.includes('prints hello')) return 'docker run --rm busybox echo hello';
  if (call.message.includes('lists every container')) return 'docker container ls --all';
  return 0;
}
let runIt = false;

describe('quiz with the real tools', () => {
  it('grades commands by meaning with the canonical form', async () => {
    runIt = false;
    const { io, out } = memoryIo();
    await quiz(contextFor(['--lessons', LESSONS], { io }), { lesson: 'hello', prompts: scriptedPrompts(Array(10).fill(answer)), store });
    expect(out()).toContain('Score: 8/8 (100%)');
  });

  it('says in one line that no daemon answered when asked to run a typed command', async () => {
    runIt = true;
    const { io, out } = memoryIo();
    const context = contextFor(['--lessons', LESSONS, '--host', 'unix:///nonexistent/docker.sock'], { io });
    await quiz(context, { lesson: 'hello', prompts: scriptedPrompts(Array(10).fill(answer)), store });
    const notRun = out().split('\n').filter((line) => line.startsWith('Not run: '));
    expect(notRun).toHaveLength(2);
    expect(notRun[0]).toContain('/nonexistent/docker.sock');
    expect(out()).toContain('Score: 8/8 (100%)');
  });

  it('offers to run a typed answer only when it is a command docktutor runs', async () => {
    runIt = true;
    const { io } = memoryIo();
    // The hello question is answered with `docker --version` first (wrong), then right when it comes back.
    let wrong = true;
    const reply = (call: PromptCall) => (call.message.includes('prints hello') && wrong ? ((wrong = false), 'docker --version') : answer(call));
    const prompts = scriptedPrompts(Array(20).fill(reply));
    const context = contextFor(['--lessons', LESSONS, '--host', 'unix:///nonexistent/docker.sock'], { io });
    await quiz(context, { lesson: 'hello', prompts, store });
    const offers = prompts.calls.filter((call) => call.kind === 'confirm' && call.message.startsWith('Run your command'));
    // The two right commands are offered; `docker --version`, which docktutor does not run, is not.
    expect(offers).toHaveLength(2);
    expect(wrong).toBe(false);
  });
});

describeDocker('live runs from learn and quiz', () => {
  const runLabel = uniqueName('learn-live');
  beforeEach(() => {
    process.env.DOCKTUTOR_RUN_LABEL = runLabel;
  });
  afterAll(async () => {
    delete process.env.DOCKTUTOR_RUN_LABEL;
    const { docker } = await connect();
    const left = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${runLabel}`] } });
    await Promise.all(left.map((container) => docker.getContainer(container.Id).remove({ force: true })));
  });

  it('runs the typed quiz command on the daemon', async () => {
    runIt = true;
    const { io, out } = memoryIo();
    await quiz(contextFor(['--lessons', LESSONS], { io }), { lesson: 'hello', prompts: scriptedPrompts(Array(10).fill(answer)), store });
    expect(out()).toMatch(/^hello$/m);
    expect(out()).toContain('Score: 8/8 (100%)');
  });

  it('runs a try-it step, shows the check, and records the step only when it passes', async () => {
    const { io, out } = memoryIo();
    const prompts = scriptedPrompts(['next', 'type', 'docker run --rm busybox echo bye', 'type', 'docker run --rm busybox echo hello', 'quit']);
    await learn(contextFor(['--lessons', LESSONS], { io }), { lesson: 'hello', prompts, store });
    const text = out();
    expect(text).toMatch(/✘ Check not passed yet:[\s\S]*✔ Check passed\./);
    expect(text).toMatch(/^bye$/m);
    expect(text).toMatch(/^hello$/m);
    expect((await store.read()).lessons.hello?.stepsDone).toEqual([0, 1]);
  });
});
