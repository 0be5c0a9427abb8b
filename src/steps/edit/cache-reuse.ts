/**
 * The cacheReuse probe: does a change to one file leave the expensive steps (those whose text holds
 * `keep`), or without `keep` the whole build, cached? The files the build sent are copied to a
 * temporary folder, the copy of the file gets a new last line (of whitespace), and that copy is
 * rebuilt (untagged). The learner's own files are never touched, so a save while the probe runs is
 * never lost, and the folder's watcher sees nothing. The rebuilt image is removed.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, copyFile, lstat, mkdir, mkdtemp, readlink, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EditBuild } from '../../lessons/model.js';
import { buildEditImage, type EditBuildContext } from './build.js';
import { readInstructionCache, rerunInstructions } from './cached-instructions.js';
import { removeIfUnused } from './remove-image.js';
import type { ProbeFacts } from './judge.js';

export async function probeCacheReuse(
  check: { file: string; keep?: string },
  build: EditBuild,
  folder: string,
  sent: { contextFiles: string[]; imageId: string | undefined },
  context: EditBuildContext,
): Promise<Extract<ProbeFacts, { kind: 'cacheReuse' }>> {
  const path = check.file.replace(/^\.\//, '');
  // Left out of the context: no change to it can reach the build.
  if (!sent.contextFiles.includes(path)) return { kind: 'cacheReuse', copied: false, reran: [] };
  const copy = await mkdtemp(join(tmpdir(), 'docktutor-cache-'));
  try {
    await copyContext(folder, copy, sent.contextFiles);
    await appendFile(join(copy, path), uniqueBlankLine());
    const rebuilt = await buildEditImage(build, copy, context, undefined);
    if (!rebuilt.ok) return { kind: 'cacheReuse', copied: true, reran: [], brokenLines: rebuilt.errorLines };
    const id = rebuilt.outcome.imageId;
    if (id && id !== sent.imageId) await removeIfUnused(context.connection, id, context.env);
    const reran = rerunInstructions(readInstructionCache(rebuilt.output), check.keep);
    if (reran === undefined) return { kind: 'cacheReuse', copied: true, reran: [], keepMissing: true };
    return { kind: 'cacheReuse', copied: true, reran: reran.map(shorten) };
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** The context's files and folders, as sent, into `to` (links stay links; nothing else is read). */
async function copyContext(from: string, to: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    const source = join(from, path);
    const target = join(to, path);
    const info = await lstat(source).catch(() => undefined);
    if (!info) continue;
    await mkdir(dirname(target), { recursive: true });
    if (info.isDirectory()) await mkdir(target, { recursive: true, mode: info.mode & 0o7777 });
    else if (info.isSymbolicLink()) await symlink(await readlink(source), target);
    // copyFile keeps the mode bits: COPY's cache key includes them.
    else if (info.isFile()) await copyFile(source, target);
  }
}

/**
 * A new last line of spaces and tabs that no earlier probe wrote (32 random bits): whitespace harms no
 * file format, and a change seen before would be found in the build cache (BuildKit keeps it after
 * the image is gone), which would hide the rebuild this probe is about.
 */
export function uniqueBlankLine(): string {
  const bits = randomBytes(4).readUInt32BE(0);
  return `\n${Array.from({ length: 32 }, (_, bit) => ((bits >>> bit) & 1 ? '\t' : ' ')).join('')}\n`;
}

function shorten(text: string): string {
  return text.length > 72 ? `${text.slice(0, 69)}...` : text;
}
