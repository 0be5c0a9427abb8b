/** Where docktutor is installed and which version it is: read by the edge before anything else loads. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package's folder (package.json, lessons/, dist/): a path, not a URL, whose parsing costs start-up time. */
export const PACKAGE_ROOT = dirname(import.meta.dirname);

/** The version from package.json, read lazily: `--version` should not pay for more than this. */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
