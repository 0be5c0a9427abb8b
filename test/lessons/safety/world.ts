/**
 * Hostile lesson worlds written from data in a temp folder: a valid lesson text with the parts a test
 * changes (front matter lines, prose, the try command, extra blocks), and workspace files and links.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface LessonSpec {
  id?: string;
  order?: number;
  /** Extra front matter lines (`generate:` ...). */
  front?: string;
  /** Prose of the first section. */
  prose?: string;
  /** The try block's command line as YAML (`command: ...`), so a test can quote or escape it. */
  command?: string;
  /** YAML lines added to the try block (after `explain:`). */
  tryExtra?: string;
  /** Extra fenced blocks appended to the second section. */
  blocks?: string;
}

/** A lesson that passes `lessons --check` as is: two sections, one try block, eight questions. */
export function lessonText(spec: LessonSpec = {}): string {
  const quiz = (n: number) => ['```quiz', `id: fact-${n}`, 'type: truefalse', `question: Fact ${n} is true.`, 'answer: true', `explanation: Fact ${n} holds.`, '```', ''];
  return [
    '---',
    `id: ${spec.id ?? 'hostile'}`,
    'title: Hostile',
    `order: ${spec.order ?? 1}`,
    'summary: One sentence.',
    'objectives:',
    '  - Run a container',
    'minutes: 5',
    ...(spec.front ? [spec.front] : []),
    '---',
    '',
    '## Run one',
    '',
    spec.prose ?? 'A container is made from an image.',
    '',
    '```try',
    'id: run-hello',
    spec.command ?? 'command: docker run --rm {{image}} echo hello',
    'hint: The image comes before the command.',
    'check:',
    '  exitCode: 0',
    'explain: The container printed hello.',
    ...(spec.tryExtra ? [spec.tryExtra] : []),
    '```',
    '',
    ...[1, 2, 3, 4].flatMap(quiz),
    '## More',
    '',
    'More facts.',
    '',
    ...[5, 6, 7, 8].flatMap(quiz),
    ...(spec.blocks ? [spec.blocks, ''] : []),
  ].join('\n');
}

/** The 1-based line of the first line of `text` that starts with `start` (after indentation). */
export function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(start));
  if (index < 0) throw new Error(`no line starts with ${start}`);
  return index + 1;
}

export interface FolderSpec {
  /** Both languages get this text unless `ko` is given. */
  en?: string;
  ko?: string;
  /** workspace/ files by relative path. */
  files?: Record<string, string>;
  /** Symbolic links by path inside the lesson folder (`workspace/notes`), to their targets. */
  links?: Record<string, string>;
}

export class World {
  readonly root = mkdtempSync(join(tmpdir(), 'dt-hostile-'));
  readonly lessons = join(this.root, 'lessons');
  /** A folder outside every lesson, standing for the learner's own files. */
  readonly outside = join(this.root, 'outside');

  constructor() {
    mkdirSync(this.lessons);
    mkdirSync(this.outside);
  }

  lesson(name: string, spec: FolderSpec): string {
    const dir = join(this.lessons, name);
    mkdirSync(dir, { recursive: true });
    const en = spec.en ?? lessonText();
    writeFileSync(join(dir, 'en.md'), en);
    writeFileSync(join(dir, 'ko.md'), spec.ko ?? en);
    for (const [path, content] of Object.entries(spec.files ?? {})) {
      mkdirSync(dirname(join(dir, 'workspace', path)), { recursive: true });
      writeFileSync(join(dir, 'workspace', path), content);
    }
    for (const [path, target] of Object.entries(spec.links ?? {})) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      symlinkSync(target, join(dir, path));
    }
    return dir;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
