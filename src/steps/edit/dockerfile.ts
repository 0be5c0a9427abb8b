/**
 * Just enough of a Dockerfile reader for the edit checks: instructions in order (each one is a build
 * step, numbered as the builder numbers them, "Step N/M"), grouped into stages, with line continuations,
 * comments and the `escape` directive handled as moby's parser handles them. It never decides whether
 * a Dockerfile is valid: the build does that. Pure.
 */
export interface Instruction {
  /** Upper case: FROM, RUN, COPY... */
  keyword: string;
  /** The rest of the instruction, continuation lines joined. */
  args: string;
  /** The builder's step number: 1-based over every instruction, ARGs before the first FROM included. */
  step: number;
  /** 1-based line where the instruction starts. */
  line: number;
}

export interface Stage {
  /** The FROM's image (build args not yet substituted). */
  from: string;
  /** The `AS name`, lower case, when given. */
  name?: string;
  /** The stage's instructions, its FROM first. */
  instructions: Instruction[];
}

export interface ParsedDockerfile {
  /** ARGs before the first FROM, with their defaults. */
  metaArgs: Record<string, string>;
  stages: Stage[];
  instructions: Instruction[];
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const instructions = readInstructions(text);
  const metaArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const as = words.findIndex((word) => word.toUpperCase() === 'AS');
      stages.push({ from: words[0] ?? '', ...(as > 0 && words[as + 1] ? { name: words[as + 1]!.toLowerCase() } : {}), instructions: [instruction] });
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') Object.assign(metaArgs, readArg(instruction.args));
    } else {
      stages[stages.length - 1]!.instructions.push(instruction);
    }
  }
  return { metaArgs, stages, instructions };
}

/** The stage an image is built from: `target` when given, else the last. */
export function finalStage(file: ParsedDockerfile, target?: string): Stage | undefined {
  if (target) return file.stages.find((stage) => stage.name === target.toLowerCase());
  return file.stages[file.stages.length - 1];
}

/** `$NAME` and `${NAME}` replaced from `values`; `${NAME:-default}` takes the default when unset. */
export function expandArgs(text: string, values: Record<string, string>): string {
  return text.replace(/\$(?:\{(\w+)(?::?-([^}]*))?\}|(\w+))/g, (_, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    const value = values[(braced ?? bare)!];
    return value !== undefined && value !== '' ? value : (fallback ?? '');
  });
}

/** `["sh", "x"]` is the exec form: a JSON array of strings, as the builder reads it. */
export function isExecForm(args: string): boolean {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
  } catch {
    return false;
  }
}

function readArg(args: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const word of args.split(/\s+/).filter(Boolean)) {
    const equals = word.indexOf('=');
    result[equals < 0 ? word : word.slice(0, equals)] = equals < 0 ? '' : word.slice(equals + 1).replace(/^"(.*)"$/, '$1');
  }
  return result;
}

function readInstructions(text: string): Instruction[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const escape = escapeCharacter(lines);
  const instructions: Instruction[] = [];
  let pending: { parts: string[]; line: number } | undefined;
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    // Comments and blank lines are dropped, even between continuation lines (as moby does).
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const continues = trimmed.endsWith(escape);
    const part = continues ? trimmed.slice(0, -1) : trimmed;
    pending ??= { parts: [], line: index + 1 };
    pending.parts.push(part);
    if (continues) return;
    add(pending.parts.join(' '), pending.line);
    pending = undefined;
  });
  if (pending) add(pending.parts.join(' '), pending.line);
  return instructions;

  function add(joined: string, line: number): void {
    const match = /^(\S+)\s*([\s\S]*)$/.exec(joined.trim());
    if (!match) return;
    instructions.push({ keyword: match[1]!.toUpperCase(), args: match[2]!.trim(), step: instructions.length + 1, line });
  }
}

/** `# escape=`` ` among the parser directives at the top; a backslash otherwise. */
function escapeCharacter(lines: string[]): string {
  for (const line of lines) {
    const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line.trim());
    if (!directive) break;
    if (directive[1]!.toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\')) return directive[2];
  }
  return '\\';
}
