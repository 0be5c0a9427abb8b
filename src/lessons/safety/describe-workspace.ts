/**
 * A lesson's workspace/ as the checker sees it: the files a build may name, and a problem for each
 * entry that is not copied into a practice folder (a symbolic link, a FIFO, a socket, a device), each
 * named by its own path so that the author finds it.
 */
import type { Dirent } from 'node:fs';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import type { FileSet } from '../check.js';
import type { FolderSafety } from './check-safety.js';
import { MAX_WORKSPACE_FILES } from './limits.js';
import { scanWorkspace } from './scan-workspace.js';

/** `entry` is workspace/'s own entry in the lesson folder; `shown` its path in messages. Fills `safety`. */
export function describeWorkspace(path: string, shown: string, entry: Dirent, safety: FolderSafety): FileSet | undefined {
  const m = safetyMessages();
  if (entry.isSymbolicLink()) {
    safety.problems.push({ file: shown, line: 1, message: m.workspaceLink });
    return undefined;
  }
  if (!entry.isDirectory()) return undefined;
  const scan = scanWorkspace(path);
  for (const rel of scan.links) safety.problems.push({ file: `${shown}/${rel}`, line: 1, message: m.workspaceLink });
  for (const rel of scan.special) safety.problems.push({ file: `${shown}/${rel}`, line: 1, message: m.workspaceSpecial });
  if (scan.tooMany) safety.problems.push({ file: shown, line: 1, message: m.workspaceTooMany(MAX_WORKSPACE_FILES) });
  safety.workspaceBytes = scan.bytes;
  return { has: (file) => scan.files.has(file) };
}
