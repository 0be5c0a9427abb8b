/**
 * The learner's side of try, predict and edit steps, with scripted prompts and fake step tools: an
 * empty prompt, the hint ladder up to the answer (remembered), predictions beside the result, needed
 * containers and taken names offered in one key, and an edit step solved in watch mode.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learn } from '../../src/cli/commands/learn.js';
import type { Lesson, TryStep } from '../../src/lessons/model.js';
import type { ProgressStore } from '../../src/progress/store.js';
import type { EditCheckResult } from '../../src/steps/edit/judge.js';
import { contextFor, ENTER, fakeTools, makeLesson, memoryIo, type Reply, scriptedPrompts, tempStore } from './learn-fixtures.js';

let store: ProgressStore;
let cleanup: () => Promise<void>;
const now = () => new Date(Date.UTC(2025, 2, 1, 10, 0, 0));

beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(() => cleanup());

/** A lesson whose step 2 is the try step given (the lesson starts at it: resume at step index 1). */
function lessonWithTry(tryStep: Partial<TryStep>): Lesson {
  const lesson = makeLesson('alpha', 1, 'Alpha');
  Object.assign(lesson.steps[1]!.tryStep!, tryStep);
  if (tryStep.predict) lesson.steps[1]!.kind = 'predict';
  lesson.questions = [];
  return lesson;
}

async function startAt(step: number): Promise<void> {
  await store.update({ kind: 'visit', lesson: 'alpha', step, at: now().toISOString() });
}

function learnWith(lesson: Lesson, replies: Reply[], tools = fakeTools([lesson])) {
  const prompts = scriptedPrompts(replies);
  const { io, out } = memoryIo();
  return { done: learn(contextFor([], { io }), { lesson: 'alpha', prompts, tools, store, now }), prompts, out, tools };
}

const RECALL: Partial<TryStep> = { mode: 'recall', goal: 'Print hello from a throwaway container.', hints: ['It is docker run.', 'Add --rm and echo hello.'] };

