/**
 * docker's `--format` Go templates, the subset docktutor evaluates: `.Field` chains, `json`, `index`,
 * `range` and `if`. Compile once (Go's parse errors come out here, before anything is sent to the
 * daemon, as the docker CLI checks them), then render per object.
 */
import { executeTemplate } from './evaluate.js';
import type { JsonNode } from './json-tree.js';
import { parseTemplate } from './parse.js';

export { TemplateError, type TemplateErrorKind } from './errors.js';
export { compactJson, indentJson, parseJsonTree, type JsonNode } from './json-tree.js';

export interface CompiledTemplate {
  render(root: JsonNode): string;
}

export function compileTemplate(source: string): CompiledTemplate {
  const nodes = parseTemplate(source);
  return { render: (root) => executeTemplate(nodes, root, source) };
}
