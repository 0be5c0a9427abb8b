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

/**
 * The read commands timed inside a session: the practice prompt's words and the Engine API request of
 * each, as the floors send it (bare-request.mjs keeps its own copy: a start-up floor imports nothing).
 */
export const READ_COMMANDS = [
  { name: 'ps', words: 'ps -a', path: '/containers/json?all=1' },
  { name: 'images', words: 'images', path: '/images/json' },
  { name: 'version', words: 'version', path: '/version' },
  { name: 'info', words: 'info', path: '/info' },
];

/**
 * One lesson for `learn` to be timed on: the first shipped lesson's prose as text steps (its quiz and try
 * blocks taken out), then a try step per read command. Returns the lessons folder and its number of text steps.
 */
export function makeBenchLesson(shipped, target, textSteps = 4) {
  const first = readdirSync(shipped).sort()[0];
  const source = readFileSync(join(shipped, first, 'en.md'), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  const sections = body.replace(/```(?:try|quiz)\n[\s\S]*?```\n?/g, '').split(/^(?=## )/m).filter((part) => part.startsWith('## '));
  const tries = READ_COMMANDS.map(({ name, words }) =>
    `## Read: ${name}\n\nRun it.\n\n\`\`\`try\nid: bench-${name}\nmode: copy\ncommand: docker ${words}\nhint: Type it as shown.\ncheck:\n  exitCode: 0\nexplain: The daemon answered.\n\`\`\`\n`);
  const head = front.replace(/^id:.*$/m, 'id: bench').replace(/^title:.*$/m, 'title: Benchmark lesson').replace(/^order:.*$/m, 'order: 1');
  const dir = join(target, '01-bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'en.md'), `---\n${head}\n---\n\nTimed.\n\n${sections.slice(0, textSteps).join('\n')}\n${tries.join('\n')}`);
  // The text before the first heading is a step of its own.
  return { dir: target, textSteps: 1 + Math.min(textSteps, sections.length) };
}
