// Generated inputs for the benchmark: many lessons, and a large build context.
import { closeSync, cpSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** `count` lessons made from the shipped ones, with fresh ids and orders so the checker accepts them. */
export function generateLessons(shipped, target, count) {
  const sources = readdirSync(shipped).sort().map((name) => ({
    name,
    en: readFileSync(join(shipped, name, 'en.md'), 'utf8'),
    ko: readFileSync(join(shipped, name, 'ko.md'), 'utf8'),
  }));
  for (let i = 0; i < count; i += 1) {
    const source = sources[i % sources.length];
    const dir = join(target, `${String(i + 1).padStart(4, '0')}-${source.name.replace(/^\d+-/, '')}-${i}`);
    mkdirSync(dir, { recursive: true });
    for (const lang of ['en', 'ko']) {
      const text = source[lang].replace(/^id:\s*(\S+)/m, `id: $1-${i}`).replace(/^order:\s*\d+/m, `order: ${i + 1}`);
      writeFileSync(join(dir, `${lang}.md`), text);
    }
    try {
      cpSync(join(shipped, source.name, 'workspace'), join(dir, 'workspace'), { recursive: true });
    } catch {
      // most lessons have no practice files
    }
  }
  return target;
}

/** 1 GiB of which .dockerignore keeps 10 MiB: sparse files for the ignored part, real bytes for the kept part. */
export function makeBuildContext(dir) {
  mkdirSync(join(dir, 'ignored'), { recursive: true });
  mkdirSync(join(dir, 'kept'), { recursive: true });
  for (let i = 0; i < 8; i += 1) {
    const fd = openSync(join(dir, 'ignored', `blob-${i}.bin`), 'w');
    ftruncateSync(fd, 127 * 1024 * 1024 + 768 * 1024);
    closeSync(fd);
  }
  for (let i = 0; i < 10; i += 1) writeFileSync(join(dir, 'kept', `part-${i}.bin`), randomBytes(1024 * 1024));
  writeFileSync(join(dir, '.dockerignore'), 'ignored\n');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM busybox:latest\nCOPY kept /kept\n');
  return dir;
}
