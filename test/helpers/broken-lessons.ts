/**
 * The broken lesson worlds, made from the valid fixture's first lesson plus a few edited lines each, so a
 * change to the valid fixture reaches every broken world and each world shows exactly what it breaks.
 * A world is written on first use into one temporary folder per test file, as `lessons-broken-<name>`
 * (the name appears in the paths the tests read); `removeBrokenWorlds` deletes them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/settings.js';

const VALID_LESSON = join(PACKAGE_ROOT, 'test', 'fixtures', 'lessons-valid', '01-basics');

/** From line `line` (1-based; it must read `from`, or the valid fixture moved under the table), `count` lines become `to`. */
interface LineEdit {
  line: number;
  from: string;
  count: number;
  to: string[];
}

interface WorldEdits {
  both?: LineEdit[];
  en?: LineEdit[];
  ko?: LineEdit[];
  /** Extra files, relative to the world. */
  add?: Record<string, string>;
  /** Files of the lesson to leave out, relative to the world. */
  remove?: string[];
  /** A second folder holding a copy of the (edited) lesson. */
  copyTo?: string;
}

const set = (line: number, from: string, to: string): LineEdit => ({ line, from, count: 1, to: [to] });
const drop = (line: number, from: string, count = 1): LineEdit => ({ line, from, count, to: [] });
const after = (line: number, from: string, ...lines: string[]): LineEdit => ({ line, from, count: 1, to: [from, ...lines] });

/** A new last section holding `block` (lines), after the closing fence of the last quiz block (line 111). */
const section = (...block: string[]): LineEdit => after(111, '```', '', '## Practice', '', 'Do it yourself.', '', ...block);
const EDIT_START = ['```edit', 'id: fix-one', 'goal: Make /app the working directory.', 'files:', '  - path: Dockerfile', '    start: |', '      FROM {{image}}'];
const EDIT_END = ['startFails: [workdir]', 'checks:', '  - builds: true', '  - workdir: /app'];

export const BROKEN_WORLDS: Record<string, WorldEdits> = {
  'command-answer': { both: [set(64, 'answer: docker ps -a', 'answer: docker container kill -a')] },
  'duplicate-lessons': { copyTo: '02-again' },
  // Edit and recall steps: what makes the learner produce the answer needs what the tests and the ladder use.
  'edit-without-solution': { both: [section(...EDIT_START, ...EDIT_END, 'explain: WORKDIR sticks.', '```')] },
  'recall-without-hints': {
    both: [section('```try', 'id: start-one', 'mode: recall', 'goal: Start a container named dt-one that keeps running.', 'command: docker run -d --name dt-one {{image}} sleep 60', 'check:', '  container: {name: dt-one, running: true}', 'explain: It runs in the background.', '```')],
  },
  'unknown-check': { both: [section(...EDIT_START, '    solution: |', '      FROM {{image}}', '      WORKDIR /app', ...EDIT_END, '  - notroot: true', 'explain: WORKDIR sticks.', '```')] },
  'duplicate-question-id': { both: [set(90, 'id: fact-6', 'id: fact-5')] },
  'front-matter': { en: [set(2, 'id: basics', 'id: Basics_1'), set(8, 'minutes: 5', 'minutes: five')] },
  'generate-size': { both: [after(8, 'minutes: 5', 'generate:', '  - path: big.log', '    size: 20MB', '  - path: ../outside.log', '    size: 1KiB')] },
  'languages-differ': { ko: [set(4, 'order: 1', 'order: 3'), set(90, 'id: fact-6', 'id: fact-six')] },
  'missing-dockerfile': {
    both: [set(74, 'command: docker ps -a', 'command: docker build -f Dockerfile.slow -t dt-slow .')],
    add: { '01-basics/workspace/Dockerfile': 'FROM busybox:latest\n' },
  },
  'missing-language': { remove: ['01-basics/ko.md'] },
  'no-explanation': { en: [drop(36, 'explanation: Images are read-only.')], ko: [drop(36, 'explanation: 이미지는 읽기 전용입니다.')] },
  placeholder: { both: [set(19, 'command: docker run --rm {{image}} echo hello', 'command: docker run --rm {{image}} echo {{greeting}}')] },
  'quiz-type': { both: [set(29, 'type: single', 'type: choice')] },
  'single-two-correct': {
    en: [set(35, '    why: A container adds a writable layer.', '    correct: true')],
    ko: [set(35, '    why: 컨테이너는 쓰기 가능한 레이어를 더합니다.', '    correct: true')],
  },
  // The blank line and the eight lines of the last quiz block, fact-8.
  'too-few-questions': { both: [drop(104, '', 8)] },
  'truefalse-string': { both: [set(56, 'answer: false', "answer: 'false'")] },
  'try-command': { both: [set(74, 'command: docker ps -a', 'command: docker kill old')] },
  'two-tries': {
    both: [after(72, '```try', 'id: list-running', 'command: docker ps', 'hint: h', 'check:', '  exitCode: 0', 'explain: e', '```', '', '```try')],
  },
  'unclosed-block': { en: [drop(111, '```')] },
  'unexpected-file': { add: { '01-basics/notes.txt': 'draft\n' } },
  'unknown-field': {
    en: [set(49, 'explanation: run is create plus start.', 'explaination: run is create plus start.')],
    ko: [set(49, 'explanation: run 은 create 와 start 를 합친 것입니다.', 'explaination: run 은 create 와 start 를 합친 것입니다.')],
  },
  'yaml-syntax': {
    en: [set(30, 'question: Which one is a read-only template?', 'question: "Which one is a read-only template?')],
    ko: [set(30, 'question: 읽기 전용 템플릿은?', 'question: "읽기 전용 템플릿은?')],
  },
};

