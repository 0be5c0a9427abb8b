/**
 * What `learn` does to a lesson's practice folder when the lesson is opened again: the same folder, the
 * learner's files kept, only missing lesson files put back, and one line saying which, in both languages.
 */
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realStepTools } from '../../src/cli/learn/real-step-tools.js';
import { inLanguage } from '../../src/i18n/index.js';
import type { Lesson } from '../../src/lessons/model.js';
import { World } from '../lessons/safety/world.js';

const world = new World();
const env = { DOCKTUTOR_HOME: join(world.root, 'home') };
afterAll(() => world.remove());

function lessonNamed(id: string): Lesson {
  const dir = world.lesson(id, { files: { 'Dockerfile': 'FROM busybox:latest\n', 'hello.txt': 'hello\n' } });
  return { id, dir, generate: [], steps: [] } as unknown as Lesson;
}

async function open(lesson: Lesson): Promise<{ folder: string; notices: string[] }> {
  const notices: string[] = [];
  const folder = await realStepTools().prepareLessonFolder(lesson, env, (line) => notices.push(line));
  return { folder, notices };
}

describe('reopening a lesson', () => {
  it('keeps the practice folder and the learner\'s work, and says in one line what it put back', async () => {
    const lesson = lessonNamed('reopen');
    const first = await open(lesson);
    expect(first.notices).toEqual([]);
    const inode = statSync(first.folder).ino;
    writeFileSync(join(first.folder, 'mine.txt'), 'my work\n');
    writeFileSync(join(first.folder, 'hello.txt'), 'edited\n');
    unlinkSync(join(first.folder, 'Dockerfile'));

    const again = await inLanguage('en', () => open(lesson));
    expect(again.folder).toBe(first.folder);
    expect(statSync(again.folder).ino).toBe(inode);
    expect(readFileSync(join(again.folder, 'mine.txt'), 'utf8')).toBe('my work\n');
    expect(readFileSync(join(again.folder, 'hello.txt'), 'utf8')).toBe('edited\n');
    expect(readFileSync(join(again.folder, 'Dockerfile'), 'utf8')).toBe('FROM busybox:latest\n');
    expect(again.notices).toEqual(['Put back the lesson files missing from the practice folder: Dockerfile. Your own files there are as you left them.']);

    unlinkSync(join(again.folder, 'Dockerfile'));
    unlinkSync(join(again.folder, 'hello.txt'));
    const korean = await inLanguage('ko', () => open(lesson));
    expect(korean.notices).toEqual(['실습 폴더에 없던 레슨 파일을 되살렸습니다: Dockerfile, hello.txt. 직접 만든 파일은 그대로 둡니다.']);
    expect(readFileSync(join(korean.folder, 'mine.txt'), 'utf8')).toBe('my work\n');
  });

  it('says nothing when nothing was missing', async () => {
    const lesson = lessonNamed('untouched');
    await open(lesson);
    expect((await open(lesson)).notices).toEqual([]);
  });
});

describe("a try step's practice folder", () => {
  it('is made again before the command prompt comes up, with no daemon asked, and the check is filled in then', async () => {
    const { realTools } = await import('../../src/cli/learn/real-tools.js');
    const { prepareTryStep } = await import('../../src/steps/index.js');
    const { rmSync, existsSync } = await import('node:fs');
    const lesson = lessonNamed('gone');
    lesson.steps = [{ tryStep: { id: 'push', mode: 'copy', command: 'docker push {{registry}}/x', hints: [], needs: [], check: { exitCode: 0, output: '{{registry}}/x' }, line: 1 } }] as unknown as Lesson['steps'];
    const folder = (await open(lesson)).folder;
    rmSync(folder, { recursive: true });
    // No daemon at all: making the step ready must not need one.
    const live = { env, cwd: world.root, explain: false, io: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, daemon: undefined } as never;
    const run = await (await realTools()).startTryStep(lesson, 0, live);
    expect(typeof run).toBe('function');
    expect(existsSync(join(folder, 'hello.txt'))).toBe(true);
    const setting = await prepareTryStep(lesson, 0, live);
    expect(setting).toMatchObject({ cwd: folder, check: { exitCode: 0, output: 'localhost:5000/x' }, values: { registry: 'localhost:5000' } });
  });
});
