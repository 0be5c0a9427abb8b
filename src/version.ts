import { readFileSync } from 'node:fs';

/** The version from package.json, read lazily: `--version` should not pay for more than this. */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
