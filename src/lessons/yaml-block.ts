/**
 * One YAML block of a lesson file (the front matter, a try or a quiz block), parsed with positions so
 * that a problem points at the line of the offending field, not just at the block.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { checkMessages } from '../i18n/lessons.js';
import { describeIssue, type Problem } from './problems.js';
import { readYamlLite } from './yaml-lite.js';

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
    line: toFileLine(error.pos[0]),
    message: checkMessages().yamlSyntax(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')),
  }));
  const raw = problems.length === 0 ? doc.toJS() : undefined;
  return { raw, firstLine, file, problems, lineOf };
}

/** Validates a block; `subject` names it in messages (`quiz 'tags'`). */
export function validateBlock<S extends z.ZodType>(
  block: YamlBlock,
  schema: S,
  subject: string,
): { value: z.output<S> | undefined; problems: Problem[] } {
  if (block.problems.length > 0) return { value: undefined, problems: block.problems.map((p) => ({ ...p, message: `${subject}: ${p.message}` })) };
  const result = schema.safeParse(block.raw ?? {});
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    return { file: block.file, line: block.lineOf(path), message: `${subject}: ${describeIssue(issue, block.raw)}` };
  });
  return { value: undefined, problems };
}

function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
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
