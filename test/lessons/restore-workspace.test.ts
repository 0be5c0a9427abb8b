/**
 * Reopening a lesson keeps its practice folder (the same folder, not a new copy), the learner's own files
 * and edits, and puts back only the lesson files that went missing, never writing through a link.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareWorkspace, restoreWorkspace, workspacePath } from '../../src/lessons/workspace.js';
import { World } from './safety/world.js';

const world = new World();
const env = { DOCKTUTOR_HOME: join(world.root, 'home') };
afterAll(() => world.remove());

function lessonNamed(id: string) {
  const dir = world.lesson(id, { files: { 'Dockerfile': 'FROM busybox:latest\n', 'app/run.sh': 'echo run\n', 'app/conf/a.ini': 'a=1\n' } });
  return { id, dir, generate: [{ path: 'logs/big.log', size: 4096 }] };
}

describe('restoreWorkspace', () => {
  it('makes a fresh copy the first time, and says nothing was put back', async () => {
    const lesson = lessonNamed('first');
    const result = await restoreWorkspace(lesson, env);
    expect(result).toEqual({ path: workspacePath(lesson, env), restored: [], blocked: [] });
    expect(readFileSync(join(result.path, 'app', 'run.sh'), 'utf8')).toBe('echo run\n');
    expect(statSync(join(result.path, 'logs', 'big.log')).size).toBe(4096);
  });

  it('keeps the folder, the learner\'s files and edits, and puts back only what is missing', async () => {
    const lesson = lessonNamed('keep');
    const path = await prepareWorkspace(lesson, env);
    const inode = statSync(path).ino;
    writeFileSync(join(path, 'Dockerfile'), 'FROM busybox:latest\nCMD ["echo", "mine"]\n');
    writeFileSync(join(path, 'notes.txt'), 'my notes\n');
    mkdirSync(join(path, 'mine'));
    writeFileSync(join(path, 'mine', 'x'), 'x');
    rmSync(join(path, 'app'), { recursive: true });
    unlinkSync(join(path, 'logs', 'big.log'));

    const result = await restoreWorkspace(lesson, env);
    expect(statSync(path).ino).toBe(inode);
    expect(readFileSync(join(path, 'Dockerfile'), 'utf8')).toContain('mine');
    expect(readFileSync(join(path, 'notes.txt'), 'utf8')).toBe('my notes\n');
    expect(readFileSync(join(path, 'mine', 'x'), 'utf8')).toBe('x');
    expect(readFileSync(join(path, 'app', 'conf', 'a.ini'), 'utf8')).toBe('a=1\n');
    expect(statSync(join(path, 'logs', 'big.log')).size).toBe(4096);
    // Folders put back with files in them are said by their files.
    expect(result.restored).toEqual(['app/run.sh', 'app/conf/a.ini', 'logs/big.log']);
    expect(result.blocked).toEqual([]);
  });

  it('puts back nothing and says nothing when nothing is missing', async () => {
    const lesson = lessonNamed('whole');
    await prepareWorkspace(lesson, env);
    expect(await restoreWorkspace(lesson, env)).toMatchObject({ restored: [], blocked: [] });
  });

  it('writes nothing through a link left in the practice folder, and says what it could not put back', async () => {
    const lesson = lessonNamed('linked');
    const path = await prepareWorkspace(lesson, env);
    rmSync(join(path, 'app'), { recursive: true });
    symlinkSync(world.outside, join(path, 'app'));
    unlinkSync(join(path, 'Dockerfile'));
    symlinkSync(join(world.outside, 'Dockerfile'), join(path, 'Dockerfile'));
    const result = await restoreWorkspace(lesson, env);
    expect(readdirSync(world.outside)).toEqual([]);
    expect(lstatSync(join(path, 'app')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(path, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(result.blocked).toEqual(['app/conf', 'app/run.sh', 'app/conf/a.ini']);
    expect(result.restored).toEqual([]);
  });

  it('keeps a file the learner put where the lesson has a folder', async () => {
    const lesson = lessonNamed('replaced');
    const path = await prepareWorkspace(lesson, env);
    rmSync(join(path, 'logs'), { recursive: true });
    writeFileSync(join(path, 'logs'), 'a file now\n');
    const result = await restoreWorkspace(lesson, env);
    expect(readFileSync(join(path, 'logs'), 'utf8')).toBe('a file now\n');
    expect(result.blocked).toEqual(['logs/big.log']);
  });
});
