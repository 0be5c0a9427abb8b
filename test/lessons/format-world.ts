/**
 * Lesson worlds for the format tests, generated from data into a temp folder: a valid lesson around
 * the blocks a test gives, in both languages, so that each test states only what it is about.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface LessonSpec {
  /** Extra front matter lines, like `passMark: 90`. */
  front?: string;
  /** The lesson's sections after the introduction: a heading and a body holding its blocks. */
  sections: { title: string; body: string }[];
  /** The Korean sections when they differ (code is compared across languages). */
  koSections?: { title: string; body: string }[];
  /** Files of workspace/, path to content. */
  workspace?: Record<string, string>;
}

const QUIZ = Array.from({ length: 8 }, (_, index) =>
  ['```quiz', `id: fact-${index + 1}`, 'type: truefalse', `question: Fact ${index + 1}?`, 'answer: true', 'explanation: Because.', '```'].join('\n'),
).join('\n\n');

export function lessonText(lang: 'en' | 'ko', spec: LessonSpec): string {
  const sections = (lang === 'ko' && spec.koSections) || spec.sections;
  const front = ['---', 'id: demo', `title: ${lang === 'en' ? 'Demo' : '데모'}`, 'order: 1', 'summary: A demo.', 'objectives:', '  - Learn', 'minutes: 5', ...(spec.front ? [spec.front] : []), '---'];
  const body = sections.map((section) => `## ${section.title}\n\nSome text.\n\n${section.body.trim()}\n`);
  return `${front.join('\n')}\n\nIntroduction.\n\n${body.join('\n')}\n## Quiz time\n\n${QUIZ}\n`;
}

/** Writes one lesson folder `01-demo` under a new temp folder; returns the lessons folder. */
export function writeWorld(spec: LessonSpec): { dir: string; en: string; ko: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'docktutor-format-'));
  const lesson = join(dir, '01-demo');
  mkdirSync(lesson);
  const en = lessonText('en', spec);
  const ko = lessonText('ko', spec);
  writeFileSync(join(lesson, 'en.md'), en);
  writeFileSync(join(lesson, 'ko.md'), ko);
  for (const [path, content] of Object.entries(spec.workspace ?? {})) {
    mkdirSync(dirname(join(lesson, 'workspace', path)), { recursive: true });
    writeFileSync(join(lesson, 'workspace', path), content);
  }
  return { dir, en, ko, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The 1-based line of the first line of `text` that matches `pattern` (after the `from`-th match of `after`). */
export function lineOf(text: string, pattern: RegExp, after?: RegExp): number {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((line) => after.test(line)) : 0;
  const index = lines.findIndex((line, at) => at >= start && pattern.test(line));
  if (index < 0) throw new Error(`no line matches ${pattern}`);
  return index + 1;
}

/** A try block from fields written as YAML lines. */
export const tryBlock = (...lines: string[]) => ['```try', ...lines, '```'].join('\n');
export const editBlock = (...lines: string[]) => ['```edit', ...lines, '```'].join('\n');

export const RECALL = tryBlock(
  'id: start-web',
  'mode: recall',
  'goal: Start a container named dt-web from {{image}} that keeps running in the background.',
  'command: docker run -d --name dt-web {{image}} sleep 600',
  'hints:',
  '  - "The command that creates and starts a container is `docker run`."',
  '  - "`-d` runs it in the background, `--name dt-web` names it."',
  'check:',
  '  container: {name: dt-web, running: true}',
  'explain: The container keeps running.',
);

export const DOCKERFILE_EDIT = editBlock(
  'id: write-dockerfile',
  'goal: Write a Dockerfile that works in /app.',
  'files:',
  '  - path: Dockerfile',
  '    start: |',
  '      FROM {{image}}',
  '      RUN cd /app',
  '    solution: |',
  '      FROM {{image}}',
  '      WORKDIR /app',
  'startFails: [workdir]',
  'checks:',
  '  - builds: true',
  '  - workdir: /app',
  'explain: WORKDIR sets the folder for every later instruction.',
);