describe('learn: try steps', () => {
  it('starts a recall step from an empty prompt with nothing to fill in, and passes a command that differs from the reference', async () => {
    await startAt(1);
    const lesson = lessonWithTry(RECALL);
    const tools = fakeTools([lesson], { tryOutcome: () => ({ passed: true, lines: ['✓ the output contains "hello"'] }) });
    const { done, prompts, out } = learnWith(lesson, ['type', 'docker container run --rm busybox echo hello', 'quit'], tools);
    await done;
    const command = prompts.calls.find((call) => call.kind === 'command')!;
    expect(command.default).toBeUndefined();
    expect(tools.ran).toEqual(['docker container run --rm busybox echo hello']);
    expect(out()).toContain('✔ Check passed.');
    expect((await store.read()).lessons.alpha!.steps.hello).toMatchObject({ outcome: 'unaided', hints: 0 });
  });

  it('offers the shown command to Tab or Up in copy mode, and goes back on an empty line', async () => {
    await startAt(1);
    const lesson = lessonWithTry({});
    const { done, prompts, tools } = learnWith(lesson, ['type', '', 'quit']);
    await done;
    expect(prompts.calls[1]).toMatchObject({ kind: 'command', default: 'docker run --rm busybox:latest echo hello' });
    expect(tools.ran).toEqual([]);
  });

  it('makes the step ready (its practice folder, its check) before the command prompt comes up, and runs the typed line with it', async () => {
    await startAt(1);
    const lesson = lessonWithTry({});
    const tools = fakeTools([lesson]);
    const order: string[] = [];
    const start = tools.startTryStep;
    tools.startTryStep = async (...args) => {
      order.push('ready');
      const run = await start(...args);
      return (line) => (order.push(`run ${line}`), run(line));
    };
    const prompts = scriptedPrompts(['type', (call: { kind: string }) => (order.push(`prompt ${call.kind}`), 'docker run --rm busybox:latest echo hello'), 'quit']);
    await learn(contextFor([], { io: memoryIo().io }), { lesson: 'alpha', prompts, tools, store, now });
    expect(order).toEqual(['ready', 'prompt command', 'run docker run --rm busybox:latest echo hello']);
    expect(tools.ran).toEqual(['docker run --rm busybox:latest echo hello']);
  });

  it('climbs the hint ladder one rung at a time up to the command, remembers it, and counts the step as revealed', async () => {
    await startAt(1);
    const lesson = lessonWithTry(RECALL);
    const first = learnWith(lesson, ['hint', 'hint', 'quit']);
    await first.done;
    const labels = first.prompts.calls.map((call) => call.choices.find((choice) => choice.value === 'hint')?.name);
    expect(labels).toEqual(['Show a hint (1/2)', 'Show a hint (2/2)', 'Show the answer']);
    expect(first.out()).toContain('Hint 1/2: It is docker run.');
    expect(first.out()).toContain('Hint 2/2: Add --rm and echo hello.');
    expect((await store.read()).lessons.alpha!.hintRungs.hello).toBe(2);

    const second = learnWith(lesson, ['hint', 'type', ENTER, 'quit']);
    await second.done;
    const text = second.out();
    // Back on the step: the rungs seen so far, once, then the answer on request.
    expect(text).toMatch(/Hints so far:\nHint 1\/2: It is docker run\.\nHint 2\/2: Add --rm and echo hello\.\n/);
    expect(text).toContain('The answer:\n  $ docker run --rm busybox:latest echo hello');
    expect(second.prompts.calls.at(-1)!.choices.map((choice) => choice.value)).not.toContain('hint');
    const alpha = (await store.read()).lessons.alpha!;
    expect(alpha.hintRungs.hello).toBe(3);
    expect(alpha.steps.hello).toMatchObject({ outcome: 'revealed', hints: 3 });
  });

  it('counts a skipped step as skipped', async () => {
    await startAt(1);
    await learnWith(lessonWithTry(RECALL), ['hint', 'skip', 'quit']).done;
    expect((await store.read()).lessons.alpha!.steps.hello).toMatchObject({ outcome: 'skipped', hints: 1 });
  });

  it('asks the prediction before the run and shows it beside the result, recording both', async () => {
    await startAt(1);
    const lesson = lessonWithTry({ predict: { question: 'Which exit code?', measure: 'exitCode', options: [0, 1, 3], tolerance: 0 } });
    const tools = fakeTools([lesson], { tryOutcome: () => ({ passed: true, lines: [], measured: 3 }) });
    const { done, prompts, out } = learnWith(lesson, ['type', 1, ENTER, 'quit'], tools);
    await done;
    const predict = prompts.calls[1]!;
    expect(predict).toMatchObject({ kind: 'select', message: 'Which exit code?' });
    expect(predict.choices.map((choice) => choice.value)).toEqual([0, 1, 3]);
    expect(prompts.calls[2]!.kind).toBe('command');
    expect(out()).toContain('✘ You predicted 1; the result: 3.');
    expect((await store.read()).lessons.alpha!.predictions.hello).toMatchObject({ predicted: '1', actual: '3', correct: false });
  });

  it('offers in one key to re-create a container the step needs, then runs the command', async () => {
    await startAt(1);
    const lesson = lessonWithTry({ needs: [{ container: 'dt-web', step: 'start-web' }] });
    const tools = fakeTools([lesson]);
    const recreated: string[] = [];
    tools.unmetNeeds = async () => [{ container: 'dt-web', step: 'start-web', stepIndex: 1, replay: [1], state: 'missing', owned: false }];
    tools.recreateNeed = async (_lesson, need) => (recreated.push(need.container), { passed: true, lines: [] });
    const { done, prompts, out } = learnWith(lesson, ['type', ENTER, ENTER, 'quit'], tools);
    await done;
    expect(out().replace(/\s+/g, ' ')).toContain('dt-web is not there any more: step 2 made it, and it has been removed since.');
    expect(prompts.calls[1]).toMatchObject({ kind: 'confirm', default: true, message: 'Re-create it now? (runs docker run --rm busybox:latest echo hello)' });
    expect(recreated).toEqual(['dt-web']);
    expect(out()).toContain('dt-web is running again.');
    expect(tools.ran).toEqual(['docker run --rm busybox:latest echo hello']);
  });

  it('shows every command a re-creation replays before it runs them, and says the container is back as the step left it', async () => {
    await startAt(1);
    const lesson = lessonWithTry({ needs: [{ container: 'dt-sleeper', step: 'stop-sleeper' }] });
    lesson.steps[0]!.tryStep = { ...lesson.steps[1]!.tryStep!, id: 'run-sleeper', command: 'docker run -d --name dt-sleeper {{image}} sleep 600', needs: [] };
    const tools = fakeTools([lesson]);
    tools.unmetNeeds = async () => [{ container: 'dt-sleeper', step: 'stop-sleeper', stepIndex: 2, replay: [0, 1], state: 'changed', owned: true }];
    tools.recreateNeed = async () => ({ passed: true, lines: [] });
    const { done, prompts, out } = learnWith(lesson, ['type', ENTER, ENTER, 'quit'], tools);
    await done;
    expect(out().replace(/\s+/g, ' ')).toContain('dt-sleeper is no longer as step 3 left it, and this step needs it that way.');
    expect(prompts.calls[1]).toMatchObject({ kind: 'confirm', default: true, message: 'Re-create it now? (runs docker run -d --name dt-sleeper busybox:latest sleep 600, then docker run --rm busybox:latest echo hello)' });
    expect(out()).toContain('dt-sleeper is back as step 3 left it.');
  });

  it("offers to remove docktutor's container when the name is taken, and never another's", async () => {
    await startAt(1);
    const lesson = lessonWithTry({});
    let runs = 0;
    const tools = fakeTools([lesson], { tryOutcome: () => (runs++ === 0 ? { passed: false, lines: ['✗ exit 125'], conflict: { name: 'dt-web', running: true, owned: true } } : { passed: true, lines: [] }) });
    const removed: string[] = [];
    tools.removeOwnedContainer = async (name) => (removed.push(name), 'removed');
    const { done, out } = learnWith(lesson, ['type', ENTER, true, 'quit'], tools);
    await done;
    expect(out().replace(/\s+/g, ' ')).toContain('A container named dt-web already exists: docktutor made it');
    expect(removed).toEqual(['dt-web']);
    expect(tools.ran).toHaveLength(2);

    const foreign = fakeTools([lesson], { tryOutcome: () => ({ passed: false, lines: [], conflict: { name: 'dt-web', running: true, owned: false } }) });
    foreign.removeOwnedContainer = async () => {
      throw new Error('must not be called');
    };
    const second = learnWith(lesson, ['type', ENTER, 'quit'], foreign);
    await second.done;
    expect(second.out().replace(/\s+/g, ' ')).toContain('docktutor did not create it, so it stays');
  });
});

