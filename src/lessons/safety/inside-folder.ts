/**
 * Where docktutor may write for a lesson: inside its practice folder, and only there. A path is resolved
 * folder by folder from the practice folder's real path; a symbolic link on the way (left by a step's
 * container, or by an older docktutor that copied links) is refused rather than followed, and the file
 * itself is opened with O_NOFOLLOW, so that no write lands outside through a link.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DocktutorError } from '../../errors.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { escapeControls } from '../../terminal/controls.js';

/** Whether `path` is `root` or below it, compared as written (both resolved, no links followed). */
function isInside(root: string, path: string): boolean {
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

function escapes(rel: string): DocktutorError {
  const m = safetyMessages();
  return new DocktutorError('lesson', m.writeEscapes(escapeControls(rel, 'line')), { hint: m.writeEscapesHint });
}
