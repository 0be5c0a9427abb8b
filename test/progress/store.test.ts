import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocktutorError } from '../../src/errors.js';
import { emptyProgress, PROGRESS_VERSION } from '../../src/progress/model.js';
import { openProgressStore } from '../../src/progress/store.js';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'dt-store-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const at = '2025-03-01T10:00:00.000Z';

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
    ['not JSON', (file) => writeFile(file, '{"version": 2, "less'), 'not valid JSON'],
    ['JSON of the wrong shape', (file) => writeFile(file, '{"version": 2, "lessons": {"a": {"currentStep": "two"}}}'), 'not a docktutor progress file'],
    ['empty', (file) => writeFile(file, ''), 'not valid JSON'],
    ['unreadable (a folder)', (file) => mkdir(file), 'EISDIR'],
  ])('moves a file that is %s aside, says so in one line, and starts fresh', async (_name, spoil, reason) => {
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
    expect(onDisk).toMatchObject({ version: 2, lessons: { a: { currentStep: 2, stepsDone: [0, 1, 2] } } });
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
    const viteNode = resolve('node_modules/.bin/vite-node');
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
