/**
 * A problem in a lesson file, and the sentences for schema failures: `what is wrong, what was expected`.
 * zod's own messages speak about types ("expected int, received number"); authors need the field's rule.
 */
import type * as z from 'zod/mini';
import { ruleMessages } from '../i18n/lesson-rules.js';
import { checkMessages } from '../i18n/lessons.js';
import { escapeControls } from '../terminal/controls.js';

export interface Problem {
  file: string;
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/** One line, whatever the file name or the quoted lesson text holds: control characters are shown escaped. */
export function formatProblem(problem: Problem, label?: string): string {
  return escapeControls(`${problem.file}:${problem.line}: ${label ? `${label}: ` : ''}${problem.message}`, 'line');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

type Issue = z.core.$ZodIssue;

/** The field a path names, as an author would write it: `options[2].text`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

export function describeIssue(issue: Issue, raw: unknown): string {
  const m = checkMessages();
  const field = fieldName(issue.path);
  const last = String([...issue.path].reverse().find((key) => typeof key === 'string') ?? '');
  switch (issue.code) {
    case 'unrecognized_keys':
      return m.unknownField(issue.keys.map((key) => (field ? `${field}.${key}` : key)).join(', '));
    case 'invalid_type':
      if (valueAt(raw, issue.path) === undefined) return last === 'solution' ? ruleMessages().missingSolution(field) : m.missing(field, expectedKind(issue.expected, last));
      return m.wrongType(field, expectedKind(issue.expected, last));
    case 'invalid_value':
      return m.oneOf(field, issue.values.map(String));
    case 'too_small':
      if (issue.origin === 'array') return m.atLeastItems(field, Number(issue.minimum));
      if (issue.origin === 'string') return m.notEmpty(field);
      return m.positive(field);
    case 'invalid_format':
      return m.wrongType(field, patternKind(last));
    case 'invalid_union':
      if (last === 'cacheReuse') return ruleMessages().cacheReuseShape(field);
      // The only other unions: a size (a number or a text like 20MiB), and a check's output (a text or a list of texts).
      return m.wrongType(field, last === 'output' || last === 'outputNot' ? m.kinds.textOrList : m.kinds.size);
    case 'too_big':
      return ruleMessages().atMost(field, Number(issue.maximum));
    case 'custom':
      return describeRule(field, issue.params ?? {}, fieldName(issue.path.slice(0, -1)));
    default:
      return m.invalid(field, issue.message);
  }
}

function describeRule(field: string, params: Record<string, unknown>, parent: string): string {
  const m = checkMessages();
  switch (params.rule) {
    case 'size':
      return m.wrongType(field, m.kinds.size);
    case 'memory':
      return m.wrongType(field, m.kinds.memory);
    case 'relative-path':
      return m.relativePath(field);
    case 'check-empty':
      return m.checkEmpty;
    case 'single-correct':
      return m.singleCorrect(Number(params.count));
    case 'multiple-correct':
      return m.multipleCorrect;
    case 'not-empty':
      return m.notEmpty(field);
    default:
      return describeEditRule(field, parent, params) ?? m.invalid(field, String(params.rule));
  }
}

/** The rules of the newer fields (predict, edit blocks and their checks). */
function describeEditRule(field: string, parent: string, params: Record<string, unknown>): string | undefined {
  const r = ruleMessages();
  switch (params.rule) {
    case 'absolute-path':
      return r.absolutePath(field);
    case 'map-empty':
      return r.mapEmpty(field);
    case 'port':
      return r.port(field);
    case 'run-empty':
      return r.runEmpty(field);
    case 'choice':
      return r.choice(field);
    case 'choice-whole':
      return r.choiceWhole(field);
    case 'choice-twice':
      return r.choiceTwice(field);
    case 'tolerance-size-only':
      return r.toleranceSizeOnly(field);
    case 'check-item':
      return r.checkItem(field);
    case 'why-text':
      return r.whyText(field);
    case 'check-no-kind':
      return r.checkNoKind(field);
    case 'check-two-kinds':
      return r.checkTwoKinds(parent, (params.kinds as string[] | undefined) ?? []);
    case 'check-unknown':
      return r.unknownCheck(parent, String(params.kind), String(params.closest));
    case 'kind-unknown':
      return r.unknownCheck(field, String(params.kind), String(params.closest));
    default:
      return undefined;
  }
}

function expectedKind(expected: string, field: string): string {
  const kinds = checkMessages().kinds;
  if (['size', 'contextMaxBytes', 'contextMinBytes', 'maxSize', 'maxContext'].includes(field)) return kinds.size;
  if (expected === 'int') return kinds.integer;
  if (expected === 'boolean') return field === 'answer' ? kinds.trueFalse : kinds.boolean;
  if (expected === 'array') return kinds.list;
  if (expected === 'object') return kinds.mapping;
  if (expected === 'number') return kinds.number;
  return kinds.text;
}

function patternKind(field: string): string {
  const kinds = checkMessages().kinds;
  if (field === 'id') return kinds.kebab;
  if (field === 'memory') return kinds.memory;
  if (field === 'tag') return ruleMessages().imageTag;
  return kinds.dockerCommand;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
