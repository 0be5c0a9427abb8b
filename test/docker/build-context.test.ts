import { link, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packBuildContext } from '../../src/docker/build/context.js';
import { resolveBuildPaths } from '../../src/docker/build/paths.js';
import { DocktutorError } from '../../src/errors.js';

interface Entry {
  name: string;
  type: string;
  size: number;
  linkname?: string | null;
  content?: string;
}

async function listTar(dir: string, file?: string, cwd = dir): Promise<{ entries: Entry[]; bytes: number; dockerfile: string }> {
  const packed = await packBuildContext(await resolveBuildPaths(dir, file, cwd));
  const extract = tar.extract();
  const entries: Entry[] = [];
  extract.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const entry: Entry = { name: header.name, type: header.type ?? '', size: header.size ?? 0 };
      if (header.linkname) entry.linkname = header.linkname;
      if (header.name.endsWith('.dockerignore') || header.name.startsWith('.dockerfile.')) entry.content = Buffer.concat(chunks).toString();
      entries.push(entry);
      next();
    });
  });
  await pipeline(packed.stream, extract);
  await packed.done;
  return { entries, bytes: packed.bytes(), dockerfile: packed.dockerfile };
}

async function makeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

describe('packBuildContext', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-ctx-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('orders names by their UTF-8 bytes, as Go does, also past U+FFFF', async () => {
    const dir = join(root, 'utf8');
    // U+FF21 is EF BC A1 in UTF-8 and U+1F600 is F0 9F 98 80: bytes put U+FF21 first, UTF-16 units would not.
    await makeTree(dir, { Dockerfile: 'FROM busybox:latest\n', '\u{1F600}.txt': 'e', '\uFF21.txt': 'a', 'z.txt': 'z' });
    const { entries } = await listTar(dir);
    expect(entries.map((entry) => entry.name)).toEqual(['Dockerfile', 'z.txt', '\uFF21.txt', '\u{1F600}.txt']);
  });

  it('sends folders before their contents in name order, leaves out what .dockerignore excludes, keeps the build files', async () => {
    const dir = join(root, 'tree');
    await makeTree(dir, {
      Dockerfile: 'FROM busybox:latest\n',
      '.dockerignore': '*.log\n!keep.log\nnode_modules\nDockerfile\n.dockerignore\ncache\n!cache/keep\n',
      'b.txt': 'b',
      'a.log': 'x',
      'keep.log': 'k',
      'node_modules/m/index.js': 'm',
      'src/main.c': 'int main;',
      'src/z/a.c': '',
      'cache/drop': 'd',
      'cache/keep': 'k',
    });
    await symlink('src/main.c', join(dir, 'link'));
    await link(join(dir, 'b.txt'), join(dir, 'b-hard.txt'));
    const { entries, bytes } = await listTar(dir);
    expect(entries.map((entry) => [entry.name, entry.type])).toEqual([
      ['.dockerignore', 'file'],
      ['Dockerfile', 'file'],
      ['b-hard.txt', 'file'],
      ['b.txt', 'link'],
      ['cache/keep', 'file'],
      ['keep.log', 'file'],
      ['link', 'symlink'],
      ['src', 'directory'],
      ['src/main.c', 'file'],
      ['src/z', 'directory'],
      ['src/z/a.c', 'file'],
    ]);
    expect(entries.find((entry) => entry.name === 'b.txt')!.linkname).toBe('b-hard.txt');
    // The extractor drops the trailing / of folder names; the tar has them, as docker's does.
    // 512-byte header per entry, contents padded to 512, two zero blocks at the end.
    const contentBlocks = entries.filter((entry) => entry.type === 'file').reduce((sum, entry) => sum + Math.ceil(entry.size / 512), 0);
    expect(bytes).toBe((entries.length + contentBlocks) * 512 + 1024);
  });

  it('adds a Dockerfile from outside the context under a generated name, and tells .dockerignore to skip it', async () => {
    const dir = join(root, 'outside');
    await makeTree(dir, { 'ctx/a.txt': 'a', 'files/Dockerfile.out': 'FROM busybox:latest\n' });
    const { entries, dockerfile } = await listTar(join(dir, 'ctx'), join(dir, 'files/Dockerfile.out'));
    expect(dockerfile).toMatch(/^\.dockerfile\.[0-9a-f]{20}$/);
    expect(entries.map((entry) => entry.name)).toEqual(['a.txt', dockerfile, '.dockerignore']);
    expect(entries.find((entry) => entry.name === dockerfile)!.content).toBe('FROM busybox:latest\n');
    expect(entries.find((entry) => entry.name === '.dockerignore')!.content).toBe(`\n${dockerfile}\n`);
  });

  it('streams a 1 GiB context without holding it in memory', async () => {
    const dir = join(root, 'big');
    await makeTree(dir, { Dockerfile: 'FROM busybox:latest\n' });
    await writeFile(join(dir, 'huge.bin'), '');
    await truncate(join(dir, 'huge.bin'), 1024 ** 3);
    const packed = await packBuildContext(await resolveBuildPaths(dir, undefined, dir));
    const before = process.memoryUsage().rss;
    let peak = before;
    let received = 0;
    await pipeline(
      packed.stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          received += chunk.length;
          peak = Math.max(peak, process.memoryUsage().rss);
          // A slow reader, like a daemon writing to disk: the packer must wait, not buffer.
          setImmediate(done);
        },
      }),
    );
    await packed.done;
    expect(received).toBe(packed.bytes());
    expect(received).toBeGreaterThan(1024 ** 3);
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('resolveBuildPaths', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dt-paths-'));
    await makeTree(root, { 'app/Dockerfile.dev': 'FROM x\n', 'app/sub/Dockerfile': 'FROM x\n', 'lower/dockerfile': 'FROM x\n', 'empty/.keep': '' });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each([
    ['app/sub', undefined, 'Dockerfile'],
    ['app', 'app/sub/Dockerfile', 'sub/Dockerfile'],
    ['app', 'app/Dockerfile.dev', 'Dockerfile.dev'],
    ['lower', undefined, 'dockerfile'],
  ])('context %s with -f %s -> %s', async (context, file, inside) => {
    expect((await resolveBuildPaths(context, file, root)).dockerfileInContext).toBe(inside);
  });

  it.each([
    ['missing', undefined, /build context folder 'missing' does not exist/, /usually '\.'/],
    ['app/Dockerfile.dev', undefined, /is not a folder/, /folder/],
    ['empty', undefined, /There is no Dockerfile at \.\/empty\/Dockerfile/, /-f/],
    ['app', 'Dockerfile.dev', /There is no Dockerfile at \.\/Dockerfile\.dev/, /did you mean -f app\/Dockerfile\.dev/],
  ])('context %s with -f %s fails in one line', async (context, file, message, hint) => {
    const error = (await resolveBuildPaths(context, file, root).catch((e: unknown) => e)) as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
  });
});
