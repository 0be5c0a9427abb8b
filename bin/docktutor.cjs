#!/usr/bin/env node
// The command. It runs the bundle (bundle/main.cjs: docktutor and its dependencies in one minified file,
// built by `npm run build`; bundle/try.cjs for `try docker <command>`) when it is there and as new as
// dist/, else (and with DOCKTUTOR_DEBUG set) dist/ as tsc wrote it. `--version` is answered here, before either loads. CommonJS: the bundle is
// CommonJS too, so Node's ES module loader starts only for dist/.
const { readFileSync, statSync, writeSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
if (process.argv.length === 3 && (process.argv[2] === '--version' || process.argv[2] === '-V')) {
  const line = `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`;
  // Written straight to the file descriptor: Node builds process.stdout (a stream, and for a pipe a socket
  // with its modules) on first use, which would take longer than all the rest. A pipe that is full (a
  // non-blocking one, EAGAIN) gets the stream after all; a reader that has gone (EPIPE) gets nothing.
  try {
    writeSync(1, line);
  } catch (error) {
    if (error.code !== 'EPIPE') process.stdout.write(line);
  }
} else {
  const { runBundle, LEFT_OUT_OF_TRY } = require('./run-bundle.cjs');
  const modified = (path) => statSync(join(root, path), { throwIfNoEntry: false })?.mtimeMs;
  // `try docker <command>` (never the practice prompt, whose line has no `docker`) has a bundle of its own,
  // without learn, the quiz and commander, and without the few commands it leaves out: a line with any word
  // that names one (`build`, `help build`, `image build`) runs from the whole tool.
  const words = process.argv.slice(4);
  const oneShot = process.argv[2] === 'try' && process.argv[3] === 'docker' && !words.some((word) => LEFT_OUT_OF_TRY.includes(word)) ? modified('bundle/try.cjs') : undefined;
  const bundle = oneShot !== undefined ? 'try.cjs' : 'main.cjs';
  const bundled = oneShot ?? modified('bundle/main.cjs');
  const compiled = modified('dist/cli/main.js');
  // A bundle older than dist/ was left by an earlier build: src/ changed since (tsc alone rebuilt dist/).
  // DOCKTUTOR_DEBUG asks for stack traces, which name docktutor's functions in dist/ (the bundle is minified).
  if (bundled !== undefined && (compiled === undefined || bundled >= compiled) && !process.env.DOCKTUTOR_DEBUG) {
    runBundle(join(root, 'bundle', bundle));
  } else {
    require('node:module').enableCompileCache?.();
    import(require('node:url').pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href);
  }
}
