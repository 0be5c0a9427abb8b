/**
 * What is written to a terminal from now until the current piece of work yields (a prompt drawn in
 * several writes, an outcome printed and the menu under it) reaches it as one write: the stream is
 * corked, and uncorked on the next tick, which runs once the promise chain under way waits for a key.
 * A stream that cannot cork is written as it is.
 */
export function writeAsOne(stream: NodeJS.WritableStream): void {
  const out = stream as NodeJS.WritableStream & { cork?: () => void; uncork?: () => void };
  if (!out.cork || !out.uncork) return;
  out.cork();
  process.nextTick(() => out.uncork!());
}
