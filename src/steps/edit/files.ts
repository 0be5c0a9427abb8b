/**
 * The files of an edit step in the practice folder: the starting files (written when the step is first
 * opened, never over the learner's work) and the reference solution (for tests and the last hint). A
 * path that would leave the practice folder, itself or through a link, is refused.
 */
import { lstat, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { DocktutorError } from '../../errors.js';
import { editStepMessages } from '../../i18n/edit-step.js';
import type { EditStep } from '../../lessons/model.js';
import { substitutePlaceholders, type PlaceholderValues } from '../../lessons/placeholders.js';

export type EditFileSet = 'start' | 'solution';

/**
 * Writes the step's `start` (or `solution`) files, placeholders filled in. With `keep`, a file that is
 * already there stays as it is: the learner's work survives leaving and coming back.
 */
export async function writeEditFiles(step: EditStep, folder: string, which: EditFileSet, values: PlaceholderValues, options: { keep?: boolean } = {}): Promise<string[]> {
  const written: string[] = [];
  for (const file of step.files) {
    const path = await resolveInside(folder, file.path);
    if (options.keep && (await exists(path))) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, substitutePlaceholders(which === 'start' ? file.start : file.solution, values));
    written.push(file.path);
  }
  return written;
}

/** The absolute paths of the step's files, for the editor and the learner. */
export async function editFilePaths(step: EditStep, folder: string): Promise<string[]> {
  return Promise.all(step.files.map((file) => resolveInside(folder, file.path)));
}

/** A file of the practice folder as text, or undefined when it is not there. */
export async function readPracticeFile(folder: string, path: string): Promise<string | undefined> {
  return readFile(await resolveInside(folder, path), 'utf8').catch(() => undefined);
}

/** `path` inside `folder`, refused when it (or a link on the way) points outside. */
export async function resolveInside(folder: string, path: string): Promise<string> {
  const root = await realpath(folder);
  const full = resolve(root, path);
  if (!isInside(root, full)) throw outside(path);
  // Each existing part of the way must stay inside once links are followed.
  for (let part = dirname(full); isInside(root, part) && part !== root; part = dirname(part)) {
    const real = await realpath(part).catch(() => undefined);
    if (real !== undefined && !isInside(root, real)) throw outside(path);
  }
  const info = await lstat(full).catch(() => undefined);
  if (info?.isSymbolicLink()) {
    const real = await realpath(full).catch(() => undefined);
    if (real === undefined || !isInside(root, real)) throw outside(path);
  }
  return full;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function outside(path: string): DocktutorError {
  const m = editStepMessages();
  return new DocktutorError('lesson', m.fileOutside(path), { hint: m.fileOutsideHint });
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