/** Pure: the text with the edits applied, bottom-up so that every line number refers to the valid file. */
export function applyLineEdits(text: string, edits: readonly LineEdit[], file: string): string {
  const lines = text.split('\n');
  for (const edit of [...edits].sort((a, b) => b.line - a.line)) {
    const found = lines[edit.line - 1];
    if (found !== edit.from) throw new Error(`${file}:${edit.line} reads ${JSON.stringify(found)}, not ${JSON.stringify(edit.from)}: update BROKEN_WORLDS`);
    lines.splice(edit.line - 1, edit.count, ...edit.to);
  }
  return lines.join('\n');
}

let root: string | undefined;
const written = new Set<string>();

/** The folder of the broken world `name`, written on first use. */
export function brokenWorld(name: string): string {
  const edits = BROKEN_WORLDS[name];
  if (!edits) throw new Error(`no broken world '${name}': see BROKEN_WORLDS`);
  root ??= mkdtempSync(join(tmpdir(), 'dt-broken-lessons-'));
  const world = join(root, `lessons-broken-${name}`);
  const lesson = join(world, '01-basics');
  if (written.has(name)) return world;
  cpSync(VALID_LESSON, lesson, { recursive: true });
  for (const lang of ['en', 'ko'] as const) {
    const file = join(lesson, `${lang}.md`);
    const lineEdits = [...(edits.both ?? []), ...(edits[lang] ?? [])];
    if (lineEdits.length > 0) writeFileSync(file, applyLineEdits(readFileSync(file, 'utf8'), lineEdits, `01-basics/${lang}.md`));
  }
  for (const path of edits.remove ?? []) rmSync(join(world, path));
  for (const [path, text] of Object.entries(edits.add ?? {})) {
    mkdirSync(dirname(join(world, path)), { recursive: true });
    writeFileSync(join(world, path), text);
  }
  if (edits.copyTo) cpSync(lesson, join(world, edits.copyTo), { recursive: true });
  written.add(name);
  return world;
}

/** Deletes every world written by this test file. */
export function removeBrokenWorlds(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
  written.clear();
}
