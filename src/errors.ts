/**
 * Every failure the user should read ends up as a DocktutorError, caught once in cli/edge.ts.
 * `kind` says what went wrong for code that wants to branch; `hint` is the next step for the user.
 */
export type ErrorKind =
  | 'usage'
  | 'daemon-unreachable'
  | 'daemon-permission'
  | 'daemon-tls'
  | 'daemon-timeout'
  | 'daemon'
  | 'not-found'
  | 'conflict'
  | 'registry'
  | 'auth'
  | 'build'
  | 'lesson'
  | 'store'
  | 'needs-terminal'
  | 'cancelled';

export class DocktutorError extends Error {
  readonly kind: ErrorKind;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(kind: ErrorKind, message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DocktutorError';
    this.kind = kind;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? (kind === 'usage' ? 2 : kind === 'cancelled' ? 130 : 1);
  }
}

/**
 * The exit code for every problem with a docker command line (unknown command, unsupported flag, bad
 * value, wrong number of words). The docker CLI uses 125 for its flag errors, so lesson checks written
 * against real docker behave the same here.
 */
export const USAGE_EXIT_CODE = 125;

/** A command that finished but must leave with a particular exit code (a container's own code). */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'ExitCode';
  }
}

export function usageError(message: string, hint?: string): DocktutorError {
  return new DocktutorError('usage', message, hint === undefined ? {} : { hint });
}
