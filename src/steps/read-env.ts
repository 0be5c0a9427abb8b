/** An image's or container's `Env` (`KEY=value` lines, as the Engine API gives them) as a record. */
export function readEnv(env: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of env) {
    const equals = entry.indexOf('=');
    if (equals > 0) result[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  return result;
}
