/**
 * Which COPY or ADD brings a file of the build context into the image: sources matched as the builder
 * matches them (a folder brings everything under it, `.` the whole context, `*` and `?` as Go's
 * filepath.Match). Instructions that copy from another stage or image (`--from`) or fetch a URL bring
 * nothing from the context. Pure.
 */
import { builtStages, type Instruction, type ParsedDockerfile } from './dockerfile.js';

/** The first COPY or ADD, over the stages a build runs through, whose sources take in `file`. */
export function findCopyOf(file: ParsedDockerfile, path: string, target?: string): Instruction | undefined {
  const wanted = path.replace(/^\.\//, '');
  for (const stage of builtStages(file, target)) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
      if (copySources(instruction.args).some((source) => sourceTakesIn(source, wanted))) return instruction;
    }
  }
  return undefined;
}

/** The context paths a COPY or ADD reads: every word but the last, flags and URLs left out; none with --from. */
export function copySources(args: string): string[] {
  let words: string[];
  const trimmed = args.trim();
  if (trimmed.startsWith('[')) {
    try {
      words = (JSON.parse(trimmed) as unknown[]).map(String);
    } catch {
      words = trimmed.split(/\s+/);
    }
  } else {
    words = trimmed.split(/\s+/).filter(Boolean);
  }
  const flags = words.filter((word) => word.startsWith('--'));
  if (flags.some((flag) => /^--from=/i.test(flag))) return [];
  const rest = words.filter((word) => !word.startsWith('--'));
  return rest.slice(0, -1).filter((source) => !/^[a-z]+:\/\//i.test(source) && !source.startsWith('git@'));
}

export function sourceTakesIn(source: string, path: string): boolean {
  const pattern = source.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
  if (pattern === '' || pattern === '.') return true;
  if (!/[*?[]/.test(pattern)) return path === pattern || path.startsWith(`${pattern}/`);
  const matcher = globToRegExp(pattern);
  // A pattern that matches a folder brings in everything under it.
  const parts = path.split('/');
  return parts.some((_, index) => matcher.test(parts.slice(0, index + 1).join('/')));
}

/** Go's filepath.Match on forward-slash paths: `*` and `?` stay within one path segment. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]!;
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '\\' && index + 1 < pattern.length) source += escapeRegExp(pattern[++index]!);
    else if (char === '[') {
      const end = pattern.indexOf(']', index + 2);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      const body = pattern.slice(index + 1, end).replace(/^\^/, '!');
      source += body.startsWith('!') ? `[^/${body.slice(1).replace(/[\\\]]/g, '\\$&')}]` : `[${body.replace(/[\\\]]/g, '\\$&')}]`;
      index = end;
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