describe('learn: edit steps', () => {
  function editLesson(): Lesson {
    const lesson = makeLesson('alpha', 1, 'Alpha');
    lesson.questions = [];
    lesson.steps[1] = {
      title: 'Fix the folder', markdown: 'Fix it.', line: 5, kind: 'edit', questionIds: [],
      editStep: { id: 'fix-workdir', goal: 'Use WORKDIR.', files: [{ path: 'Dockerfile', start: 'FROM x\nRUN cd /app\n', solution: 'FROM x\nWORKDIR /app\n' }], build: { tag: 'dt-fix', dockerfile: 'Dockerfile', args: {} }, startFails: ['workdir'], hints: ['RUN cd lasts one line.'], checks: [{ kind: 'builds' }, { kind: 'workdir', path: '/app' }], explain: 'WORKDIR stays.', line: 6 },
    };
    return lesson;
  }
  const result = (kind: 'builds' | 'workdir', state: EditCheckResult['state'], message: string): EditCheckResult => ({ index: kind === 'builds' ? 0 : 1, kind, state, message, detail: state === 'fail' ? ['Found: WORKDIR /'] : [] });

  it('runs the checks at once and again on every save, until all pass, and counts the step as solved', async () => {
    await startAt(1);
    const lesson = editLesson();
    const tools = fakeTools([lesson]);
    let save: (path: string) => void = () => undefined;
    let runs = 0;
    tools.openEditStep = async () => ({ folder: '/practice/alpha', paths: ['/practice/alpha/Dockerfile'] });
    tools.watchFolder = async (_folder, onSave) => ((save = onSave), async () => undefined);
    tools.checkEditStep = async (_lesson, _step, _live, onProgress) => {
      runs += 1;
      onProgress([result('builds', 'pending', ''), result('workdir', 'pending', '')]);
      if (runs === 1) {
        const results = [result('builds', 'pass', 'The image builds.'), result('workdir', 'fail', 'The working directory is /, expected /app.')];
        setTimeout(() => save('/practice/alpha/Dockerfile'), 10);
        return { passed: false, results };
      }
      return { passed: true, results: [result('builds', 'pass', 'The image builds.'), result('workdir', 'pass', 'The working directory is /app.')] };
    };
    const { done, out } = learnWith(lesson, ['watch', 'quit'], tools);
    await done;
    const text = out();
    expect(runs).toBe(2);
    expect(text).toContain('Your files: /practice/alpha/Dockerfile');
    expect(text).toMatch(/✗ The working directory is \/, expected \/app\.\n\s+Found: WORKDIR \//);
    expect(text).toContain('✓ The working directory is /app.');
    expect(text).toContain('✔ Every check passes.');
    expect(text).toContain('WORKDIR stays.');
    const alpha = (await store.read()).lessons.alpha!;
    expect(alpha.stepsDone).toContain(1);
    expect(alpha.steps['fix-workdir']).toMatchObject({ outcome: 'unaided', hints: 0 });
  });

  it("shows the solution as the ladder's last rung", async () => {
    await startAt(1);
    const { done, out } = learnWith(editLesson(), ['hint', 'hint', 'quit']);
    await done;
    expect(out()).toContain('Hint 1/1: RUN cd lasts one line.');
    expect(out()).toContain('The answer, file by file:\n── Dockerfile\nFROM x\nWORKDIR /app');
  });

  it("shows a shared lesson's file name holding an escape sequence escaped, in the file list and the answer", async () => {
    await startAt(1);
    const lesson = editLesson();
    const path = 'Dock\u001b[2J\u001b]52;c;cm0K\u0007erfile';
    lesson.steps[1]!.editStep!.files[0]!.path = path;
    const tools = fakeTools([lesson]);
    tools.openEditStep = async () => ({ folder: '/practice/alpha', paths: [`/practice/alpha/${path}`] });
    const { done, out } = learnWith(lesson, ['hint', 'hint', 'quit'], tools);
    await done;
    expect(out()).toContain('Your files: /practice/alpha/Dock\\x1b[2J\\x1b]52;c;cm0K\\x07erfile');
    expect(out()).toContain('── Dock\\x1b[2J\\x1b]52;c;cm0K\\x07erfile');
    expect(out()).not.toMatch(/[\u001b\u0007]/);
  });
});
