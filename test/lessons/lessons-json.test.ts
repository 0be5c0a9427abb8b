import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessons } from '../../src/cli/commands/lessons.js';
import { DOCKERFILE_EDIT, RECALL, tryBlock, writeWorld } from './format-world.js';
import { contextFor, inContext } from '../cli/learn-fixtures.js';

let printed: string[];
const worlds: (() => void)[] = [];
beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  while (worlds.length > 0) worlds.pop()!();
});

const PREDICT = tryBlock(
  'id: guess',
  'command: docker run --rm {{image}} sh -c "exit 3"',
  'hint: The number after exit.',
  'check: {exitCode: 3}',
  'predict: {question: Which exit code?, measure: exitCode}',
  'explain: E.',
);

async function courseOf(lang: 'en' | 'ko') {
  const world = writeWorld({ front: 'passMark: 90', sections: [{ title: 'Start', body: RECALL }, { title: 'Guess', body: PREDICT }, { title: 'Fix', body: DOCKERFILE_EDIT }] });
  worlds.push(world.remove);
  await inContext(contextFor(['--lang', lang, '--lessons', world.dir]), (context) => lessons(context, { json: true }));
  return JSON.parse(printed.join('')) as Record<string, unknown>;
}

describe('docktutor lessons --json', () => {
  it('prints every lesson with its steps, their kinds, modes and ids, and the counts', async () => {
    const facts = Array.from({ length: 8 }, (_, index) => `fact-${index + 1}`);
    expect(await courseOf('en')).toEqual({
      version: 1,
      lang: 'en',
      counts: { lessons: 1, steps: 5, read: 2, try: 1, predict: 1, edit: 1, copy: 1, recall: 1, questions: 8 },
      lessons: [
        {
          id: 'demo',
          order: 1,
          title: 'Demo',
          languages: ['en', 'ko'],
          passMark: 90,
          minutes: 5,
          counts: { steps: 5, read: 2, try: 1, predict: 1, edit: 1, copy: 1, recall: 1, questions: 8 },
          steps: [
            { index: 1, title: 'Demo', kind: 'read', questions: [] },
            { index: 2, title: 'Start', kind: 'try', id: 'start-web', mode: 'recall', hints: 2, questions: [] },
            { index: 3, title: 'Guess', kind: 'predict', id: 'guess', mode: 'copy', measure: 'exitCode', hints: 1, questions: [] },
            { index: 4, title: 'Fix', kind: 'edit', id: 'write-dockerfile', hints: 0, files: ['Dockerfile'], checks: ['builds', 'workdir'], questions: [] },
            { index: 5, title: 'Quiz time', kind: 'read', questions: facts },
          ],
        },
      ],
    });
  });

  it('gives titles in the chosen language and keeps the keys in a fixed order', async () => {
    const course = await courseOf('ko');
    const lesson = (course.lessons as Record<string, unknown>[])[0]!;
    expect([course.lang, lesson.title]).toEqual(['ko', '데모']);
    expect(Object.keys(lesson)).toEqual(['id', 'order', 'title', 'languages', 'passMark', 'minutes', 'counts', 'steps']);
    expect((lesson.steps as Record<string, unknown>[]).map((step) => Object.keys(step).join(' '))).toEqual([
      'index title kind questions',
      'index title kind id mode hints questions',
      'index title kind id mode measure hints questions',
      'index title kind id hints files checks questions',
      'index title kind questions',
    ]);
  });
});
