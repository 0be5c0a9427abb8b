/**
 * The practice folder of a lesson, <data home>/workspace/<lesson id>/: a fresh copy of the lesson's
 * workspace/ folder each time the lesson starts, plus the large files its front matter asks for.
 * Try steps run there, so `docker build .` builds from it.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import { dataHome } from '../settings.js';
import type { Lesson } from './model.js';

export function workspacePath(lesson: Pick<Lesson, 'id'>, env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), 'workspace', lesson.id);
}

/** Starts the lesson's practice folder over: nothing left there from before survives. */
export async function prepareWorkspace(lesson: Pick<Lesson, 'id' | 'dir' | 'generate'>, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const path = workspacePath(lesson, env);
  await rm(path, { recursive: true, force: true });
  const source = join(lesson.dir, 'workspace');
  if (existsSync(source)) await cp(source, path, { recursive: true });
  else await mkdir(path, { recursive: true });
  for (const file of lesson.generate) await generateFile(join(path, file.path), file.size);
  return path;
}

/** The practice folder as a step left it, or a fresh one when there is none yet. */
export async function ensureWorkspace(lesson: Pick<Lesson, 'id' | 'dir' | 'generate'>, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const path = workspacePath(lesson, env);
  return existsSync(path) ? path : prepareWorkspace(lesson, env);
}

const BLOCK_SIZE = 1024 * 1024;
let block: Buffer | undefined;

/**
 * Writes `size` bytes that do not compress to nothing (a build context's size is the lesson), cheaply:
 * one random MiB, repeated, streamed so that a large file never sits in memory.
 */
export async function generateFile(path: string, size: number): Promise<void> {
  const source = (block ??= randomBytes(BLOCK_SIZE));
  await mkdir(dirname(path), { recursive: true });
  function* chunks(): Generator<Buffer> {
    for (let written = 0; written < size; written += BLOCK_SIZE) yield size - written >= BLOCK_SIZE ? source : source.subarray(0, size - written);
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), createWriteStream(path));
}
