/**
 * `docktutor lessons --check`: every rule of docs/lesson-format.md over a whole lessons folder.
 * Pure: load.ts reads the folder into LessonFolder values; this parses and compares them.
 */
import { LANGS, type Lang } from '../i18n/index.js';
import { checkMessages } from '../i18n/lessons.js';
import { ruleMessages } from '../i18n/lesson-rules.js';
import { parseLesson, type BlockRef, type ParsedLesson } from './parse.js';
import type { Problem } from './problems.js';
import { sortProblems } from './problems.js';
import { checkCommands } from './check-commands.js';
import { compareLanguages } from './compare-languages.js';
import { findLegacyOutput } from './legacy-output.js';
import { checkLessonSafety, type FolderSafety } from './safety/check-safety.js';

export const MIN_QUESTIONS = 8;

/** Which files a folder holds; only asked about, so that it can be listed lazily. */
export interface FileSet {
  has(path: string): boolean;
}

export interface LessonFolder {
  /** The folder's path as shown in messages. */
  path: string;
  /** The text of each language file present. */
  files: Partial<Record<Lang, string>>;
  /** Entries other than en.md, ko.md and workspace/. */
  extras: string[];
  /** Files under workspace/, relative and with forward slashes; undefined when there is no workspace/. */
  workspace: FileSet | undefined;
  /** What reading the folder found unsafe (safety/check-safety.ts); absent for a folder built in memory. */
  safety?: FolderSafety;
}

export interface CheckReport {
  problems: Problem[];
  /** Allowed but worth a second look (a risky flag in a command); they do not fail the check. */
  warnings: Problem[];
  lessons: number;
  languages: number;
  questions: number;
  tries: number;
  edits: number;
}

/** What one lesson folder contributes to the report; plain data, so that a worker thread can send it. */
export interface FolderReport {
  problems: Problem[];
  warnings: Problem[];
  langs: Lang[];
  /** The first language file's lesson id and order, for the checks across lessons. */
  head?: { file: string; id?: string; order?: number; idLine: number; orderLine: number };
  questions: number;
  tries: number;
  edits: number;
}

/** Takes an iterable so that a large folder is read one lesson at a time rather than held in memory whole. */
export function checkLessonFolders(folders: Iterable<LessonFolder>): CheckReport {
  function* reports(): Generator<FolderReport> {
    for (const folder of folders) yield checkLessonFolder(folder);
  }
  return mergeFolderReports(reports());
}

/** Every rule that concerns one lesson: its files, its blocks, its commands, its languages. */
export function checkLessonFolder(folder: LessonFolder): FolderReport {
  const m = checkMessages();
  const report: FolderReport = { problems: [], warnings: [], langs: [], questions: 0, tries: 0, edits: 0 };
  const { problems, warnings } = report;
  const parsed: { lang: Lang; file: string; result: ParsedLesson }[] = [];
  for (const lang of LANGS) {
    const file = `${folder.path}/${lang}.md`;
    const text = folder.files[lang];
    const refused = folder.safety?.refused[lang];
    if (refused) {
      problems.push(refused);
      continue;
    }
    if (text === undefined) {
      problems.push({ file, line: 1, message: m.missingFile(lang) });
      continue;
    }
    report.langs.push(lang);
    const result = parseLesson({ text, file, dir: folder.path, lang });
    problems.push(...result.problems, ...checkBlocks(file, result), ...checkCommands(file, result, folder.workspace, warnings));
    problems.push(...checkLessonSafety(file, text, result, folder.safety));
    // A warning: the lesson still runs, but what it shows is not what the learner's docker build prints.
    warnings.push(...findLegacyOutput(text).map(({ line, marker }) => ({ file, line, message: ruleMessages().legacyOutput(marker) })));
    parsed.push({ lang, file, result });
  }
  problems.push(...(folder.safety?.problems ?? []));
  for (const name of folder.extras) problems.push({ file: `${folder.path}/${name}`, line: 1, message: m.unexpectedEntry(name) });
  const reference = parsed[0];
  if (!reference) return report;
  for (const other of parsed.slice(1)) problems.push(...compareLanguages(other, reference));
  const { head, lesson } = reference.result;
  report.head = { file: reference.file, idLine: head.lineOf('id'), orderLine: head.lineOf('order') };
  if (head.id !== undefined) report.head.id = head.id;
  if (head.order !== undefined) report.head.order = head.order;
  report.questions = lesson?.questions.length ?? 0;
  report.tries = lesson?.steps.filter((step) => step.tryStep).length ?? 0;
  report.edits = lesson?.steps.filter((step) => step.editStep).length ?? 0;
  return report;
}

/** Adds the rules across lessons (unique ids and orders) and the totals. */
export function mergeFolderReports(reports: Iterable<FolderReport>): CheckReport {
  const m = checkMessages();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const report: CheckReport = { problems, warnings, lessons: 0, languages: 0, questions: 0, tries: 0, edits: 0 };
  const languages = new Set<Lang>();
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const folder of reports) {
    report.lessons += 1;
    problems.push(...folder.problems);
    warnings.push(...folder.warnings);
    for (const lang of folder.langs) languages.add(lang);
    report.questions += folder.questions;
    report.tries += folder.tries;
    report.edits += folder.edits;
    const head = folder.head;
    if (!head) continue;
    if (head.id !== undefined) {
      const seen = ids.get(head.id);
      if (seen) problems.push({ file: head.file, line: head.idLine, message: m.duplicateLessonId(head.id, seen) });
      else ids.set(head.id, `${head.file}:${head.idLine}`);
    }
    if (head.order !== undefined) {
      const seen = orders.get(head.order);
      if (seen) problems.push({ file: head.file, line: head.orderLine, message: m.duplicateOrder(head.order, seen) });
      else orders.set(head.order, `${head.file}:${head.orderLine}`);
    }
  }
  report.languages = languages.size;
  report.problems = sortProblems(problems);
  report.warnings = sortProblems(warnings);
  return report;
}

/** Ids unique within the file (try and edit steps share one id space), and enough questions. */
function checkBlocks(file: string, result: ParsedLesson): Problem[] {
  const m = checkMessages();
  const problems: Problem[] = [];
  const seen = new Map<string, BlockRef>();
  for (const block of result.blocks) {
    if (block.id === undefined) continue;
    const key = `${block.kind === 'quiz' ? 'quiz' : 'step'}:${block.id}`;
    const first = seen.get(key);
    if (first) problems.push({ file, line: block.lineOf(['id']), message: m.duplicateBlockId(block.kind, block.id, first.line) });
    else seen.set(key, block);
  }
  const questions = result.blocks.filter((block) => block.kind === 'quiz').length;
  if (result.lesson && questions < MIN_QUESTIONS) problems.push({ file, line: 1, message: m.tooFewQuestions(questions, MIN_QUESTIONS) });
  return problems;
}
