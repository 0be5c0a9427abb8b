/** Where docktutor is installed and which version it is: read by the edge before anything else loads. */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's folder (package.json, lessons/, dist/). */
export const PACKAGE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The version from package.json, read lazily: `--version` should not pay for more than this. */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
