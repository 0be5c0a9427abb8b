/** Where docktutor is installed and which version it is: read by the edge before anything else loads. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package's folder (package.json, lessons/, dist/): a path, not a URL, whose parsing costs start-up time. */
export const PACKAGE_ROOT = dirname(import.meta.dirname);

let version: string | undefined;

/**
 * The version from package.json, read lazily (`--version` should not pay for more than this) and once:
 * `version`, `info` and the registry's user agent ask for it at every command of a session.
 */
export function readVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
