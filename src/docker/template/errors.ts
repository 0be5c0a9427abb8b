/**
 * A template docktutor cannot run. `parse`: Go itself would refuse it (`unclosed action`), which the
 * docker CLI reports with exit code 64; `unsupported`: valid Go, but outside the subset docktutor
 * evaluates (the message is the construct, `{{printf "%s" .Name}}`); `object`: it prints a whole object,
 * which Go writes from type information docktutor does not have (the message is the expression,
 * `.State`); `exec`: it failed on one object (`map has no entry for key "X"`), exit code 1.
 */
export type TemplateErrorKind = 'parse' | 'unsupported' | 'object' | 'exec';

export class TemplateError extends Error {
  constructor(
    readonly kind: TemplateErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Go's `line:col` for an offset in the template: line from 1, column as a byte count from 0. */
export function goPosition(source: string, pos: number): string {
  const before = source.slice(0, pos);
  const lineStart = before.lastIndexOf('\n') + 1;
  return `${before.split('\n').length}:${Buffer.byteLength(before.slice(lineStart))}`;
}
