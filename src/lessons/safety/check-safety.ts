/**
 * The checker's rules for what a lesson may not do (docs/lesson-format.md, "What a lesson cannot do"):
 * no control characters (check-controls.ts), no more Markdown structure than the renderer handles in
 * good time (markdown-budget.ts), and a practice folder within its size. Pure: load.ts measures the
 * folder (links, special files, sizes) and hands the result in as FolderSafety.
 */
import type { Lang } from '../../i18n/index.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import type { ParsedLesson } from '../parse.js';
import type { Problem } from '../problems.js';
import { findControlLines, findControlValues } from './check-controls.js';
import { lessonTexts } from './lesson-texts.js';
import { MAX_PRACTICE_FOLDER_BYTES } from './limits.js';
import { isOverBudget, MAX_MARKDOWN_DEPTH, MAX_MARKDOWN_MARKS, measureMarkdown } from './markdown-budget.js';

export interface FolderSafety {
  /** Language files refused unread (a link, a FIFO, too large): the problem to report instead of parsing them. */
  refused: Partial<Record<Lang, Problem>>;
  /** The folder's own problems: links and special files in workspace/, too many files there. */
  problems: Problem[];
  /** Bytes of the regular files under workspace/. */
  workspaceBytes: number;
}

export function checkLessonSafety(file: string, text: string, result: ParsedLesson, safety: FolderSafety | undefined): Problem[] {
  return [
    ...findControlLines(file, text),
    ...findControlValues(file, text, result),
    ...checkMarkdownBudget(file, result),
    ...checkPracticeSize(file, result, safety?.workspaceBytes ?? 0),
  ];
}

/** The fields of a step's blocks that are rendered as Markdown (not commands, checks or file contents). */
const PROSE_FIELDS = new Set<PropertyKey>(['goal', 'hint', 'hints', 'explain']);

/** Each step's prose, and each text of its blocks (hints, explanations), within what the renderer handles. */
function checkMarkdownBudget(file: string, result: ParsedLesson): Problem[] {
  const problems: Problem[] = [];
  const judge = (text: string, line: () => number) => {
    const measure = measureMarkdown(text);
    if (!isOverBudget(measure)) return;
    const m = safetyMessages();
    const message = measure.marks > MAX_MARKDOWN_MARKS ? m.markdownMarks(measure.marks, MAX_MARKDOWN_MARKS) : m.markdownDepth(measure.depth, MAX_MARKDOWN_DEPTH);
    problems.push({ file, line: line(), message });
  };
  for (const step of result.lesson?.steps ?? []) judge(step.markdown, () => step.line);
  for (const entry of lessonTexts(result, ['step'])) if (PROSE_FIELDS.has(entry.path[0]!)) judge(entry.text, entry.line);
  return problems;
}

/** workspace/ and the generated files together stay within the practice folder's limit. */
function checkPracticeSize(file: string, result: ParsedLesson, workspaceBytes: number): Problem[] {
  const generate = result.lesson?.generate ?? [];
  const generated = generate.reduce((sum, entry) => sum + entry.size, 0);
  const total = generated + workspaceBytes;
  if (total <= MAX_PRACTICE_FOLDER_BYTES) return [];
  const line = generate.length > 0 ? result.head.lineOf('generate') : 1;
  return [{ file, line, message: safetyMessages().practiceTooLarge(total, workspaceBytes, generated, MAX_PRACTICE_FOLDER_BYTES) }];
}
