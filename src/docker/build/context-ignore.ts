/**
 * Which files of a build context are sent, decided as the docker CLI decides it: .dockerignore read
 * like moby's ignorefile.ReadAll, matched with @balena/dockerignore (a port of moby's matcher), the
 * Dockerfile and .dockerignore kept even when excluded, and an excluded folder skipped unless an
 * exception pattern names something inside it. Pure: text and paths in, decisions out.
 */
import dockerignore, { type Ignore } from '@balena/dockerignore';
import { posix } from 'node:path';
import { DocktutorError } from '../../errors.js';
import { buildMessages } from '../../i18n/build.js';

// The package is CommonJS with its factory on `default`; the typings describe it as an ES default export.
const ignore = ((dockerignore as unknown as { default?: typeof dockerignore }).default ?? dockerignore) as unknown as (options?: {
  ignorecase?: boolean;
}) => Ignore;

/** The patterns of a .dockerignore file, cleaned the way the docker CLI cleans them. */
export function readIgnorePatterns(text: string): string[] {
  const patterns: string[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line) => {
      // Only a # in the very first column starts a comment; "  # x" is a pattern, as in docker.
      if (line.startsWith('#')) return;
      let pattern = line.trim();
      if (!pattern) return;
      const invert = pattern.startsWith('!');
      if (invert) pattern = pattern.slice(1).trim();
      if (pattern) {
        pattern = posix.normalize(pattern).replace(/\/+$/, '') || '/';
        if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
        if (pattern.startsWith('./')) pattern = pattern.slice(2);
      }
      patterns.push(invert ? `!${pattern}` : pattern);
    });
  return patterns;
}

export class ContextFilter {
  private readonly matcher: Ignore;
  private readonly exceptions: string[];

  /** `dockerfile` is the Dockerfile's path inside the context (forward slashes), when it is inside. */
  constructor(patterns: string[], dockerfile?: string) {
    for (const pattern of patterns) {
      if (pattern === '!') throw new DocktutorError('build', buildMessages().illegalExclusion, { hint: buildMessages().ignoreHint });
    }
    const probe = ignore().add(patterns.map(escapeComment));
    // docker's TrimBuildFilesFromExcludes: these two always reach the daemon, which needs them.
    const kept = [...patterns];
    for (const file of ['.dockerignore', dockerfile]) {
      if (file && probe.ignores(file)) kept.push(`!${file}`);
    }
    this.matcher = ignore().add(kept.map(escapeComment));
    this.exceptions = kept.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  }

  /** Whether a path (relative, forward slashes) is left out, itself or through a parent folder. */
  excludes(path: string): boolean {
    return this.matcher.ignores(path);
  }

  /** For an excluded folder: whether an exception pattern starts with it, so its walk must go on. */
  mayHoldExceptions(dir: string): boolean {
    const prefix = `${dir}/`;
    return this.exceptions.some((pattern) => `${pattern}/`.startsWith(prefix));
  }
}

/** The matcher reads a leading # as a comment; docker's reader already dropped comments, so escape it. */
function escapeComment(pattern: string): string {
  if (pattern.startsWith('#')) return `\\${pattern}`;
  if (pattern.startsWith('!#')) return `!\\${pattern.slice(1)}`;
  return pattern;
}
