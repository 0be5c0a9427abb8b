/**
 * Where a host path really leads, for keeping a lesson step inside its practice folder: a bind mount
 * or an env file named there must not reach the rest of the machine, through `..`, an absolute path or
 * a symbolic link (a container of an earlier step can leave one in a mounted folder).
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Whether `path` is `root` or below it, both as written. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real path `path` leads to, for a path that may not exist yet (the daemon creates a missing bind
 * source, through any link on the way); undefined when a dangling link is on the way.
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

/** Where `path` leads when that is outside `folder` (or cannot be known); undefined when it stays inside. */
export function leadsOutside(folder: string, path: string): string | undefined {
  const root = realPathOf(folder) ?? resolve(folder);
  const real = realPathOf(resolve(folder, path));
  if (real !== undefined && isInside(root, real)) return undefined;
  return real ?? resolve(folder, path);
}
