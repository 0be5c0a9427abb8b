/**
 * Dim text for a stream: escapes only for a terminal that shows colour (no NO_COLOR, FORCE_COLOR=0 or
 * TERM=dumb), decided once per stream and environment. node:util's styleText asked the environment
 * again at every call, some tens of microseconds after each command of a session for the same answer.
 */
const decided = new WeakMap<object, { env: NodeJS.ProcessEnv; color: boolean }>();

export function dimFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): (text: string) => string {
  let known = decided.get(stream);
  if (known?.env !== env) {
    known = { env, color: stream.isTTY === true && !env.NO_COLOR && env.FORCE_COLOR !== '0' && env.TERM !== 'dumb' };
    decided.set(stream, known);
  }
  return known.color ? dim : plain;
}

const dim = (text: string) => `\x1b[2m${text}\x1b[22m`;
const plain = (text: string) => text;
