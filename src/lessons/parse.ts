/**
 * One language file of a lesson, string in, Lesson out: the front matter, the steps, the try steps and
 * the questions. Pure: the caller reads the file. Every problem found is returned (not just the first)
 * with its file and line, so that `lessons --check` can list them all at once.
 */
import type { Lang } from '../i18n/index.js';
import { ruleMessages } from '../i18n/lesson-rules.js';
import { checkMessages } from '../i18n/lessons.js';
import { checkNeeds, editRules, tryRules, type RuleProblem } from './block-rules.js';
import type { EditStep, Lesson, Question, Step, TryStep } from './model.js';
import { findUnknownPlaceholders } from './placeholders.js';
import type { Problem } from './problems.js';
import { editSchema } from './schema-edit.js';
import { frontMatterSchema, QUESTION_TYPES, quizHeadSchema, quizSchema, trySchema } from './schema.js';
import { splitSections, type BlockKind, type LessonBlock } from './sections.js';
import { readYamlBlock, validateBlock, type YamlBlock } from './yaml-block.js';

export interface LessonSource {
  text: string;
  /** The path shown in messages. */
  file: string;
  dir: string;
  lang: Lang;
}

/** A try, edit or quiz block's id as written, kept even when the block is invalid (for cross-checks). */
export interface BlockRef {
  kind: BlockKind;
  /** Undefined when the block has no readable id. */
  id: string | undefined;
  line: number;
  /** File line of a field inside the block. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ParsedLesson {
  /** Undefined when the front matter is unusable; steps and questions leave out invalid blocks. */
  lesson: Lesson | undefined;
  problems: Problem[];
  blocks: BlockRef[];
  /** The front matter's id and order as written, and the line of any top-level field, even if other fields are wrong. */
  head: { id?: string; order?: number; lineOf(field: string): number };
}

export function parseLesson(source: LessonSource): ParsedLesson {
  const m = checkMessages();
  const { file } = source;
  const problems: Problem[] = findUnknownPlaceholders(source.text).map(({ line, name }) => ({ file, line, message: m.unknownPlaceholder(name) }));
  const split = splitFrontMatter(source.text);
  if (!split) {
    problems.unshift({ file, line: 1, message: m.noFrontMatter });
    return { lesson: undefined, problems, blocks: [], head: { lineOf: () => 1 } };
  }
  const front = readYamlBlock(split.yaml, file, 2);
  const frontRaw = (front.raw ?? {}) as Record<string, unknown>;
  const head = {
    ...(typeof frontRaw.id === 'string' ? { id: frontRaw.id } : {}),
    ...(typeof frontRaw.order === 'number' ? { order: frontRaw.order } : {}),
    // A top-level key is found by its line start; only an unusual front matter needs the positioned parse.
    lineOf: (field: string) => keyLine(split.yaml, field) ?? front.lineOf([field]),
  };
  const meta = validateBlock(front, frontMatterSchema, m.frontMatter);
  problems.push(...meta.problems);

  const steps: Step[] = [];
  const questions: Question[] = [];
  const blocks: BlockRef[] = [];
  for (const section of splitSections(split.body, split.bodyLine)) {
    // The introduction is a step only when it says something.
    if (section.title === undefined && section.markdown === '' && section.blocks.length === 0) continue;
    const step: Step = { title: section.title ?? meta.value?.title ?? '', markdown: section.markdown, line: section.line, kind: 'read', questionIds: [] };
    const stepIndex = steps.length;
    steps.push(step);
    for (const block of section.blocks) {
      const yaml = readYamlBlock(block.source, file, block.line + 1);
      const id = idOf(yaml, block.source);
      blocks.push({ kind: block.kind, id, line: block.line, lineOf: yaml.lineOf });
      const subject = subjectOf(block.kind, id);
      if (!block.closed) problems.push({ file, line: block.line, message: `${subject}: ${m.unclosed}` });
      if (block.kind === 'quiz') {
        const question = readQuestion(yaml, block, subject, stepIndex, problems);
        if (!question) continue;
        questions.push(question);
        step.questionIds.push(question.id);
        continue;
      }
      const tryStep = block.kind === 'try' ? readTry(yaml, block, subject, problems) : undefined;
      const editStep = block.kind === 'edit' ? readEdit(yaml, block, subject, problems) : undefined;
      const first = step.tryStep ?? step.editStep;
      // One thing to do per step: the learn flow shows one prompt or one file watch at a time.
      if (first && (tryStep || editStep)) problems.push({ file, line: block.line, message: `${subject}: ${ruleMessages().oneAction(first.id)}` });
      else if (tryStep) Object.assign<Step, Partial<Step>>(step, { kind: tryStep.predict ? 'predict' : 'try', tryStep });
      else if (editStep) Object.assign<Step, Partial<Step>>(step, { kind: 'edit', editStep });
    }
  }
  problems.push(...checkNeeds(steps, blocks).map(({ block, path, message }) => ({ file, line: block.lineOf(path), message: `${m.tryBlock(block.id)}: ${message}` })));
  if (!meta.value) return { lesson: undefined, problems, blocks, head };
  const lesson: Lesson = { ...meta.value, lang: source.lang, dir: source.dir, file, steps, questions };
  return { lesson, problems, blocks, head };
}

