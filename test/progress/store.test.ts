import { spawn } from 'node:child_process';
import { chmod, mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocktutorError } from '../../src/errors.js';
import { applyChange, emptyProgress, PROGRESS_VERSION } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'dt-store-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const at = '2025-03-01T10:00:00.000Z';
const viteNode = resolve('node_modules/.bin/vite-node');
const storeChild = resolve('test/progress/helpers/store-child.ts');

/**
 * Runs one store call in another process. Permission cases need a user the file's mode shuts out: as
 * root (CI) that is `nobody`, since root reads anything; otherwise the file or folder is chmod-ed shut.
 */
async function runStoreChild(action: string, folder: string, options: { otherUser: boolean; lockFile: string }): Promise<{ error: { kind: string; message: string; hint?: string } } & Record<string, unknown>> {
  const root = process.getuid?.() === 0;
  if (!root) await chmod(action === 'read' ? options.lockFile : folder, action === 'read' ? 0o000 : 0o555);
  const child = spawn(process.execPath, [viteNode, storeChild, action, folder], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(root && options.otherUser ? { uid: 65534, gid: 65534 } : {}),
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await new Promise((done) => child.on('exit', done));
  if (!root) await chmod(action === 'read' ? options.lockFile : folder, action === 'read' ? 0o600 : 0o755);
  const line = out.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`store child printed no result: ${out} ${err}`);
  return JSON.parse(line);
}

