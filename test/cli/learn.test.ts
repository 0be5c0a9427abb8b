import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learn } from '../../src/cli/commands/learn.js';
import { DocktutorError } from '../../src/errors.js';
import { columnsOf } from '../../src/terminal/width.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { contextFor, ENTER, fakeTools, inContext, makeLesson, memoryIo, RIGHT_ANSWERS, scriptedPrompts, tempStore, type Reply } from './learn-fixtures.js';

const lessons = [makeLesson('alpha', 1, 'Alpha'), makeLesson('beta', 2, 'Beta')];
let store: ProgressStore;
let cleanup: () => Promise<void>;
let clock = 0;
const now = () => new Date(Date.UTC(2025, 2, 1, 10, 0, clock++));

beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(() => cleanup());

function run(replies: Reply[], options: { lesson?: string; tools?: ReturnType<typeof fakeTools> } = {}) {
  const prompts = scriptedPrompts(replies);
  const { io, out } = memoryIo();
  const tools = options.tools ?? fakeTools(lessons);
  const done = learn(contextFor([], { io }), { lesson: options.lesson, prompts, tools, store, now });
  return { done, prompts, out, tools };
}

describe('learn', () => {
  it('goes through a whole lesson: menu, steps, a live try-it step, the quiz, the next-lesson offer', async () => {
    const { done, prompts, out, tools } = run([ENTER, 'next', 'hint', 'type', ENTER, ENTER, 'quiz', ...RIGHT_ANSWERS, false]);
    await done;
    expect(prompts.remaining()).toBe(0);
    const menu = prompts.calls[0]!;
    expect(menu.default).toBe('alpha');
    expect(menu.choices.map((choice) => choice.name)).toEqual([' 1. Alpha  (not started)', ' 2. Beta  (not started)', 'Quit']);
    expect(prompts.calls[4]).toMatchObject({ kind: 'command', default: 'docker run --rm busybox:latest echo hello' });
    expect(tools.ran).toEqual(['docker run --rm busybox:latest echo hello']);
    expect(tools.prepared).toEqual(['alpha']);
    const text = out();
    for (const expected of ['## alpha intro', '## alpha try', 'Hint 1/1: The image comes first.', '✔ Check passed.', 'The container printed hello and was removed.', '## alpha wrap-up', 'Quiz: Alpha (4 questions)', 'Explanation of multiple.', 'Score: 4/4 (100%)', '"Alpha" is finished. To go on, docktutor learn 2 opens the next lesson, "Beta".']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Your place is saved');
    expect(prompts.calls.at(-1)).toMatchObject({ kind: 'confirm', message: 'Go on to the next lesson, "Beta"?' });
    const alpha = (await store.read()).lessons.alpha!;
    expect(alpha).toMatchObject({ stepsDone: [0, 1, 2], quizzesFinished: 1, currentStep: 0, bestScore: { correct: 4, total: 4 } });
    expect(Object.values(alpha.questions).map((question) => question.answers.length)).toEqual([1, 1, 1, 1]);
  });

  it('resumes at the step where the learner quit, and the menu shows the lesson in progress', async () => {
    await run(['alpha', 'next', 'skip', 'quit']).done;
    expect((await store.read()).lessons.alpha).toMatchObject({ currentStep: 2, stepsDone: [0] });
    const again = run([ENTER, 'quit']);
    await again.done;
    expect(again.tools.prepared).toEqual(['alpha']);
    expect(again.prompts.calls[0]!.choices.slice(0, 2).map((choice) => choice.name)).toEqual(['Continue: Alpha, step 3', ' 1. Alpha  (1/3)']);
    expect(again.out()).toContain('Picking up where you left off: step 3 of 3.');
    expect(again.out()).toContain('## alpha wrap-up');
    expect(again.out()).not.toContain('## alpha intro');
  });

  it('says the place is saved when Ctrl-C comes at a step, and lets the interruption through', async () => {
    const interrupted = run(['next'], { lesson: 'alpha' });
    expect(await interrupted.done.catch((e: unknown) => (e as Error).name)).toBe('ExitPromptError');
    expect(interrupted.out()).toMatch(/Run a container.\n\nYour place is saved: docktutor learn brings you back here\.\n$/);
    expect((await store.read()).lessons.alpha?.currentStep).toBe(1);
  });

  it('goes back a step', async () => {
    const { done, out } = run(['next', 'back', 'quit'], { lesson: 'alpha' });
    await done;
    expect(out().match(/## alpha intro/g)).toHaveLength(2);
    expect((await store.read()).lessons.alpha?.currentStep).toBe(0);
  });

  it.each([['beta'], ['2']])('jumps straight into a lesson named %j', async (arg) => {
    const { done, out, prompts } = run(['quit'], { lesson: arg });
    await done;
    expect(prompts.calls[0]!.message).toBe('What next?');
    expect(out()).toContain('## beta intro');
  });

  it('names the lessons there are when asked for one that is not', async () => {
    const error = await run([], { lesson: 'gamma' }).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error).toMatchObject({ kind: 'not-found', message: "no lesson 'gamma'", hint: 'use a lesson id or number: 1\u00a0alpha, 2\u00a0beta' });
  });

  it('shows why a try-it check failed and lets the learner try again', async () => {
    const tools = fakeTools(lessons);
    const { done, out } = run(['next', 'type', 'docker run --rm busybox:latest echo bye', 'type', ENTER, 'quit'], { lesson: 'alpha', tools });
    await done;
    expect(out()).toContain('✘ Check not passed yet:');
    expect(out()).toContain('✔ Check passed.');
    expect(tools.ran).toEqual(['docker run --rm busybox:latest echo bye', 'docker run --rm busybox:latest echo hello']);
    expect((await store.read()).lessons.alpha?.stepsDone).toEqual([0, 1]);
  });

  it('word-wraps check results and daemon problems to the terminal width', async () => {
    const found = 'container 컨테이너 exited with code 1 and printed nothing, while the step expects exit code 0 and hello';
    let calls = 0;
    const tools = fakeTools(lessons, { tryOutcome: () => (calls++ === 0 ? { passed: false, lines: [found] } : new DocktutorError('daemon-unreachable', 'cannot connect to the Docker daemon at unix:///var/run/docker.sock', { hint: 'start Docker, or point DOCKER_HOST at a running daemon' })) });
    const prompts = scriptedPrompts(['next', 'type', ENTER, 'type', ENTER, 'quit']);
    const { io, out } = memoryIo();
    io.stdout.columns = 40;
    await learn(contextFor([], { io }), { lesson: 'alpha', prompts, tools, store, now });
    const feedback = out().slice(out().indexOf('✘'));
    expect(feedback.split('\n').filter((line) => columnsOf(line) > 40)).toEqual([]);
    expect(feedback).toContain('  container 컨테이너 exited with code 1\n  and printed nothing');
    expect(feedback.replace(/\n\s*/g, ' ')).toContain(found);
    expect(feedback.replace(/\n\s*/g, ' ')).toContain('start Docker, or point DOCKER_HOST at a running daemon');
  });

  it('says in one line when the daemon is away, and stays on the step', async () => {
    const tools = fakeTools(lessons, { tryOutcome: () => new DocktutorError('daemon-unreachable', 'cannot connect to the Docker daemon', { hint: 'start Docker' }) });
    const { done, out, prompts } = run(['next', 'type', ENTER, 'quit'], { lesson: 'alpha', tools });
    await done;
    expect(out()).toContain('Could not run it: cannot connect to the Docker daemon');
    expect(prompts.calls.at(-1)!.choices.map((c) => c.value)).toEqual(['type', 'hint', 'skip', 'back', 'quit']);
  });

  it('has saved every answer when Ctrl-C comes in the middle of the quiz', async () => {
    // Back in alpha on its last step: take the quiz, answer two questions, then Ctrl-C.
    await run(['alpha', 'next', 'skip', 'quit']).done;
    const interrupted = run([ENTER, 'quiz', 0, [0]]);
    const error = await interrupted.done.catch((e: unknown) => e);
    expect((error as Error).name).toBe('ExitPromptError');
    expect(interrupted.out()).toMatch(/Your place is saved: docktutor learn brings you back here\.\n$/);
    const questions = (await store.read()).lessons.alpha!.questions;
    expect(questions['alpha-single']?.answers.map((a) => a.correct)).toEqual([true]);
    expect(questions['alpha-multiple']?.answers.map((a) => a.correct)).toEqual([false]);
    expect(Object.keys(questions)).toHaveLength(2);
  });

  it('offers the next lesson and goes on when accepted', async () => {
    const { done, out } = run(['alpha', 'next', 'skip', 'quiz', ...RIGHT_ANSWERS, true, 'quit']);
    await done;
    expect(out()).toContain('## beta intro');
    expect((await store.read()).lessons.beta?.lastVisited).not.toBeNull();
  });

  it('refuses to start without a terminal, in one line', async () => {
    const { io } = memoryIo(false);
    const error = await learn(contextFor([], { io }), { store, tools: fakeTools(lessons) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'needs-terminal', exitCode: 2 });
    expect((error as Error).message).not.toContain('\n');
  });

  it('speaks Korean', async () => {
    const prompts = scriptedPrompts([ENTER, 'quit']);
    const { io, out } = memoryIo();
    await inContext(contextFor(['--lang', 'ko'], { io }), (context) => learn(context, { prompts, tools: fakeTools(lessons), store, now }));
    expect(prompts.calls[0]!.message).toBe('어떤 레슨을 할까요?');
    expect(prompts.calls[1]!.choices.map((c) => c.name)).toContain('끝내기 (현재 위치는 저장됩니다)');
    expect(out()).toContain('현재 위치를 저장했습니다');
  });

  it('continues on the lesson visited last, even after the learner jumped ahead of an earlier one', async () => {
    await run(['beta', 'next', 'quit']).done;
    const again = run([ENTER, 'quit']);
    await again.done;
    const menu = again.prompts.calls[0]!;
    expect(menu.choices[0]!.name).toBe('Continue: Beta, step 2');
    expect(menu.default).toBe('beta');
    expect(again.out()).toContain('## beta');
  });
});
