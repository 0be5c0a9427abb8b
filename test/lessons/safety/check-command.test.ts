/** `docktutor lessons --check` on hostile folders, run as the built binary: what it prints and how it exits. */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from '../../helpers/cli.js';
import { lessonText, World } from './world.js';

const worlds: World[] = [];
afterAll(() => worlds.forEach((world) => world.remove()));

function worldWith(lessons: Record<string, string>): World {
  const world = new World();
  worlds.push(world);
  for (const [name, en] of Object.entries(lessons)) world.lesson(name, { en });
  return world;
}

const check = (world: World) => runCli(['lessons', '--check', world.lessons], { env: cleanEnv({ DOCKTUTOR_LANG: 'en' }), cwd: world.root });

describe('docktutor lessons --check', () => {
  it('prints risky flags as warnings and still exits 0', async () => {
    const world = worldWith({ '01-risky': lessonText({ command: 'command: docker run --rm -e HOME --network host {{image}} true' }) });
    const result = await check(world);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes(': warning: '))).toHaveLength(4);
    expect(lines[0]).toMatch(/^lessons\/01-risky\/en\.md:\d+: warning: try 'run-hello': command: --network host shares this machine's own network/);
    expect(lines.at(-1)).toMatch(/^1 lesson, 2 languages, 8 questions, 1 try step.*: no problems found\.$/);
    expect(result.stderr).toBe('');
  });

  it('fails only the lesson with an alias bomb, in one line each, with exit code 1 and no "unexpected error"', async () => {
    const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) laughs.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    const bomb = lessonText({ blocks: ['```quiz', 'id: laughs', 'type: truefalse', 'question: q', 'answer: true', 'explanation: e', ...laughs, '```'].join('\n') });
    const world = worldWith({ '01-bomb': bomb, '02-fine': lessonText({ id: 'fine', order: 2 }) });
    const result = await check(world);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^lessons\/01-bomb\/en\.md:\d+: quiz 'laughs': YAML aliases expand more than 100 times/),
      expect.stringMatching(/^lessons\/01-bomb\/ko\.md:\d+: quiz 'laughs': YAML aliases expand more than 100 times/),
    ]);
    expect(result.stderr).toMatch(/^docktutor: 2 problems found/);
    expect(result.stderr).not.toMatch(/unexpected/i);
  });

  it('checks a lesson with a 200 KB heading line of spaces in a few seconds at most', async () => {
    const world = worldWith({ '01-long': lessonText().replace('## More', `## More${' '.repeat(200 * 1024)}x`) });
    const started = Date.now();
    const result = await check(world);
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
