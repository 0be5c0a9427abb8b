#!/usr/bin/env node
// The command. It runs the bundle (bundle/main.js: docktutor and its dependencies in a few files, built
// by `npm run build`) when it is there and as new as dist/, else dist/ as tsc wrote it. `--version` is
// answered here, before any of them loads.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';

if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // Node 22.1 and later keep compiled code between runs; older versions do without.
  module.enableCompileCache?.();
  const modified = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs;
  const bundled = modified('../bundle/main.js');
  const compiled = modified('../dist/cli/main.js');
  // A bundle older than dist/ was left by an earlier build: src/ changed since (tsc alone rebuilt dist/).
  await import(bundled !== undefined && (compiled === undefined || bundled >= compiled) ? '../bundle/main.js' : '../dist/cli/main.js');
}
