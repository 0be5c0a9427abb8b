/**
 * The build context as a tar stream, packed while the folder is walked: files are read in chunks and
 * the tar is produced only as fast as the daemon takes it, so a 1 GiB context never sits in memory.
 * Entries, order and headers follow the docker CLI's archive (moby pkg/archive): folders before
 * their contents in name order, uid and gid 0, whole-second times, hard links as links, so the byte
 * count matches "Sending build context to Docker daemon".
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import tar from 'tar-stream';
import { DocktutorError } from '../../errors.js';
import { buildMessages } from '../../i18n/build.js';
import { ContextFilter, readIgnorePatterns } from './context-ignore.js';
import type { BuildPaths } from './paths.js';

export interface ContextStream {
  /** The tar, to be sent as the request body. */
  stream: Readable;
  /** The Dockerfile's name inside the tar, for the `dockerfile` query parameter. */
  dockerfile: string;
  /** Bytes produced so far; final once `done` settles. */
  bytes: () => number;
  /** Files (not folders) packed so far; final once `done` settles. */
  files: () => number;
  /** The context's paths packed so far (forward slashes, folders too): what .dockerignore let through. */
  paths: () => string[];
  /** Settles when the whole context has been packed (rejects on an unreadable file). */
  done: Promise<void>;
  /** Why packing stopped, when a file could not be read; undefined otherwise. */
  failure: () => DocktutorError | undefined;
}

export async function packBuildContext(paths: BuildPaths): Promise<ContextStream> {
  const ignoreText = await readFile(join(paths.context, '.dockerignore'), 'utf8').catch(() => undefined);
  const outside = paths.dockerfileInContext === undefined;
  // A Dockerfile outside the context travels inside it under a name nothing else uses, as docker does it.
  const dockerfile = paths.dockerfileInContext ?? `.dockerfile.${randomBytes(10).toString('hex')}`;
  const filter = new ContextFilter(readIgnorePatterns(ignoreText ?? ''), paths.dockerfileInContext);
  const pack = tar.pack();
  // A megabyte of read-ahead lets the disk and the socket work at the same time; memory stays flat.
  const counter = new PassThrough({ highWaterMark: 1 << 20 });
  let count = 0;
  counter.on('data', (chunk: Buffer) => (count += chunk.length));
  pack.pipe(counter);
  // Paused until the request reads it: `data` listeners would otherwise start the flow early.
  counter.pause();
  // The request gave up (the daemon refused, or the user pressed Ctrl+C): stop reading files.
  counter.on('close', () => {
    if (!counter.readableEnded) pack.destroy(new Error('build context no longer read'));
  });
  const seen = new Map<string, string>();
  const stats = { files: 0, paths: [] as string[] };
  let failure: DocktutorError | undefined;
  const done = (async () => {
    try {
      await walk(pack, paths.context, '', filter, seen, stats, outside ? dockerfile : undefined);
      if (outside) {
        await addBuffer(pack, dockerfile, await readFile(paths.dockerfile));
        stats.files += 1;
        if (ignoreText === undefined) {
          await addBuffer(pack, '.dockerignore', Buffer.from(`\n${dockerfile}\n`));
          stats.files += 1;
        }
      }
      pack.finalize();
      await once(counter, 'end');
    } catch (error) {
      failure = unreadable(error, paths.context);
      const reason = failure ?? (error as Error);
      pack.destroy(reason);
      counter.destroy(reason);
      throw reason;
    }
  })();
  done.catch(() => undefined);
  return { stream: counter, dockerfile, bytes: () => count, files: () => stats.files, paths: () => stats.paths, done, failure: () => failure };
}

async function walk(
  pack: tar.Pack,
  root: string,
  dir: string,
  filter: ContextFilter,
  seen: Map<string, string>,
  stats: { files: number; paths: string[] },
  extraIgnore?: string,
): Promise<void> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const names = sortByBytes(entries.map((entry) => entry.name));
  const folders = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  for (const name of names) {
    const rel = dir ? `${dir}/${name}` : name;
    const full = join(root, rel);
    // What is left out is neither stat'ed nor read: the folder listing says whether to look inside.
    if (filter.excludes(rel)) {
      if (folders.has(name) && filter.mayHoldExceptions(rel)) await walk(pack, root, rel, filter, seen, stats, extraIgnore);
      continue;
    }
    const info = await lstat(full);
    stats.paths.push(rel);
    const base = { name: rel, mode: info.mode & 0o7777, uid: 0, gid: 0, mtime: new Date(Math.floor(info.mtimeMs / 1000) * 1000) };
    if (info.isDirectory()) {
      await addEntry(pack, { ...base, type: 'directory' });
      await walk(pack, root, rel, filter, seen, stats, extraIgnore);
    } else if (info.isSymbolicLink()) {
      await addEntry(pack, { ...base, type: 'symlink', linkname: await readlink(full) });
    } else if (info.isFile()) {
      stats.files += 1;
      const key = `${info.dev}:${info.ino}`;
      const first = info.nlink > 1 ? seen.get(key) : undefined;
      if (first !== undefined) {
        await addEntry(pack, { ...base, type: 'link', linkname: first });
      } else {
        if (info.nlink > 1) seen.set(key, rel);
        if (rel === '.dockerignore' && extraIgnore) {
          await addBuffer(pack, rel, Buffer.concat([await readFile(full), Buffer.from(`\n${extraIgnore}\n`)]), base);
        } else {
          await addFile(pack, full, { ...base, type: 'file', size: info.size });
        }
      }
    } else if (info.isFIFO()) {
      await addEntry(pack, { ...base, type: 'fifo' });
    }
    // Sockets and devices are left out, as the docker CLI leaves them out.
  }
}

function addEntry(pack: tar.Pack, header: tar.Headers): Promise<void> {
  return new Promise((resolve, reject) => pack.entry(header, (error) => (error ? reject(error) : resolve())));
}

function addBuffer(pack: tar.Pack, name: string, content: Buffer, base?: Partial<tar.Headers>): Promise<void> {
  const header: tar.Headers = { mode: 0o600, mtime: new Date(Math.floor(Date.now() / 1000) * 1000), ...base, name, uid: 0, gid: 0, type: 'file', size: content.length };
  return new Promise((resolve, reject) => pack.entry(header, content, (error) => (error ? reject(error) : resolve())));
}

async function addFile(pack: tar.Pack, path: string, header: tar.Headers): Promise<void> {
  let entry!: ReturnType<tar.Pack['entry']>;
  const finished = new Promise<void>((resolve, reject) => {
    entry = pack.entry(header, (error) => (error ? reject(error) : resolve()));
  });
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    if (!entry.write(chunk as Buffer)) await once(entry, 'drain');
  }
  entry.end();
  await finished;
}

function unreadable(error: unknown, root: string): DocktutorError | undefined {
  const raw = error as NodeJS.ErrnoException;
  // Without a path it is the request that went away, not a file: the caller reports that.
  if (!raw?.path) return undefined;
  const m = buildMessages();
  return new DocktutorError('build', m.unreadable(relative(root, raw.path) || raw.path, raw.code ?? raw.message), { hint: m.unreadableHint, cause: error });
}

/**
 * Go sorts names by their UTF-8 bytes; JavaScript's default sort compares UTF-16 units, which agrees
 * except around surrogate pairs (characters past U+FFFF), so only such names pay for byte compares.
 */
function sortByBytes(names: string[]): string[] {
  if (!names.some((name) => /[\uD800-\uDFFF]/.test(name))) return names.sort();
  return names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
