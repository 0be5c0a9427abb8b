/**
 * The docker CLI's way with commands that take several containers or images (stop, rm, restart, ...):
 * act on each, print each name that succeeded as it was given, and fail at the end with every error,
 * one per line (Go's errors.Join), so that `docker rm a b` removes `a` even when `b` does not exist.
 */
import { DocktutorError } from '../../errors.js';
import { toDocktutorError } from '../engine/errors.js';
import type { CommandContext } from './types.js';

export interface EachOptions {
  /** Hints for the daemon's 404 and 409 answers, as toDocktutorError takes them. */
  hints?: { notFound?: string; conflict?: string };
  /** stop and rm run their requests side by side (the docker CLI's parallelOperation), still printing in order. */
  parallel?: boolean;
  /** `rm -f`, `rmi -f`: a name that does not exist is reported on stderr but is no failure. */
  forgiveNotFound?: boolean;
}

export async function forEachTarget(
  targets: readonly string[],
  act: (target: string) => Promise<void>,
  context: CommandContext,
  options: EachOptions = {},
): Promise<void> {
  const url = context.connection.address.url;
  const settle = (target: string) =>
    act(target).then(
      () => undefined,
      (error: unknown) => toDocktutorError(error, url, options.hints),
    );
  const pending = options.parallel === true ? targets.map(settle) : undefined;
  const failures: DocktutorError[] = [];
  for (const [index, target] of targets.entries()) {
    const failure = await (pending ? pending[index]! : settle(target));
    if (!failure) context.stdout.write(`${target}\n`);
    else if (options.forgiveNotFound === true && failure.kind === 'not-found') context.stderr.write(`${failure.message}\n`);
    else failures.push(failure);
  }
  throwAll(failures);
}

/** Nothing, one error as it is (its hint kept), or several joined one per line under the first one's hint. */
export function throwAll(failures: readonly DocktutorError[]): void {
  const [first] = failures;
  if (!first) return;
  if (failures.length === 1) throw first;
  const message = failures.map((failure) => failure.message).join('\n');
  throw new DocktutorError(first.kind, message, first.hint === undefined ? { exitCode: 1 } : { hint: first.hint, exitCode: 1 });
}

/** The daemon's "nothing to do" answer (304: already stopped, already started), which the docker CLI counts as done. */
export function ignoreNotModified(error: unknown): void {
  if ((error as { statusCode?: number }).statusCode !== 304) throw error;
}
