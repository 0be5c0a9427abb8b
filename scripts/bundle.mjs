#!/usr/bin/env node
// `npm run build` and `prepare`, after tsc: bundles the tool into bundle/ (scripts/bundle/build.mjs).
// Without esbuild (installed from the registry with dependencies only) it says so and leaves dist/ to
// run unbundled: bin/docktutor.cjs uses bundle/ only when it is there and as new as dist/ (and
// DOCKTUTOR_DEBUG is not set).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCli } from './bundle/build.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle: esbuild is not installed; docktutor runs unbundled from dist/\n');
  process.exit(0);
}
const { missed, missedRewrites } = await bundleCli({ root, esbuild });
for (const rule of missed) {
  process.stderr.write(`bundle: not deferred, ${rule.from} no longer requires '${rule.request}' (it loads at start-up now; see scripts/bundle/rules.mjs)\n`);
}
for (const rule of missedRewrites) {
  process.stderr.write(`bundle: not rewritten, no '${rule.find}' in ${rule.from} (${rule.file}): it runs as the package wrote it (see scripts/bundle/rules.mjs)\n`);
}
