import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureWorkspace, generateFile, prepareWorkspace, workspacePath } from '../../src/lessons/workspace.js';
import { PACKAGE_ROOT } from '../../src/settings.js';

const home = mkdtempSync(join(tmpdir(), 'dt-workspace-'));
const env = { DOCKTUTOR_HOME: home };
const lesson = {
  id: 'building',
  dir: join(PACKAGE_ROOT, 'test', 'fixtures', 'lessons-valid', '02-building'),
  generate: [{ path: 'logs/big.log', size: 3 * 1024 * 1024 + 5 }],
};

afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('prepareWorkspace', () => {
  it('copies the lesson workspace under the data home and generates the files it asks for', async () => {
    const path = await prepareWorkspace(lesson, env);
    expect(path).toBe(join(home, 'workspace', 'building'));
    expect(readFileSync(join(path, 'Dockerfile'), 'utf8')).toContain('FROM busybox:latest');
    expect(readFileSync(join(path, 'hello.txt'), 'utf8')).toBe('hello\n');
    expect(statSync(join(path, 'logs', 'big.log')).size).toBe(3 * 1024 * 1024 + 5);
  });

  it('starts over: files a learner left behind are gone', async () => {
    const path = workspacePath(lesson, env);
    writeFileSync(join(path, 'left-behind.txt'), 'x');
    await prepareWorkspace(lesson, env);
    expect(existsSync(join(path, 'left-behind.txt'))).toBe(false);
  });

  it('makes an empty folder for a lesson without a workspace', async () => {
    const path = await prepareWorkspace({ id: 'basics', dir: join(PACKAGE_ROOT, 'test', 'fixtures', 'lessons-valid', '01-basics'), generate: [] }, env);
    expect(statSync(path).isDirectory()).toBe(true);
  });
});

describe('ensureWorkspace', () => {
  it('keeps what earlier steps left in an existing folder', async () => {
    const path = await prepareWorkspace(lesson, env);
    writeFileSync(join(path, 'from-a-step.txt'), 'x');
    expect(await ensureWorkspace(lesson, env)).toBe(path);
    expect(existsSync(join(path, 'from-a-step.txt'))).toBe(true);
  });

  it('prepares the folder when there is none', async () => {
    rmSync(workspacePath(lesson, env), { recursive: true });
    const path = await ensureWorkspace(lesson, env);
    expect(existsSync(join(path, 'Dockerfile'))).toBe(true);
  });
});

describe('generateFile', () => {
  it.each([0, 1, 1024 * 1024, 2 * 1024 * 1024 + 1])('writes exactly %i bytes', async (size) => {
    const path = join(home, 'gen', `f-${size}`);
    await generateFile(home, `gen/f-${size}`, size);
    expect(statSync(path).size).toBe(size);
  });

  it('writes bytes that do not compress to nothing', async () => {
    const path = join(home, 'gen', 'random');
    await generateFile(home, 'gen/random', 256 * 1024);
    expect(gzipSync(readFileSync(path)).length).toBeGreaterThan(250 * 1024);
  });
});
