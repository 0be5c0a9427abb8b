#!/usr/bin/env node
// The command. It runs the bundle (bundle/main.cjs: docktutor and its dependencies in one minified file,
// built by `npm run build`; bundle/try.cjs for `try docker <command>`) when it is there and as new as
// dist/, else (and with DOCKTUTOR_DEBUG set) dist/ as tsc wrote it. `--version` is answered here, before
// either loads. CommonJS: the bundle is CommonJS too, so Node's ES module loader starts only for dist/.
//
// The bundle runs with a code cache (runBundle, below). Launcher and runner are one file, one module for
// Node to find, read and compile at every start rather than two. Required rather than run
// (bin/docktutor.js, the tests, scripts/bundle/build.mjs), the file only exports what it is made of.
const fs = require('node:fs');
const path = require('node:path');

/** The words after `try docker` of a one-shot `try docker <command>` line, else undefined. */
function dockerWords(argv) {
  return argv[2] === 'try' && argv[3] === 'docker' ? argv.slice(4) : undefined;
}

/** What `docktutor ...` does: `--version`, or the bundle (or dist/) for the rest. */
function launch() {
  const { argv } = process;
  const root = path.join(__dirname, '..');
  if (argv.length === 3 && (argv[2] === '--version' || argv[2] === '-V')) {
    const line = `${JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`;
    // Written straight to the file descriptor: Node builds process.stdout (a stream, and for a pipe a socket
    // with its modules) on first use, which would take longer than all the rest. A pipe that is full (a
    // non-blocking one, EAGAIN) gets the stream after all; a reader that has gone (EPIPE) gets nothing.
    try {
      fs.writeSync(1, line);
    } catch (error) {
      if (error.code !== 'EPIPE') process.stdout.write(line);
    }
  } else {
    const modified = (file) => fs.statSync(path.join(root, file), { throwIfNoEntry: false })?.mtimeMs;
    // `try docker <command>` (never the practice prompt, whose line has no `docker`) has a bundle of its own,
    // without learn, the quiz and commander, and without the few commands it leaves out: a line with any word
    // that names one (`build`, `help build`, `image build`) runs from the whole tool.
    const words = dockerWords(argv);
    const oneShot = words && !words.some((word) => LEFT_OUT_OF_TRY.includes(word)) ? modified('bundle/try.cjs') : undefined;
    const bundle = oneShot !== undefined ? 'try.cjs' : 'main.cjs';
    const bundled = oneShot ?? modified('bundle/main.cjs');
    const compiled = modified('dist/cli/main.js');
    // A bundle older than dist/ was left by an earlier build: src/ changed since (tsc alone rebuilt dist/).
    // DOCKTUTOR_DEBUG asks for stack traces, which name docktutor's functions in dist/ (the bundle is minified).
    const debug = Boolean(process.env.DOCKTUTOR_DEBUG) && compiled !== undefined;
    if (bundled !== undefined && (compiled === undefined || bundled >= compiled) && !debug) {
      runBundle(path.join(root, 'bundle', bundle));
    } else {
      require('node:module').enableCompileCache?.();
      import(require('node:url').pathToFileURL(path.join(root, 'dist', 'cli', 'main.js')).href);
    }
  }
}

// runBundle runs a bundle with a code cache: V8's compiled code from an earlier run, kept in the user's
// cache folder, so that a start reads what it compiled last time instead of parsing a megabyte of
// JavaScript again. On Node 22.1 and later, Node's own compile cache does this (module.enableCompileCache);
// on Node 20 the bundle is compiled through node:vm with the cache V8 made of it (vm.Script's cachedData),
// which is what Node's cache does inside.
//
// The cache is only a speed-up: a cache that is missing, unreadable, stale or refused by V8 costs one
// ordinary compile, after which a new one is written. Where it is kept must be the user's alone: V8
// trusts a cache it accepts, so a folder someone else owns or can write is never read.
const CACHE_LIMIT = 64 * 1024 * 1024;
/** A run this long was a session, whose code is worth keeping even when a cache was there. */
const SESSION_MS = 3000;

/**
 * A session (learn, the quiz, the practice prompt) runs the same functions at every command, each only a
 * few times in its first minutes. V8 gives a function the feedback its property lookups learn from only
 * after several calls, and until then every lookup in it takes the slow way; it interprets a function's
 * bytecode until the function has run a while, and only then compiles it to machine code (Sparkplug, its
 * quick baseline compiler). In a session that is most of its functions: half a millisecond to a
 * millisecond and more per command. Once a session waits for the learner's first key (the event
 * src/terminal/waiting.ts sends), V8 allocates the feedback at a function's first call and compiles what it
 * compiles from then on with Sparkplug at once. Not from the start: the first screen's functions mostly
 * run once, and paid some 30 ms for it; nor in a one-shot command, which never waits. The flags go back
 * before the code cache is written, since V8 refuses a cache made under other flags than its own.
 */
const WAITING_EVENT = 'docktutor:waiting';
/** The session's flags, and V8's defaults they replace. */
const SESSION_FLAGS = { on: '--no-lazy-feedback-allocation --always-sparkplug', off: '--lazy-feedback-allocation --no-always-sparkplug' };

/**
 * The docker commands bundle/try.cjs leaves out, for what only they load: build (BuildKit's protocol
 * through protobufjs, and tar) and login (its prompts, Inquirer). bin/docktutor.cjs runs a `try docker`
 * line that names one of them from bundle/main.cjs; scripts/bundle/build.mjs builds try.cjs without them.
 * Every `try docker` start reads, deserialises and instantiates what try.cjs holds: leaving these two out
 * took it from 0.86 MB to 0.52 MB (before minifying; 0.39 MB minified), and 2.1 ms off `try docker ps -a`.
 */
