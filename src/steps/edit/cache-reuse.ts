/**
 * The cacheReuse probe: does a change to one source file leave the expensive steps cached? The files
 * the build sent are copied to a temporary folder, the copy of the file gets one more newline, and
 * that copy is rebuilt (untagged). The learner's own files are never touched, so a save while the
 * probe runs is never lost, and the folder's watcher sees nothing. The rebuilt image is removed.
 */
import { appendFile, copyFile, lstat, mkdir, mkdtemp, readlink, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EditBuild } from '../../lessons/model.js';
import { buildEditImage, type EditBuildContext } from './build.js';
import { builtStages, type ParsedDockerfile } from './dockerfile.js';
import { findCopyOf } from './copy-sources.js';
import type { ProbeFacts } from './judge.js';

export async function probeCacheReuse(
  file: string,
  build: EditBuild,
  folder: string,
  sent: { contextFiles: string[]; imageId: string | undefined },
  dockerfile: ParsedDockerfile | undefined,
  context: EditBuildContext,
): Promise<Extract<ProbeFacts, { kind: 'cacheReuse' }>> {
  const path = file.replace(/^\.\//, '');
  // Left out of the context: no change to it can reach the build.
  if (!sent.contextFiles.includes(path)) return { kind: 'cacheReuse', copied: false, reran: [] };
  const copy = await mkdtemp(join(tmpdir(), 'docktutor-cache-'));
  try {
    await copyContext(folder, copy, sent.contextFiles);
    await appendFile(join(copy, path), '\n');
    const rebuilt = await buildEditImage(build, copy, context, undefined);
    if (!rebuilt.ok) return { kind: 'cacheReuse', copied: true, reran: [], brokenLines: rebuilt.errorLines };
    const id = rebuilt.outcome.imageId;
    if (id && id !== sent.imageId) await context.connection.docker.getImage(id).remove({ noprune: false }).catch(() => undefined);
    const cached = new Set(rebuilt.outcome.cachedSteps);
    const runs = dockerfile ? builtStages(dockerfile, build.target).flatMap((stage) => stage.instructions).filter((instruction) => instruction.keyword === 'RUN') : [];
    const reran = runs.filter((instruction) => !cached.has(instruction.step)).map((instruction) => `RUN ${shorten(instruction.args)}`);
    const copied = dockerfile ? findCopyOf(dockerfile, path, build.target) !== undefined : true;
    return { kind: 'cacheReuse', copied: copied || reran.length > 0, reran };
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

function shorten(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