function readTry(yaml: YamlBlock, block: LessonBlock, subject: string, problems: Problem[]): TryStep | undefined {
  const result = validateBlock(yaml, trySchema(), subject);
  const broken = placeRules(tryRules(yaml.raw), yaml, subject);
  problems.push(...result.problems, ...broken);
  if (!result.value || broken.length > 0) return undefined;
  const { hint, hints, needs, command, ...rest } = result.value;
  return { ...rest, command: command.trim(), hints: hints ?? (hint === undefined ? [] : [hint]), needs: needs ?? [], line: block.line };
}

function readEdit(yaml: YamlBlock, block: LessonBlock, subject: string, problems: Problem[]): EditStep | undefined {
  const result = validateBlock(yaml, editSchema(), subject);
  const broken = placeRules(editRules(yaml.raw), yaml, subject);
  problems.push(...result.problems, ...broken);
  return result.value && broken.length === 0 ? { ...result.value, line: block.line } : undefined;
}

function placeRules(rules: RuleProblem[], yaml: YamlBlock, subject: string): Problem[] {
  return rules.map(({ path, message }) => ({ file: yaml.file, line: yaml.lineOf(path), message: `${subject}: ${message}` }));
}

function subjectOf(kind: BlockKind, id: string | undefined): string {
  if (kind === 'edit') return ruleMessages().editBlock(id);
  return kind === 'try' ? checkMessages().tryBlock(id) : checkMessages().quizBlock(id);
}

function readQuestion(yaml: YamlBlock, block: LessonBlock, subject: string, step: number, problems: Problem[]): Question | undefined {
  const type = (yaml.raw as { type?: unknown } | undefined)?.type;
  if (!(QUESTION_TYPES as readonly unknown[]).includes(type)) {
    // Without a known type the fields cannot be judged: say what is wrong with the common ones.
    problems.push(...validateBlock(yaml, quizHeadSchema(), subject).problems);
    return undefined;
  }
  const result = validateBlock(yaml, quizSchema(type as (typeof QUESTION_TYPES)[number]), subject);
  problems.push(...result.problems);
  return result.value && (Object.assign(result.value, { line: block.line, step }) as Question);
}

function idOf(yaml: YamlBlock, source: string): string | undefined {
  const raw = yaml.raw as { id?: unknown } | undefined;
  if (raw) return typeof raw.id === 'string' ? raw.id : undefined;
  // The YAML is broken elsewhere: the id line alone still names the block in messages.
  return /^id:[ \t]*['"]?([\w-]+)['"]?[ \t]*$/m.exec(source)?.[1];
}

/** The `---` block at the top of the file; the YAML starts on line 2. */
function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const start = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!start) return undefined;
  const end = /^(---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(start[0].length));
  if (!end) return undefined;
  const yamlEnd = start[0].length + end.index;
  const yaml = text.slice(start[0].length, yamlEnd);
  const afterClose = text.indexOf('\n', yamlEnd);
  const body = afterClose < 0 ? '' : text.slice(afterClose + 1);
  return { yaml, body, bodyLine: 2 + countLines(yaml) + 1 };
}

/** The file line of a top-level `key:` in the front matter (which starts on line 2). */
function keyLine(yaml: string, key: string): number | undefined {
  const match = new RegExp(`^${key}[ \\t]*:`, 'm').exec(yaml);
  return match ? 2 + countLines(yaml.slice(0, match.index)) : undefined;
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
