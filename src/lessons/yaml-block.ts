/**
 * One YAML block of a lesson file (the front matter, a try or a quiz block), parsed with positions so
 * that a problem points at the line of the offending field, not just at the block.
 */
import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type * as z from 'zod/mini';
import { PARSE_OPTIONS } from './schema-common.js';
import { checkMessages } from '../i18n/lessons.js';
import { describeIssue, type Problem } from './problems.js';
import { readYamlLite } from './yaml-lite.js';
import { safetyMessages } from '../i18n/lesson-safety.js';
import { MAX_ALIAS_COUNT } from './safety/limits.js';

// `yaml` (some seventy files) loads only when the fast reader gives up or a problem needs its line.
let yamlLib: typeof import('yaml') | undefined;
const yaml = () => (yamlLib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

export interface YamlBlock {
  /** The block as plain data; undefined when it does not parse. */
  raw: unknown;
  /** 1-based file line of the block's first line of YAML. */
  firstLine: number;
  file: string;
  /** File line of the field at `path`, or of the nearest enclosing field that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** YAML syntax errors, already placed. */
  problems: Problem[];
}

export function readYamlBlock(source: string, file: string, firstLine: number): YamlBlock {
  // Positions cost a full `yaml` parse: pay it only when the fast reader gives up or a problem needs a line.
  let positioned: { doc: Document; toFileLine: (offset: number) => number } | undefined;
  const position = () => {
    if (positioned) return positioned;
    const { LineCounter, parseDocument } = yaml();
    const lineCounter = new LineCounter();
    const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    positioned = { doc, toFileLine: (offset) => firstLine + lineCounter.linePos(offset).line - 1 };
    return positioned;
  };
  const lineOf = (path: readonly PropertyKey[]) => position().toFileLine(offsetOf(position().doc, path));
  const fast = readYamlLite(source);
  if (fast !== undefined) return { raw: fast, firstLine, file, problems: [], lineOf };
  const { doc, toFileLine } = position();
  const problems = doc.errors.map((error) => ({
    file,
    // yaml places a missing closing quote at the end of the block; the opening quote is what to fix.
    line: (error.code === 'MISSING_CHAR' ? unclosedQuoteLine(source, firstLine) : undefined) ?? toFileLine(error.pos[0]),
    message: checkMessages().yamlSyntax(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')),
  }));
  const raw = problems.length === 0 ? toData(doc, file, firstLine, problems) : undefined;
  return { raw, firstLine, file, problems, lineOf };
}

/**
 * The block as plain data. Aliases are expanded here, so a "billion laughs" block (aliases of aliases)
 * would take all memory: past MAX_ALIAS_COUNT expansions `yaml` stops, and the block is reported, as
 * is an alias used before its anchor. The fast reader never expands an alias: it gives up on `&` and `*`.
 */
function toData(doc: Document, file: string, firstLine: number, problems: Problem[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws a ReferenceError for an alias it will not expand: too many, or one before its anchor.
    if (!(error instanceof ReferenceError)) throw error;
    const excessive = error.message.startsWith('Excessive alias');
    problems.push({ file, line: firstLine, message: excessive ? safetyMessages().aliasBomb(MAX_ALIAS_COUNT) : checkMessages().yamlSyntax(error.message) });
    return undefined;
  }
}

/** Validates a block; `subject` names it in messages (`quiz 'tags'`). */
export function validateBlock<S extends z.ZodMiniType>(
  block: YamlBlock,
  schema: S,
  subject: string,
): { value: z.output<S> | undefined; problems: Problem[] } {
  if (block.problems.length > 0) return { value: undefined, problems: block.problems.map((p) => ({ ...p, message: `${subject}: ${p.message}` })) };
  const result = schema.safeParse(block.raw ?? {}, PARSE_OPTIONS);
  if (result.success) return { value: result.data, problems: [] };
  const issues = result.error.issues;
  const problems: Problem[] = [];
  const explained = new Set<z.core.$ZodIssue>();
  // A misspelt field shows up twice (unknown here, missing there): say it once, as a spelling mistake.
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const missing = issues.find((other) => isMissing(other, block.raw) && sameParent(other.path, issue.path) && closeEnough(String(other.path.at(-1)), key));
      if (missing) explained.add(missing);
      const message = missing ? checkMessages().didYouMean(key, String(missing.path.at(-1))) : describeIssue({ ...issue, keys: [key] }, block.raw);
      problems.push({ file: block.file, line: block.lineOf([...issue.path, key]), message: `${subject}: ${message}` });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || explained.has(issue)) continue;
    problems.push({ file: block.file, line: block.lineOf(issue.path), message: `${subject}: ${describeIssue(issue, block.raw)}` });
  }
  return { value: undefined, problems };
}

function isMissing(issue: z.core.$ZodIssue, raw: unknown): boolean {
  if (issue.code !== 'invalid_type') return false;
  let value = raw;
  for (const key of issue.path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value === undefined;
}

function sameParent(child: readonly PropertyKey[], parent: readonly PropertyKey[]): boolean {
  return child.length === parent.length + 1 && parent.every((key, index) => child[index] === key);
}

/** Within two edits (a typo), by Levenshtein distance. */
function closeEnough(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]! <= 2;
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      // The key's line reads best: for a block value (a list under `options:`) it is the line naming it.
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function unclosedQuoteLine(source: string, firstLine: number): number | undefined {
  const index = source.split('\n').findIndex((line) => {
    const match = /^\s*(?:-\s+)?(?:[\w-]+:\s+)?(["'])(.*)$/.exec(line);
    if (!match) return false;
    const rest = match[1] === '"' ? match[2]!.replace(/\\./g, '') : match[2]!.replace(/''/g, '');
    return !rest.includes(match[1]!);
  });
  return index < 0 ? undefined : firstLine + index;
}
