/**
 * What `docker inspect` and `docker volume inspect` print for the objects found: by default one JSON
 * array, the daemon's own JSON indented by four spaces (Go's json.Indent); `-f json`, the array on one
 * line; `-f TEMPLATE`, the template's output per object, one line each. A template is compiled before
 * anything is asked of the daemon, as the docker CLI checks it first. Pure.
 */
import { DocktutorError } from '../../errors.js';
import { inspectFormatMessages } from '../../i18n/inspect.js';
import { compactJson, compileTemplate, indentJson, TemplateError, type CompiledTemplate, type JsonNode } from '../template/index.js';

export type InspectFormat = { kind: 'indented' } | { kind: 'json' } | { kind: 'template'; template: CompiledTemplate };

/** The docker CLI's exit code for a template Go cannot parse (its flag-error status). */
export const TEMPLATE_PARSE_EXIT_CODE = 64;

export function readInspectFormat(format: string | undefined): InspectFormat {
  if (format === undefined || format === '') return { kind: 'indented' };
  if (format === 'json') return { kind: 'json' };
  try {
    return { kind: 'template', template: compileTemplate(format) };
  } catch (error) {
    throw templateFailure(error);
  }
}

/**
 * Collects the objects found, in the order asked; `add` answers a template's failure on one object
 * with the line the docker CLI prints for it, so that errors keep their place among the lookups'.
 */
export class InspectPrinter {
  private readonly objects: JsonNode[] = [];
  private rendered = '';

  constructor(private readonly format: InspectFormat) {}

  add(object: JsonNode): string | undefined {
    if (this.format.kind !== 'template') {
      this.objects.push(object);
      return undefined;
    }
    try {
      this.rendered += `${this.format.template.render(object)}\n`;
      return undefined;
    } catch (error) {
      if (!(error instanceof TemplateError) || error.kind !== 'exec') throw templateFailure(error);
      return `template parsing error: ${error.message}`;
    }
  }

  output(): string {
    if (this.format.kind === 'indented') return `${indentJson({ kind: 'array', items: this.objects })}\n`;
    if (this.format.kind === 'json') return `[${this.objects.map(compactJson).join(',')}]\n`;
    // The docker CLI writes an empty line when no object produced output.
    return this.rendered === '' ? '\n' : this.rendered;
  }
}

export function templateFailure(error: unknown): unknown {
  if (!(error instanceof TemplateError)) return error;
  const m = inspectFormatMessages();
  switch (error.kind) {
    case 'parse':
      return new DocktutorError('usage', `template parsing error: ${error.message}`, { exitCode: TEMPLATE_PARSE_EXIT_CODE, cause: error });
    case 'unsupported':
      return new DocktutorError('usage', m.unsupported(error.message), { hint: m.unsupportedHint, exitCode: 1, cause: error });
    case 'object':
      return new DocktutorError('usage', m.wholeObject(error.message), { hint: m.wholeObjectHint, exitCode: 1, cause: error });
    case 'exec':
      return new DocktutorError('usage', `template parsing error: ${error.message}`, { hint: m.fieldsHint, exitCode: 1, cause: error });
  }
}
