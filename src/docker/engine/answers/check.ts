/**
 * Checks one daemon answer against a schema of the fields docktutor reads, before any of them is read:
 * an answer of another shape (from a daemon, or whatever else answers on its socket) ends in one line
 * naming the daemon, the request and the first field that is wrong, not in a TypeError further on.
 * Schemas are built on first use (src/first-use.ts): start-up pays nothing for the answers a command never reads.
 */
import type * as z from 'zod/mini';
import { daemonMessages } from '../../../i18n/docker.js';
import { DaemonAnswerError } from './answer-error.js';

/**
 * Answers already checked, by the schema they passed: the guard checks every answer as it arrives, and a
 * command that reads a list checks it again to type it (`readImageList`): the same object, the same schema,
 * checked once.
 */
const passed = new WeakMap<object, WeakMap<object, unknown>>();

export function checkAnswer<T>(schema: z.ZodMiniType<T>, answer: unknown, url: string, request: string): T {
  const known = typeof answer === 'object' && answer !== null ? passed.get(answer)?.get(schema) : undefined;
  if (known !== undefined) return known as T;
  // One answer per request: compiling a fast path (zod builds one with `new Function`) costs more than it saves.
  const result = schema.safeParse(answer, { jitless: true });
  if (result.success) {
    if (typeof answer === 'object' && answer !== null) {
      const bySchema = passed.get(answer) ?? new WeakMap<object, unknown>();
      bySchema.set(schema, result.data);
      passed.set(answer, bySchema);
    }
    return result.data;
  }
  const where = describeIssuePath(result.error.issues[0]?.path ?? []);
  throw new DaemonAnswerError(daemonMessages().answerUnexpected(url, request, where), 'unexpected answer', where);
}

/** `Volumes.0.Name`, or "(the whole answer)" when the answer itself is of the wrong kind. */
export function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : daemonMessages().wholeAnswer;
}
