import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';
import { resolveInside } from '../../../src/lessons/safety/inside-folder.js';
import { generateFile, prepareWorkspace, workspacePath } from '../../../src/lessons/workspace.js';
import { World } from './world.js';

const world = new World();
const env = { DOCKTUTOR_HOME: join(world.root, 'home') };
const victim = join(world.outside, 'victim.txt');

beforeAll(() => {
  setLang('en');
  writeFileSync(victim, 'the learner\'s own file\n');
});
afterAll(() => world.remove());

/** Every entry under `root` that is a symbolic link. */
function linksUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('a lesson whose workspace/ holds symbolic links', () => {
  it('copies no link, writes nothing outside the practice folder, and says what it left out', async () => {
    const dir = world.lesson('links', {
      files: { 'Dockerfile': 'FROM busybox:latest\n' },
      links: { 'workspace/logs': world.outside, 'workspace/notes.txt': victim },
    });
    const notices: string[] = [];
    // The shared lesson's attack: generate writes into logs/, which pointed outside.
    const lesson = { id: 'links', dir, generate: [{ path: 'logs/victim.txt', size: 16 }, { path: 'notes.txt', size: 16 }] };
    const path = await prepareWorkspace(lesson, env, (line) => notices.push(line));
    expect(readFileSync(victim, 'utf8')).toBe('the learner\'s own file\n');
    expect(readdirSync(world.outside)).toEqual(['victim.txt']);
    expect(linksUnder(path)).toEqual([]);
    expect(readFileSync(join(path, 'Dockerfile'), 'utf8')).toBe('FROM busybox:latest\n');
    expect(lstatSync(join(path, 'logs')).isDirectory()).toBe(true);
    expect(lstatSync(join(path, 'notes.txt')).size).toBe(16);
    expect(notices).toEqual(['Not copied into the practice folder (a lesson brings only regular files and folders): workspace/logs, workspace/notes.txt']);
  });

  it('does not copy a workspace/ that is itself a link', async () => {
    const dir = world.lesson('workspace-link', { links: { workspace: world.outside } });
    const notices: string[] = [];
    const path = await prepareWorkspace({ id: 'workspace-link', dir, generate: [{ path: 'victim.txt', size: 4 }] }, env, (line) => notices.push(line));
    expect(readFileSync(victim, 'utf8')).toBe('the learner\'s own file\n');
    expect(readdirSync(path)).toEqual(['victim.txt']);
    expect(notices).toEqual([expect.stringContaining(': workspace')]);
  });

  it('leaves out FIFOs too (copying one would hang)', async () => {
    const dir = world.lesson('fifo', { files: { 'hello.txt': 'hi\n' } });
    execFileSync('mkfifo', [join(dir, 'workspace', 'pipe')]);
    const notices: string[] = [];
    const path = await prepareWorkspace({ id: 'fifo', dir, generate: [] }, env, (line) => notices.push(line));
    expect(readdirSync(path)).toEqual(['hello.txt']);
    expect(notices).toEqual([expect.stringContaining('workspace/pipe')]);
  });
});

describe('every write of a generated file stays in the practice folder', () => {
  it('refuses a link that a step left on the way, and writes nothing through it', async () => {
    const root = join(world.root, 'practice');
    mkdirSync(root, { recursive: true });
    symlinkSync(world.outside, join(root, 'made-by-a-container'));
    await expect(generateFile(root, 'made-by-a-container/x.bin', 10)).rejects.toThrow('made-by-a-container/x.bin leads outside the practice folder');
    symlinkSync(victim, join(root, 'file-link'));
    await expect(generateFile(root, 'file-link', 10)).rejects.toThrow('file-link leads outside the practice folder');
    expect(readdirSync(world.outside)).toEqual(['victim.txt']);
    expect(readFileSync(victim, 'utf8')).toBe('the learner\'s own file\n');
  });

  it('refuses a path holding NUL with its own message rather than a TypeError', async () => {
    await expect(generateFile(join(world.root, 'practice'), 'a\u0000b', 1)).rejects.toThrow('a\\x00b leads outside the practice folder');
  });

  it('refuses a path that climbs out', async () => {
    await expect(resolveInside(join(world.root, 'practice'), '../outside/x')).rejects.toThrow('leads outside the practice folder');
  });

  it('resolves a practice folder that is itself reached through a link (a linked data home)', async () => {
    const real = join(world.root, 'real-home');
    mkdirSync(real);
    symlinkSync(real, join(world.root, 'linked-home'));
    await generateFile(join(world.root, 'linked-home'), 'a/b.bin', 3);
    expect(lstatSync(join(real, 'a', 'b.bin')).size).toBe(3);
  });
});

describe('the size a lesson may ask for', () => {
  it('refuses generate: 8000GiB before removing or writing anything', async () => {
    const dir = world.lesson('huge', {});
    const lesson = { id: 'huge', dir, generate: [{ path: 'big.bin', size: 8000 * 1024 ** 3 }] };
    await expect(prepareWorkspace(lesson, env)).rejects.toThrow(
      'the practice folder would hold 8000 GiB (workspace/ 0 B, generate 8000 GiB): a lesson may put at most 256 MiB there',
    );
    expect(existsSync(workspacePath(lesson, env))).toBe(false);
  });

  it('counts workspace/ and generate together', async () => {
    const dir = world.lesson('sum', { files: { 'a.txt': 'x'.repeat(1024) } });
    await expect(prepareWorkspace({ id: 'sum', dir, generate: [{ path: 'b', size: 256 * 1024 * 1024 }] }, env)).rejects.toThrow(/would hold 256.0 MiB \(workspace\/ 1 KiB, generate 256 MiB\)/);
  });
});
