/**
 * write-file-atomic writes `progress.json.<number>` and renames it over the file; a process killed
 * between the two (kill -9, power loss) leaves that temp file behind. Called under the lock, when no
 * other docktutor can be half-way through a write, so every such file is a leftover.
 */
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function removeStaleTempFiles(file: string): Promise<number> {
  const folder = dirname(file);
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
    await unlink(join(folder, name)).then(
      () => (removed += 1),
      () => undefined,
    );
  }
  return removed;
}
