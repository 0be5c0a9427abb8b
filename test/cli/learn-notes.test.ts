import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learn } from '../../src/cli/commands/learn.js';
import type { ProgressStore } from '../../src/progress/store.js';
import { contextFor, ENTER, fakeTools, makeLesson, memoryIo, scriptedPrompts, tempStore } from './learn-fixtures.js';

let store: ProgressStore;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(() => cleanup());

/** A lesson whose try step's hint and explanation use inline code and a placeholder, as shipped lessons do. */
function lessonWithNotes() {
  const lesson = makeLesson('alpha', 1, 'Alpha');
  const tryStep = lesson.steps[1]!.tryStep!;
  tryStep.hints = ['The image `{{image}}` comes right after `run`.'];
  tryStep.explain = 'The container ran `echo hello` and was removed.';
  return lesson;
}

describe('learn: the hint and the explanation of a try step', () => {
  it('render inline code as the step does (in its backticks without colour), with placeholders filled', async () => {
    const { io, out } = memoryIo();
    const prompts = scriptedPrompts([ENTER, 'next', 'hint', 'type', ENTER, 'quit']);
    const env = { ...process.env, DOCKTUTOR_IMAGE: 'busybox:latest' };
    await learn(contextFor([], { io, env }), { prompts, tools: fakeTools([lessonWithNotes()]), store, now: () => new Date(Date.UTC(2025, 2, 1)) });
    const text = out();
    expect(text).toContain('Hint 1/1: The image `busybox:latest` comes right after `run`.');
    expect(text).toContain('The container ran `echo hello` and was removed.');
    expect(text).not.toMatch(/\{\{/);
  });
});
