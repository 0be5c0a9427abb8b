/**
 * Runs a parsed template on one inspect result. Where the docker CLI's template fails on its typed
 * struct, it retries on the raw JSON with `missingkey=error`, and that retry's message is the one a
 * user sees; the messages here are those (`map has no entry for key "X"`, `can't evaluate field X in
 * type interface {}`), placed at Go's `line:col`. Pure.
 */
import { goPosition, TemplateError } from './errors.js';
import { compactJson, type JsonNode } from './json-tree.js';
import { goTypeName, isTrue, LIST_FIELDS, MAP_FIELDS, NIL_WHEN_ABSENT, printScalar, printValue, type Value } from './go-values.js';
import type { Command, Operand, TemplateNode } from './parse.js';

export function executeTemplate(nodes: TemplateNode[], root: JsonNode, source: string): string {
  const failAt = (pos: number, text: string, message: string): never => {
    throw new TemplateError('exec', `template: :${goPosition(source, pos)}: executing "" at <${text}>: ${message}`);
  };

  const field = (dot: Value, operand: Extract<Operand, { type: 'field' }>): Value => {
    let value = dot;
    for (const name of operand.chain) {
      const fail = (message: string) => failAt(operand.pos, operand.text, message);
      if (value.absent) return fail(`map has no entry for key "${value.key}"`);
      const node = value.node!;
      if (node.kind === 'null') return fail(`nil pointer evaluating interface {}.${name}`);
      if (node.kind !== 'object') return fail(`can't evaluate field ${name} in type interface {}`);
      const entry = node.entries.find((candidate) => candidate.key === name);
      if (entry) value = { node: entry.value, key: name };
      else if (value.key !== undefined && MAP_FIELDS.has(value.key)) value = { absent: 'no-value', key: name };
      else if (NIL_WHEN_ABSENT.has(name)) value = { absent: 'nil', key: name };
      else return fail(`map has no entry for key "${name}"`);
    }
    return value;
  };

  const operandValue = (dot: Value, operand: Operand): Value => {
    if (operand.type === 'field') return field(dot, operand);
    if (operand.type === 'string') return { node: { kind: 'string', value: operand.value, raw: JSON.stringify(operand.value) } };
    return { node: { kind: 'number', raw: String(operand.value) } };
  };

  const index = (dot: Value, command: Extract<Command, { type: 'index' }>): Value => {
    const fail = (message: string) => failAt(command.pos, command.text, `error calling index: ${message}`);
    let value = operandValue(dot, command.target);
    for (const keyOperand of command.keys) {
      const keyNode = operandValue(dot, keyOperand).node;
      const key = keyNode?.kind === 'string' ? keyNode.value : keyNode?.kind === 'number' ? Number(keyNode.raw) : undefined;
      if (key === undefined) return fail('cannot index with a value of this type');
      const isMap = value.key !== undefined && MAP_FIELDS.has(value.key);
      const node = value.node;
      if (value.absent || node === undefined) return fail('index of untyped nil');
      if (node.kind === 'object') {
        if (typeof key === 'number') return fail('value has type int; should be string');
        const entry = node.entries.find((candidate) => candidate.key === key);
        // A typed map answers a missing key with its element's zero value; the raw fallback with nil.
        value = entry ? { node: entry.value, key } : isMap ? { node: { kind: 'string', value: '', raw: '""' } } : { absent: 'no-value', key };
      } else if (node.kind === 'array') {
        if (typeof key === 'string') return fail('cannot index slice/array with type string');
        if (!Number.isInteger(key) || key < 0 || key >= node.items.length) return fail(`index out of range: ${key}`);
        value = { node: node.items[key]! };
      } else if (node.kind === 'null') {
        if (isMap) value = { node: { kind: 'string', value: '', raw: '""' } };
        else if (value.key !== undefined && LIST_FIELDS.has(value.key)) return fail(`index out of range: ${key}`);
        else return fail('index of untyped nil');
      } else return fail(`can't index item of type ${goTypeName(node)}`);
    }
    return value;
  };

  const run = (dot: Value, command: Command): Value => {
    if (command.type === 'value') return operandValue(dot, command.operand);
    if (command.type === 'index') return index(dot, command);
    const value = operandValue(dot, command.arg);
    return { node: { kind: 'string', value: value.node ? compactJson(value.node) : 'null', raw: '' } };
  };

  const textOf = (command: Command) => (command.type === 'value' ? command.operand.text : command.text);
  const posOf = (command: Command) => (command.type === 'value' ? command.operand.pos : command.pos);

  const walk = (nodes: TemplateNode[], dot: Value): string => {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'text') out += node.text;
      else if (node.type === 'action') out += printValue(run(dot, node.command), textOf(node.command));
      else if (node.type === 'if') {
        const branch = isTrue(run(dot, node.command)) ? node.body : node.otherwise;
        if (branch) out += walk(branch, dot);
      } else {
        const items = rangeItems(run(dot, node.command), (shown) => failAt(posOf(node.command), textOf(node.command), `range can't iterate over ${shown}`));
        if (items.length === 0 && node.otherwise) out += walk(node.otherwise, dot);
        for (const item of items) out += walk(node.body, item);
      }
    }
    return out;
  };

  return walk(nodes, { node: root });
}

/** What `range` visits: a slice's elements, a map's values in key order; nil visits nothing. */
function rangeItems(value: Value, fail: (shown: string) => never): Value[] {
  const node = value.node;
  if (value.absent || node === undefined || node.kind === 'null') return [];
  if (node.kind === 'array') return node.items.map((item) => ({ node: item }));
  if (node.kind === 'object') {
    const sorted = [...node.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return sorted.map((entry) => ({ node: entry.value }));
  }
  return fail(printScalar(node));
}