describe('progress store', () => {
  it('starts empty when there is no file, and creates the data home on the first write', async () => {
    const nested = join(home, 'a', 'b');
    const store = openProgressStore({ home: nested });
    expect(await store.read()).toEqual(emptyProgress());
    await store.update({ kind: 'step-done', lesson: 'intro', step: 1, at });
    const onDisk = JSON.parse(await readFile(join(nested, 'progress.json'), 'utf8'));
    expect(onDisk).toMatchObject({ version: PROGRESS_VERSION, lessons: { intro: { stepsDone: [1] } } });
  });

  it('writes every change as it happens: a second store sees it at once', async () => {
    const writer = openProgressStore({ home });
    await writer.update({ kind: 'answer', lesson: 'intro', question: 'q1', correct: false, at });
    expect((await openProgressStore({ home }).read()).lessons.intro?.questions.q1?.answers).toEqual([{ at, correct: false }]);
    await writer.update({ kind: 'visit', lesson: 'intro', step: 2, at });
    expect((await openProgressStore({ home }).read()).lessons.intro?.currentStep).toBe(2);
  });

  it('applies several changes given at once, in order', async () => {
    const store = openProgressStore({ home });
    await store.update({ kind: 'visit', lesson: 'x', step: 0, at });
    const updated = await store.update({ kind: 'step-done', lesson: 'x', step: 0, at }, { kind: 'visit', lesson: 'x', step: 1, at });
    expect(updated.lessons.x).toMatchObject({ stepsDone: [0], currentStep: 1 });
    expect((await store.read()).lessons.x).toMatchObject({ stepsDone: [0], currentStep: 1 });
    expect((await readdir(home)).filter((name) => name.startsWith('progress.json'))).toEqual(['progress.json']);
  });

  it('keeps every change when one process fires many at once', async () => {
    const store = openProgressStore({ home });
    await Promise.all(Array.from({ length: 30 }, (_, i) => store.update({ kind: 'step-done', lesson: 'x', step: i, at })));
    expect((await store.read()).lessons.x?.stepsDone).toHaveLength(30);
  });

  it('leaves no lock and no temporary file behind', async () => {
    const store = openProgressStore({ home });
    await store.update({ kind: 'visit', lesson: 'x', step: 0, at });
    expect(await readdir(home)).toEqual(['progress.json']);
  });

  it.each<[string, (file: string) => Promise<void>, string]>([
    ['not JSON', (file) => writeFile(file, '{"version": 3, "less'), 'not valid JSON'],
    ['JSON with no version', (file) => writeFile(file, '{"lessons": {}}'), 'not a docktutor progress file'],
    ['JSON that is not an object', (file) => writeFile(file, '[1, 2, 3]'), 'not a docktutor progress file'],
    ['empty', (file) => writeFile(file, ''), 'not valid JSON'],
  ])('moves a file that is %s aside at the next write, says so in one line, and starts fresh', async (_name, spoil, reason) => {
    const file = join(home, 'progress.json');
    await spoil(file);
    const lines: string[] = [];
    const store = openProgressStore({ home, warn: (line) => lines.push(line), now: () => new Date('2025-03-01T10:00:00.000Z') });
    await store.update({ kind: 'visit', lesson: 'fresh', step: 1, at });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(reason);
    expect(lines[0]).not.toContain('\n');
    const aside = join(home, 'progress.json.corrupt-2025-03-01T10-00-00-000Z');
    expect(lines[0]).toContain(aside);
    await stat(aside);
    expect(Object.keys((await store.read()).lessons)).toEqual(['fresh']);
  });

  it('only reads when asked to read: a file that is not progress stays where it is, with one line', async () => {
    const file = join(home, 'progress.json');
    await writeFile(file, 'not json at all');
    const lines: string[] = [];
    const store = openProgressStore({ home, warn: (line) => lines.push(line) });
    expect(await store.read()).toEqual(emptyProgress());
    expect(await store.read()).toEqual(emptyProgress());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('not valid JSON');
    expect(await readFile(file, 'utf8')).toBe('not json at all');
    expect(await readdir(home)).toEqual(['progress.json']);
  });

  it('repairs one out-of-range field and keeps everything else, on read and on write', async () => {
    const file = join(home, 'progress.json');
    const good = applyChange(applyChange(emptyProgress(), { kind: 'step-done', lesson: 'a', step: 2, at }), { kind: 'answer', lesson: 'b', question: 'q1', correct: true, at });
    const spoiled = JSON.parse(JSON.stringify(good));
    spoiled.lessons.a.currentStep = -5;
    spoiled.lessons.b.questions.q2 = { answers: 'many', box: 9, due: 3 };
    await writeFile(file, JSON.stringify(spoiled));
    const lines: string[] = [];
    const store = openProgressStore({ home, warn: (line) => lines.push(line) });
    const read = await store.read();
    expect(read.lessons.a).toMatchObject({ currentStep: 0, stepsDone: [2] });
    expect(Object.keys(read.lessons.b!.questions)).toEqual(['q1']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('lessons.a.currentStep');
    expect(lines[0]).not.toContain('\n');
    // Nothing moved aside: the file is fixed in place by the next write.
    await store.update({ kind: 'visit', lesson: 'a', step: 3, at });
    expect(await readdir(home)).toEqual(['progress.json']);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.lessons.a.currentStep).toBe(3);
    expect(onDisk.lessons.a.stepsDone).toEqual([2]);
    expect(Object.keys(onDisk.lessons.b.questions)).toEqual(['q1']);
  });

  it('reports a file it cannot read (a folder in its place) and leaves it alone', async () => {
    const file = join(home, 'progress.json');
    await mkdir(file);
    const store = openProgressStore({ home, warn: () => undefined });
    await expect(store.read()).rejects.toMatchObject({ kind: 'store', message: expect.stringContaining('EISDIR') });
    await expect(store.update({ kind: 'visit', lesson: 'a', step: 0, at })).rejects.toMatchObject({ kind: 'store' });
    expect((await stat(file)).isDirectory()).toBe(true);
    expect(await readdir(home)).toEqual(['progress.json']);
  });

  it('reports a valid file that this user may not read as a permission problem, and leaves it', async () => {
    const file = join(home, 'progress.json');
    await openProgressStore({ home }).update({ kind: 'visit', lesson: 'kept', step: 4, at });
    const before = await readFile(file, 'utf8');
    await chmod(file, 0o600);
    await chmod(home, 0o755);
    const result = await runStoreChild('read', home, { otherUser: true, lockFile: file });
    expect(result.error).toMatchObject({ kind: 'store', message: expect.stringContaining('EACCES') });
    // As root the reader is another user (nobody), whom only taking the file back helps; else its own file, shut.
    expect(result.error.hint).toContain(process.getuid?.() === 0 ? 'sudo chown "$USER"' : 'chmod u+rw');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(home)).toEqual(['progress.json']);
  });

  it('reports a folder it may not write to as such, not as a lock held by another docktutor', async () => {
    await chmod(home, 0o755);
    const result = await runStoreChild('update', home, { otherUser: true, lockFile: join(home, 'progress.json') });
    expect(result.error).toMatchObject({ kind: 'store', message: expect.stringContaining('EACCES') });
    expect(result.error.message).not.toContain('locked');
    expect(result.error.message).toContain('read-only or not yours');
  });

  it('after kill -9 mid-write: removes the leftover temp file and takes the dead holder\'s lock at once', async () => {
    const child = spawn(viteNode, [storeChild, 'hold', home], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((ready, fail) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && ready());
      child.on('exit', (code) => fail(new Error(`holder exited early (${code})`)));
    });
    const exited = new Promise((done) => child.on('exit', done));
    child.kill('SIGKILL');
    await exited;
    expect((await readdir(home)).sort()).toEqual(['progress.json.4242424242', 'progress.json.lock', 'progress.json.lock.holder']);
    const started = Date.now();
    await openProgressStore({ home }).update({ kind: 'visit', lesson: 'after', step: 1, at });
    // The lock is fresh (its mtime is seconds old): waiting for it to go stale would take 10 s or more.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await readdir(home)).toEqual(['progress.json']);
  }, 60_000);

  it('refuses to touch a file written by a newer docktutor', async () => {
    const file = join(home, 'progress.json');
    await writeFile(file, JSON.stringify({ version: PROGRESS_VERSION + 1, lessons: {} }));
    const store = openProgressStore({ home, warn: () => undefined });
    await expect(store.update({ kind: 'visit', lesson: 'a', step: 0, at })).rejects.toMatchObject({ kind: 'store' });
    await expect(store.read()).rejects.toBeInstanceOf(DocktutorError);
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(PROGRESS_VERSION + 1);
  });

  it('upgrades a version 1 file on the next write', async () => {
    const file = join(home, 'progress.json');
    await writeFile(file, JSON.stringify({ version: 1, lessons: { a: { step: 2, done: [0, 1], answers: [] } } }));
    await openProgressStore({ home }).update({ kind: 'step-done', lesson: 'a', step: 2, at });
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk).toMatchObject({ version: PROGRESS_VERSION, lessons: { a: { currentStep: 2, stepsDone: [0, 1, 2], quizPassed: false } } });
  });

  it('takes over a lock left by a crashed process once it is stale', async () => {
    const lock = join(home, 'progress.json.lock');
    await mkdir(lock);
    const old = new Date(Date.now() - 60_000);
    const { utimes } = await import('node:fs/promises');
    await utimes(lock, old, old);
    await openProgressStore({ home }).update({ kind: 'visit', lesson: 'a', step: 0, at });
    expect((await openProgressStore({ home }).read()).lessons.a?.currentStep).toBe(0);
  });

  it('loses nothing when two processes each record 200 answers at the same time', async () => {
    const writer = resolve('test/progress/helpers/race-writer.ts');
    const run = (tag: string) =>
      new Promise<void>((done, fail) => {
        const child = spawn(viteNode, [writer, home, '200', tag], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', fail);
        child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`writer ${tag} exited ${code}: ${stderr}`))));
      });
    await Promise.all([run('left'), run('right')]);
    const questions = (await openProgressStore({ home }).read()).lessons.race?.questions ?? {};
    expect(Object.keys(questions)).toHaveLength(400);
    for (const tag of ['left', 'right']) {
      for (let i = 0; i < 200; i++) expect(questions[`${tag}-${i}`]?.answers).toHaveLength(1);
    }
    // The two writers really ran at the same time: their answers interleave.
    const times = (tag: string) => Object.entries(questions).filter(([key]) => key.startsWith(tag)).map(([, q]) => Date.parse(q.answers[0]!.at));
    expect(Math.min(...times('left'))).toBeLessThan(Math.max(...times('right')));
    expect(Math.min(...times('right'))).toBeLessThan(Math.max(...times('left')));
  }, 120_000);
});
