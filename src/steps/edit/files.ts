/**
 * The files of an edit step in the practice folder: the starting files (written when the step is first
 * opened, never over the learner's work) and the reference solution (for tests and the last hint). A
 * path that would leave the practice folder, itself or through a link, is refused.
 */
import { lstat, readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { DocktutorError } from '../../errors.js';
import { editStepMessages } from '../../i18n/edit-step.js';
import type { EditStep } from '../../lessons/model.js';
import { substitutePlaceholders, type PlaceholderValues } from '../../lessons/placeholders.js';
import { openInside, resolveInside as resolveWriteInside } from '../../lessons/safety/inside-folder.js';

export type EditFileSet = 'start' | 'solution';

/**
 * Writes the step's `start` (or `solution`) files, placeholders filled in. With `keep`, a file that is
 * already there stays as it is: the learner's work survives leaving and coming back.
 */
export async function writeEditFiles(step: EditStep, folder: string, which: EditFileSet, values: PlaceholderValues, options: { keep?: boolean } = {}): Promise<string[]> {
  const written: string[] = [];
  for (const file of step.files) {
    if (options.keep && (await exists(await resolveInside(folder, file.path)))) continue;
    // Written as every lesson write is: folder by folder from the practice folder, through no link.
    const path = await resolveWriteInside(folder, file.path);
    const handle = await openInside(path, file.path);
    try {
      await handle.writeFile(substitutePlaceholders(which === 'start' ? file.start : file.solution, values));
    } finally {
      await handle.close();
    }
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

/** `path` inside `folder` for reading, refused when it (or a link on the way) points outside. */
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

