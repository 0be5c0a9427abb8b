/**
 * Every language file of a lesson is the same lesson: the same id and order, the same try, edit and
 * question ids in the same order, and for each step the same shape (mode, prediction, check kinds) and
 * the same code (commands, starting files and solutions are not translated).
 */
import { ruleMessages } from '../i18n/lesson-rules.js';
import { checkMessages } from '../i18n/lessons.js';
import type { EditStep, TryStep } from './model.js';
import type { BlockRef, ParsedLesson } from './parse.js';
import type { Problem } from './problems.js';

export interface ParsedFile {
  file: string;
  result: ParsedLesson;
}

export function compareLanguages(here: ParsedFile, there: ParsedFile): Problem[] {
  const m = checkMessages();
  const problems: Problem[] = [];
  const a = here.result.head;
  const b = there.result.head;
  if (a.id !== undefined && b.id !== undefined && a.id !== b.id) {
    problems.push({ file: here.file, line: a.lineOf('id'), message: m.langDiffers('id', `'${a.id}'`, `'${b.id}'`, there.file) });
  }
  if (a.order !== undefined && b.order !== undefined && a.order !== b.order) {
    problems.push({ file: here.file, line: a.lineOf('order'), message: m.langDiffers('order', String(a.order), String(b.order), there.file) });
  }
  for (const kind of ['try', 'edit', 'quiz'] as const) {
    const mine = here.result.blocks.filter((block) => block.kind === kind);
    const theirs = there.result.blocks.filter((block) => block.kind === kind);
    // A block without a readable id is already reported; comparing around it would only add noise.
    if ([...mine, ...theirs].some((block) => block.id === undefined)) continue;
    const length = Math.max(mine.length, theirs.length);
    let index = 0;
    while (index < length && mine[index]?.id === theirs[index]?.id) index += 1;
    if (index === length) continue;
    // Only the first difference: the rest usually follows from it.
    problems.push({
      file: here.file,
      line: (mine[index] ?? mine.at(-1))?.line ?? 1,
      message: m.idsDiffer(kind, index + 1, theirs[index]?.id, mine[index]?.id, there.file),
    });
  }
  problems.push(...compareSteps(here, there));
  return problems;
}

/** A field that differs: its path in the block, and the two values as shown. */
type Difference = { path: PropertyKey[]; here: string; there: string } | { path: PropertyKey[]; code: true };

function compareSteps(here: ParsedFile, there: ParsedFile): Problem[] {
  const problems: Problem[] = [];
  const theirs = new Map<string, TryStep | EditStep>();
  for (const step of there.result.lesson?.steps ?? []) {
    const action = step.tryStep ?? step.editStep;
    if (action) theirs.set(`${step.tryStep ? 'try' : 'edit'}:${action.id}`, action);
  }
  for (const step of here.result.lesson?.steps ?? []) {
    const kind = step.tryStep ? 'try' : 'edit';
    const mine = step.tryStep ?? step.editStep;
    const other = mine && theirs.get(`${kind}:${mine.id}`);
    if (!mine || !other) continue;
    const block = here.result.blocks.find((candidate) => candidate.kind === kind && candidate.id === mine.id);
    const differences = step.tryStep ? compareTry(step.tryStep, other as TryStep) : compareEdit(mine as EditStep, other as EditStep);
    for (const difference of differences) problems.push(describe(difference, kind, mine.id, block, here.file, there.file));
  }
  return problems;
}

function describe(difference: Difference, kind: 'try' | 'edit', id: string, block: BlockRef | undefined, file: string, otherFile: string): Problem {
  const subject = kind === 'try' ? checkMessages().tryBlock(id) : ruleMessages().editBlock(id);
  const field = fieldOf(difference.path);
  const message = 'code' in difference
    ? ruleMessages().codeDiffers(field, otherFile)
    : checkMessages().langDiffers(field, difference.here, difference.there, otherFile);
  return { file, line: block?.lineOf(difference.path) ?? 1, message: `${subject}: ${message}` };
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

function compareTry(mine: TryStep, theirs: TryStep): Difference[] {
  const differences: Difference[] = [];
  const same = (path: PropertyKey[], a: string, b: string) => a !== b && differences.push({ path, here: a, there: b });
  same(['mode'], mine.mode, theirs.mode);
  if (mine.command !== theirs.command) differences.push({ path: ['command'], code: true });
  same(['check'], Object.keys(mine.check).sort().join(', '), Object.keys(theirs.check).sort().join(', '));
  same(['predict'], describePredict(mine), describePredict(theirs));
  same(['needs'], mine.needs.map((need) => `${need.container} (${need.step})`).join(', ') || '-', theirs.needs.map((need) => `${need.container} (${need.step})`).join(', ') || '-');
  same(['network'], mine.network ?? '-', theirs.network ?? '-');
  return differences;
}

function describePredict(step: TryStep): string {
  const predict = step.predict;
  return predict ? [predict.measure, ...(predict.options ?? []).map(String), `±${predict.tolerance}`].join(' ') : '-';
}

function compareEdit(mine: EditStep, theirs: EditStep): Difference[] {
  const differences: Difference[] = [];
  const same = (path: PropertyKey[], a: string, b: string) => a !== b && differences.push({ path, here: a, there: b });
  same(['files'], mine.files.map((file) => file.path).join(', '), theirs.files.map((file) => file.path).join(', '));
  mine.files.forEach((file, index) => {
    const other = theirs.files[index];
    if (!other || other.path !== file.path) return;
    if (file.start !== other.start) differences.push({ path: ['files', index, 'start'], code: true });
    if (file.solution !== other.solution) differences.push({ path: ['files', index, 'solution'], code: true });
  });
  if (JSON.stringify(mine.build) !== JSON.stringify(theirs.build)) differences.push({ path: ['build'], code: true });
  same(['checks'], mine.checks.map((check) => check.kind).join(', '), theirs.checks.map((check) => check.kind).join(', '));
  // Values are code too (paths, sizes, ports): only `why`, which is prose, may differ.
  mine.checks.forEach((check, index) => {
    const other = theirs.checks[index];
    if (other && other.kind === check.kind && JSON.stringify({ ...check, why: undefined }) !== JSON.stringify({ ...other, why: undefined })) {
      differences.push({ path: ['checks', index], code: true });
    }
  });
  same(['startFails'], mine.startFails.join(', '), theirs.startFails.join(', '));
  return differences;
}
