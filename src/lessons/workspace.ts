/**
 * The practice folder of a lesson, <data home>/workspace/<lesson id>/: a copy of the lesson's workspace/
 * folder made the first time the lesson starts, plus the large files its front matter asks for. Try
 * steps run there, so `docker build .` builds from it. It is the learner's from then on: reopening the
 * lesson restores only lesson files that are missing, and only `reset` starts it over. A lesson folder is
 * untrusted: only regular files and folders are copied (a link would let the next write land outside),
 * every write is resolved inside the practice folder, and the whole folder is capped (safety/limits.ts).
 */
import { randomBytes } from 'node:crypto';
import { constants, existsSync, lstatSync } from 'node:fs';
import { copyFile, lstat, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DocktutorError } from '../errors.js';
import { safetyMessages } from '../i18n/lesson-safety.js';
import { dataHome } from '../settings.js';
import type { Lesson } from './model.js';
import { openInside, resolveInside } from './safety/inside-folder.js';
import { MAX_PRACTICE_FOLDER_BYTES, MAX_WORKSPACE_FILES } from './safety/limits.js';
import { scanWorkspace, type WorkspaceScan } from './safety/scan-workspace.js';

type WorkspaceLesson = Pick<Lesson, 'id' | 'dir' | 'generate'>;
/** Told which entries of workspace/ were left out (links, special files), as one line for the learner. */
export type SkipNotice = (line: string) => void;

export function workspacePath(lesson: Pick<Lesson, 'id'>, env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), 'workspace', lesson.id);
}

/** Starts the lesson's practice folder over: nothing left there from before survives. */
export async function prepareWorkspace(lesson: WorkspaceLesson, env: NodeJS.ProcessEnv = process.env, notice?: SkipNotice): Promise<string> {
  const path = workspacePath(lesson, env);
  const source = join(lesson.dir, 'workspace');
  const entry = lstatSync(source, { throwIfNoEntry: false });
  const scan = entry?.isDirectory() ? scanWorkspace(source) : undefined;
  // Measured before anything is removed or written: a lesson over the limit changes nothing.
  refuseOversize(lesson, scan);
  await rm(path, { recursive: true, force: true });
  await mkdir(path, { recursive: true });
  if (scan) await copyScanned(source, path, scan);
  const skipped = entry && !scan ? ['workspace'] : [...(scan?.links ?? []), ...(scan?.special ?? [])].map((rel) => `workspace/${rel}`);
  if (skipped.length > 0) notice?.(safetyMessages().skipped(skipped.join(', ')));
  for (const file of lesson.generate) await generateFile(path, file.path, file.size);
  return path;
}

export interface RestoredWorkspace {
  path: string;
  /** Lesson files (and empty folders) that were missing and were put back: folders, files, generated files. */
  restored: string[];
  /** Missing lesson files that could not be put back: a file or link of the learner's is on the way. */
  blocked: string[];
}

/**
 * The practice folder as the learner left it, with the lesson's missing files put back (a fresh copy when
 * there is none yet). Nothing there is overwritten or removed: a file the learner changed, added or
 * replaced with a folder or link stays as it is, and no write follows a link (safety/inside-folder.ts).
 */
