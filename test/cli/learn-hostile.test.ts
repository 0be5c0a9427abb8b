import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learn } from '../../src/cli/commands/learn.js';
import type { Lesson } from '../../src/lessons/model.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { contextFor, ENTER, fakeTools, makeLesson, memoryIo, type PromptCall, type Reply, scriptedPrompts, tempStore } from './learn-fixtures.js';

let store: ProgressStore;
let cleanup: () => Promise<void>;
const now = () => new Date(Date.UTC(2025, 2, 1, 10, 0, 0));

beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(() => cleanup());

/** A lesson whose try step runs `command`. */
function lessonRunning(command: string): Lesson {
  const lesson = makeLesson('shared', 1, 'Shared');
  lesson.steps[1]!.tryStep!.command = command;
  return lesson;
}

function run(lesson: Lesson, replies: Reply[], tools = fakeTools([lesson])) {
  const prompts = scriptedPrompts(replies);
  const { io, out } = memoryIo();
  // Wide enough that a one-line message is not wrapped onto two.
  io.stdout.columns = 1000;
  return { done: learn(contextFor([], { io }), { lesson: lesson.id, prompts, tools, store, now }), prompts, out, tools };
}

describe('learn with a shared lesson', () => {
  it('warns in one line about a risky command before the learner is asked to run it', async () => {
    const lesson = lessonRunning('docker run --rm -v /:/host --network host -e HOME {{image}} true');
    let shownBeforePrompt = '';
    const atPrompt: Reply = (call: PromptCall) => {
      shownBeforePrompt = output();
      return call.default;
    };
    const { done, out, tools } = run(lesson, ['next', 'type', atPrompt]);
    const output = out;
    await done.catch(() => undefined);
    const warnings = shownBeforePrompt.split('\n').filter((line) => line.includes('Careful'));
    expect(warnings).toEqual([
      "⚠ Careful: --network host shares this machine's own network with the container; -e HOME copies the value of HOME from this machine's environment. Run it only if you trust this lesson (you may edit the command first).",
    ]);
    // The bind mount of / is not warned about: `docker run` refuses it in a lesson step.
    expect(tools.ran).toEqual(['docker run --rm -v /:/host --network host -e HOME busybox:latest true']);
  });

  it('says nothing about an ordinary command', async () => {
    const { done, out } = run(lessonRunning('docker run --rm -e GREETING=hi -v ./data:/data {{image}} true'), ['next', 'type', ENTER]);
    await done.catch(() => undefined);
    expect(out()).not.toContain('Careful');
  });

  it('pre-fills the command with its control characters shown, so that what is shown is what runs', async () => {
    const hidden = 'docker run --rm {{image}} hostname\u001b[2K\u001b[1Gdocker run --rm -v /:/h {{image}} touch /h/tmp/PWNED';
    const { done, prompts, tools } = run(lessonRunning(hidden), ['next', 'type', ENTER]);
    await done.catch(() => undefined);
    const shown = 'docker run --rm busybox:latest hostname\\x1b[2K\\x1b[1Gdocker run --rm -v /:/h busybox:latest touch /h/tmp/PWNED';
    expect(prompts.calls.find((call) => call.kind === 'command')?.default).toBe(shown);
    expect(tools.ran).toEqual([shown]);
  });

  it("shows the command's control characters in the answer the hint ladder reveals too", async () => {
    const hidden = 'docker run --rm {{image}} hostname\u001b[2K\u001b[1Gdocker run --rm -v /:/h {{image}} touch /h/tmp/PWNED';
    const { done, out } = run(lessonRunning(hidden), ['next', 'hint', 'hint', 'quit']);
    await done.catch(() => undefined);
    expect(out()).toContain('$ docker run --rm busybox:latest hostname\\x1b[2K\\x1b[1Gdocker run --rm -v /:/h busybox:latest touch /h/tmp/PWNED');
    expect(out()).not.toContain('\u001b');
  });

  it('tells the learner what the practice folder left out', async () => {
    const lesson = lessonRunning('docker ps');
    const tools = fakeTools([lesson]);
    tools.prepareWorkspace = async (_lesson, _env, notice) => {
      notice?.('Not copied into the practice folder (a lesson brings only regular files and folders): workspace/notes');
      return '/practice/shared';
    };
    const { done, out } = run(lesson, ['quit'], tools);
    await done.catch(() => undefined);
    expect(out()).toContain('Not copied into the practice folder (a lesson brings only regular files and folders): workspace/notes');
  });

  it('shows a title holding escape sequences escaped in the menu and the quiz intro', async () => {
    const lesson = makeLesson('shared', 1, 'Shared\u001b[2J\u001b]52;c;cm0K\u0007');
    const prompts = scriptedPrompts([ENTER, 'next', 'skip', 'quiz']);
    const { io, out } = memoryIo();
    io.stdout.columns = 1000;
    await learn(contextFor([], { io }), { prompts, tools: fakeTools([lesson]), store, now }).catch(() => undefined);
    expect(prompts.calls[0]!.choices[0]!.name).toBe(' 1. Shared\\x1b[2J\\x1b]52;c;cm0K\\x07  (not started)');
    expect(out()).toContain('Shared\\x1b[2J\\x1b]52;c;cm0K\\x07');
    expect(out()).not.toContain('\u001b');
  });
});
