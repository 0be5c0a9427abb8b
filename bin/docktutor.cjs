#!/usr/bin/env node
// The command. It runs the bundle (bundle/main.js: docktutor and its dependencies in a few files, built
// by `npm run build`) when it is there and as new as dist/, else dist/ as tsc wrote it. `--version` is
// answered here, before any of them loads. CommonJS: Node starts its ES module loader only when the
// bundle is imported, not for `--version`.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const root = join(__dirname, '..');
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
} else {
  // Node 22.1 and later keep compiled code between runs; older versions do without.
  require('node:module').enableCompileCache?.();
  const modified = (path) => statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs;
  const bundled = modified('bundle/main.js');
  const compiled = modified('dist/cli/main.js');
  // A bundle older than dist/ was left by an earlier build: src/ changed since (tsc alone rebuilt dist/).
  const main = bundled !== undefined && (compiled === undefined || bundled >= compiled) ? 'bundle/main.js' : 'dist/cli/main.js';
  import(pathToFileURL(join(root, main)).href);
}
