/**
 * Where docktutor may write for a lesson: inside its practice folder, and only there. A path is resolved
 * folder by folder from the practice folder's real path; a symbolic link on the way (left by a step's
 * container, or by an older docktutor that copied links) is refused rather than followed, and the file
 * itself is opened with O_NOFOLLOW, so that no write lands outside through a link.
 */
import { constants, lstatSync, realpathSync } from 'node:fs';
import { lstat, mkdir, open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DocktutorError } from '../../errors.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { escapeControls } from './controls.js';

/** Whether `path` is `root` or below it, compared as written (both resolved, no links followed). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path to write `rel` at, below `root`'s real path, with the folders on the way created.
 * Throws when `rel` climbs out or a folder on the way is a symbolic link.
 */
export async function resolveInside(root: string, rel: string): Promise<string> {
  // A NUL would make the file system calls throw a TypeError rather than refuse the path.
  if (rel.includes('\0')) throw escapes(rel);
  const base = await realpath(root);
  const target = resolve(base, rel);
  if (!isInside(base, target) || target === base) throw escapes(rel);
  let folder = base;
  for (const part of relative(base, target).split(sep).slice(0, -1)) {
    folder = join(folder, part);
    const stat = await lstat(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!stat) await mkdir(folder);
    else if (!stat.isDirectory()) throw escapes(rel);
  }
  return target;
}

/** Opens (creating or truncating) a file that `resolveInside` returned; a link put there meanwhile is refused. */
export async function openInside(path: string, rel: string): Promise<FileHandle> {
  try {
    return await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw escapes(rel);
    throw error;
  }
}

/**
 * The real path `path` leads to, for a path that may not exist yet: the deepest existing folder on the
 * way is resolved and the rest appended (the daemon creates a missing bind source, through any link).
 * Undefined when a dangling link is on the way: where it would lead cannot be known.
 */
export function realPathOf(path: string): string | undefined {
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return undefined;
      if (lstatSync(existing, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
      const parent = resolve(existing, '..');
      if (parent === existing) return undefined;
      rest.push(relative(parent, existing));
      existing = parent;
    }
  }
}

function escapes(rel: string): DocktutorError {
  const m = safetyMessages();
  return new DocktutorError('lesson', m.writeEscapes(escapeControls(rel, 'line')), { hint: m.writeEscapesHint });
}
