/**
 * What a lesson's workspace/ holds, without following anything: regular files (with their sizes) and
 * folders are what a practice folder is made of; symbolic links and special files (FIFOs, sockets,
 * devices) are listed apart, so that the checker can refuse them and the copy can leave them out.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { MAX_WORKSPACE_FILES } from './limits.js';

export interface WorkspaceScan {
  /** Regular files by relative path (forward slashes), with their sizes in bytes. */
  files: Map<string, number>;
  /** Folders by relative path, each after its parent. */
  folders: string[];
  links: string[];
  special: string[];
  /** The regular files' sizes added up. */
  bytes: number;
  /** More entries than `limit`: the scan stopped there. */
  tooMany: boolean;
}

export function scanWorkspace(root: string, limit = MAX_WORKSPACE_FILES): WorkspaceScan {
  const scan: WorkspaceScan = { files: new Map(), folders: [], links: [], special: [], bytes: 0, tooMany: false };
  const pending = [''];
  let entries = 0;
  while (pending.length > 0) {
    const folder = pending.shift()!;
    for (const entry of readSorted(join(root, folder))) {
      if (++entries > limit) {
        scan.tooMany = true;
        return scan;
      }
      const rel = folder ? `${folder}/${entry.name}` : entry.name;
      // Dirent types come from the folder listing itself: a link is a link, never what it points to.
      if (entry.isSymbolicLink()) scan.links.push(rel);
      else if (entry.isDirectory()) {
        scan.folders.push(rel);
        pending.push(rel);
      } else if (entry.isFile()) {
        const size = lstatSync(join(root, rel)).size;
        scan.files.set(rel, size);
        scan.bytes += size;
      } else scan.special.push(rel);
    }
  }
  return scan;
}

function readSorted(path: string): Dirent[] {
  return readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