const LEFT_OUT_OF_TRY = Object.freeze(['build', 'login']);

/** Runs `file` (bundle/main.cjs) as the main module would run, with its code cache when there is one. */
function runBundle(file, env = process.env, argv = process.argv) {
  const Module = require('node:module');
  const vm = require('node:vm');
  let tuned = false;
  process.once(WAITING_EVENT, () => {
    tuned = true;
    require('node:v8').setFlagsFromString(SESSION_FLAGS.on);
  });
  const folder = cacheFolder(env);
  if (Module.enableCompileCache) {
    // Node's cache is made as each file is compiled: the bundle's, before any session flag is set.
    if (folder !== undefined && privateFolder(folder)) Module.enableCompileCache(folder);
    return require(file);
  }
  // ASCII (scripts/bundle/build.mjs escapes every other character), so Latin-1 reads it exactly and fastest.
  const source = fs.readFileSync(file, 'latin1');
  const stat = fs.statSync(file);
  // Named after what it was made from: this bundle (size, time and inode), this Node and this machine.
  // V8 itself refuses a cache made by another V8 or with other flags, but checks only the source's length.
  const key = [stat.size, Math.trunc(stat.mtimeMs), stat.ino, process.version, process.arch].join('-').replace(/[^\w.-]/g, '_');
  // One cache per command: V8 reads a cache whole, and learn's (its prompts, lessons and Markdown) is
  // twice the size of what `try docker ps` needs. `try docker` has one per docker command: a cache holds
  // what the run that wrote it compiled, and `info` compiled its own functions again at every start from
  // a cache that `ps` wrote (3.2 ms of `try docker info` here).
  const word = (text) => (/^[a-z]{1,12}$/.test(text ?? '') ? text : undefined);
  const docker = word(dockerWords(argv)?.[0]);
  const command = docker ? `try-${docker}` : word(argv[2]) ?? 'other';
  // Named after the bundle too (main, try): each bundle's caches are its own.
  const bundle = path.basename(file, '.cjs').replace(/[^\w]/g, '_');
  const cacheFile = folder === undefined ? undefined : path.join(folder, `${bundle}-${key}-${command}.v8cache`);
  const cached = cacheFile === undefined ? undefined : readCache(folder, cacheFile);
  // The bundle is already one function expression (scripts/bundle/build.mjs): compiled as it was read, the
  // text is not copied into Node's module wrapper first.
  const script = new vm.Script(source, {
    filename: file,
    cachedData: cached,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cacheFile !== undefined) {
    // Written as the process ends: by then V8 has compiled the functions this run called, and the cache
    // keeps them too, not only the outermost code. Written again after a session (learn, quiz, the
    // practice prompt) that lasted: a first session left after one screen would otherwise leave a cache
    // without the rest of what learn runs, and every later session would compile it again.
    const started = Date.now();
    const stale = cached === undefined || script.cachedDataRejected;
    process.once('exit', (code) => {
      if (!stale && Date.now() - started <= SESSION_MS) return;
      // A `try docker` word that names no command (a typo) fails: it gets no cache of its own to keep.
      if (code !== 0 && command.startsWith('try-')) return;
      if (tuned) require('node:v8').setFlagsFromString(SESSION_FLAGS.off);
      writeCache(folder, cacheFile, bundle, key, script);
    });
  }
  const module = new Module(file, undefined);
  module.filename = file;
  module.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

/**
 * DOCKTUTOR_COMPILE_CACHE names the folder (`off` turns the cache off); else the user's cache folder, by
 * the rule env-paths follows for docktutor's data (src/settings.ts): XDG on Linux, Library/Caches on
 * macOS, LOCALAPPDATA on Windows. A test compares the two.
 */
function cacheFolder(env = process.env, platform = process.platform, home = require('node:os').homedir()) {
  const chosen = env.DOCKTUTOR_COMPILE_CACHE;
  if (chosen === 'off') return undefined;
  if (chosen) return path.resolve(chosen);
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'docktutor');
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'docktutor', 'Cache');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'docktutor');
}

/** True for a folder that exists (made if missing) and that only this user owns and can write. */
function privateFolder(folder) {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(folder);
    if (!stat.isDirectory()) return false;
    if (process.platform === 'win32') return true;
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readCache(folder, file) {
  try {
    if (!privateFolder(folder)) return undefined;
    const stat = fs.lstatSync(file);
    if (!stat.isFile() || stat.size > CACHE_LIMIT || (process.platform !== 'win32' && stat.uid !== process.getuid())) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Replaces the cache whole (a rename), so that a docktutor starting meanwhile reads the old one or none. */
function writeCache(folder, file, bundle, key, script) {
  try {
    if (!privateFolder(folder)) return;
    const data = script.createCachedData();
    const partial = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(partial, data, { mode: 0o600 });
    fs.renameSync(partial, file);
    // This bundle's caches of its earlier builds and Node versions go (some would stay behind per upgrade
    // otherwise), and so do its partial writes of processes that were killed (a minute old: not one being
    // written now). Another bundle's caches are that bundle's to replace.
    for (const name of fs.readdirSync(folder)) {
      if (!name.startsWith(`${bundle}-`)) continue;
      const other = path.join(folder, name);
      const old = name.endsWith('.v8cache') ? !name.startsWith(`${bundle}-${key}-`) : name.endsWith('.tmp') && Date.now() - fs.statSync(other).mtimeMs > 60_000;
      if (old) fs.rmSync(other, { force: true });
    }
  } catch {
    // A cache that cannot be written is only a slower next start.
  }
}

module.exports = { launch, runBundle, cacheFolder, WAITING_EVENT, LEFT_OUT_OF_TRY };
if (require.main === module) launch();