export async function restoreWorkspace(lesson: WorkspaceLesson, env: NodeJS.ProcessEnv = process.env, notice?: SkipNotice): Promise<RestoredWorkspace> {
  const path = workspacePath(lesson, env);
  if (!lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) return { path: await prepareWorkspace(lesson, env, notice), restored: [], blocked: [] };
  const source = join(lesson.dir, 'workspace');
  const scan = lstatSync(source, { throwIfNoEntry: false })?.isDirectory() ? scanWorkspace(source) : undefined;
  refuseOversize(lesson, scan);
  const result: RestoredWorkspace = { path, restored: [], blocked: [] };
  const restore = async (rel: string, write: (target: string) => Promise<unknown>) => {
    const target = await resolveInside(path, rel).catch((error: unknown) => {
      if (error instanceof DocktutorError) return undefined;
      throw error;
    });
    if (target === undefined) result.blocked.push(rel);
    else if (!(await lstat(target).catch(() => undefined))) {
      await write(target);
      result.restored.push(rel);
    }
  };
  for (const folder of scan?.folders ?? []) await restore(folder, (target) => mkdir(target));
  for (const file of scan?.files.keys() ?? []) await restore(file, (target) => copyFile(join(source, file), target, constants.COPYFILE_EXCL));
  for (const file of lesson.generate) await restore(file.path, () => generateFile(path, file.path, file.size));
  // A folder put back with files in it is said by its files.
  result.restored = result.restored.filter((rel) => !result.restored.some((other) => other.startsWith(`${rel}/`)));
  return result;
}

// A lesson id's shape (schema-common.ts). A progress file may name any lesson, so a recorded id of
// another shape (`..`, `a/b`) is never turned into a folder to remove.
const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The practice folder of one lesson, or the folder of them all, when there is one: what `reset` removes
 * so that the next start copies the lesson's files afresh (rm never follows a link inside it).
 */
export function existingWorkspace(lessonId: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (lessonId !== undefined && !LESSON_ID.test(lessonId)) return undefined;
  const path = lessonId === undefined ? join(dataHome(env), 'workspace') : workspacePath({ id: lessonId }, env);
  return lstatSync(path, { throwIfNoEntry: false }) ? path : undefined;
}

/** The practice folder as a step left it, or a fresh one when there is none yet. */
export async function ensureWorkspace(lesson: WorkspaceLesson, env: NodeJS.ProcessEnv = process.env, notice?: SkipNotice): Promise<string> {
  const path = workspacePath(lesson, env);
  return existsSync(path) ? path : prepareWorkspace(lesson, env, notice);
}

function refuseOversize(lesson: WorkspaceLesson, scan: WorkspaceScan | undefined): void {
  const m = safetyMessages();
  if (scan?.tooMany) throw new DocktutorError('lesson', m.workspaceTooMany(MAX_WORKSPACE_FILES), { hint: m.practiceTooLargeHint });
  const workspace = scan?.bytes ?? 0;
  const generated = lesson.generate.reduce((sum, file) => sum + file.size, 0);
  if (workspace + generated > MAX_PRACTICE_FOLDER_BYTES) {
    throw new DocktutorError('lesson', m.practiceTooLarge(workspace + generated, workspace, generated, MAX_PRACTICE_FOLDER_BYTES), { hint: m.practiceTooLargeHint });
  }
}

/** Folders first (each after its parent), then files; COPYFILE_EXCL never writes through something already there. */
async function copyScanned(source: string, target: string, scan: WorkspaceScan): Promise<void> {
  for (const folder of scan.folders) await mkdir(join(target, folder));
  for (const file of scan.files.keys()) await copyFile(join(source, file), join(target, file), constants.COPYFILE_EXCL);
}

const BLOCK_SIZE = 1024 * 1024;
let block: Buffer | undefined;

/**
 * Writes `size` bytes at `rel` inside the practice folder `root` that do not compress to nothing (a
 * build context's size is the lesson), cheaply: one random MiB, repeated, so a large file never sits in memory.
 */
export async function generateFile(root: string, rel: string, size: number): Promise<void> {
  const source = (block ??= randomBytes(BLOCK_SIZE));
  const file = await openInside(await resolveInside(root, rel), rel);
  try {
    for (let written = 0; written < size; written += BLOCK_SIZE) {
      const chunk = size - written >= BLOCK_SIZE ? source : source.subarray(0, size - written);
      for (let at = 0; at < chunk.length; ) at += (await file.write(chunk, at, chunk.length - at)).bytesWritten;
    }
  } finally {
    await file.close();
  }
}
