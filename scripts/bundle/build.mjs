// Bundles the command-line tool into bundle/: main.cjs (src/cli/main.ts, every command) and try.cjs
// (src/cli/main-try.ts, `try docker <command>` alone), each docktutor and its dependencies in one
// CommonJS file, so that a command reads one file instead of some hundreds, and Node's ES module loader
// (a resolve, a read and a link per file) never starts. What main.ts imports with `import()` stays lazy:
// esbuild wraps each such module in a function that runs on first use. bin/docktutor.cjs runs the bundle
// with a code cache (bin/docktutor.cjs); dist/ (tsc) stays the unbundled build.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deferPlugin, deferredFile } from './defer-plugin.mjs';
import { DEFERRALS, EXTERNAL, OVERRIDES, REWRITES, SIDE_EFFECT_FREE } from './rules.mjs';
import { rewritePlugin } from './rewrite-plugin.mjs';
import { leaveOutPlugin } from './leave-out-plugin.mjs';

const { LEFT_OUT_OF_TRY } = createRequire(import.meta.url)('../../bin/docktutor.cjs');

// `import.meta` has no meaning in CommonJS: its fields become the bundle's own file and folder, which is
// what docktutor's modules ask them for (the package folder is the one above, as it is above dist/). The
// URL is made only when asked for: Node's URL parser costs milliseconds on first use.
const IMPORT_META_SHIM = "const __dtImportMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };";
// The whole file is one function of CommonJS's five arguments, called at once when Node requires it (Node
// 22 and later, the tests). Run as a script (bin/docktutor.cjs on Node 20) it only evaluates to that
// function: the runner compiles the text as it was read, where wrapping it in Node's own function header
// would make V8 copy all 1.7 MB of it first.
// Required, the text runs inside Node's module function, whose `this` is the module's exports; run as a
// script, `this` is the global object (even where `module` is a global too, as in `node -e`). The
// function is in parentheses of its own, V8's sign of a function called at once: it is compiled with
// the text instead of pre-parsed and parsed again at the call, and a code cache made right after the
// compile (Node's own, on Node 22 and later) holds all of it.
const WRAP_OPEN = '((main) => this === globalThis ? main : main.call(exports, exports, require, module, __filename, __dirname))((function (exports, require, module, __filename, __dirname) {';
const WRAP_CLOSE = '\n}));';
/** CommonJS `text` in the bundle's form (above). */
export const wrapAsBundle = (text) => `${WRAP_OPEN}\n${text}${WRAP_CLOSE}`;
const IMPORT_META = { 'import.meta.url': '__dtImportMeta.url', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' };

/**
 * Builds `outdir` from `root`'s src/. Returns the deferral rules that did not fire (a dependency moved its
 * files: the module now loads at start), the rewrites that found nothing to replace and the modules they
 * passed over, the commands left out of try.cjs, and esbuild's metafiles.
 */
export async function bundleCli({ root, outdir = join(root, 'bundle'), esbuild }) {
  const build = esbuild ?? (await import(createRequire(join(root, 'package.json')).resolve('esbuild')));
  // Written next to its place and moved in whole: a docktutor started meanwhile runs the old bundle or dist/.
  const building = `${outdir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const rewrite = rewritePlugin(REWRITES);
  const leaveOut = leaveOutPlugin(LEFT_OUT_OF_TRY);
  const shared = { root, outdir: building, rules: DEFERRALS, external: EXTERNAL };
  const plugins = [overridePlugin(root), sideEffectFreePlugin(), rewrite.plugin];
  // Two programs, each one file with all it needs: the whole tool, and `try docker <command>` alone,
  // without the commands bin/docktutor.cjs runs from the whole tool (a third of the code to read and
  // compile at each start; bin/docktutor.cjs picks). Two builds: a module is bundled one way per build.
  const main = await bundleWithDeferrals(build, { ...shared, entry: { main: 'src/cli/main.ts' }, plugins });
  const one = await bundleWithDeferrals(build, { ...shared, entry: { try: 'src/cli/main-try.ts' }, plugins: [leaveOut.plugin, ...plugins] });
  copyProtoFiles(root, join(building, 'deferred'));
  rmSync(outdir, { recursive: true, force: true });
  renameSync(building, outdir);
  return {
    // A rule only one of the programs needs (marked-terminal's, in learn) fires in that one.
    missed: main.missed.filter((rule) => one.missed.includes(rule)),
    missedRewrites: rewrite.missed(),
    passedOver: rewrite.passedOver(),
    leftOut: leaveOut.fired(),
    metafile: { main: main.metafile, try: one.metafile },
  };
}

/**
 * Bundles `entry` into one CommonJS file per entry (`main.cjs`) with the deferral `rules`, then each
 * deferred module the build resolved into deferred/ as a CommonJS file of its own. Returns the rules that
 * did not fire and the main build's metafile.
 */
export async function bundleWithDeferrals({ build }, { root, entry, outdir, rules, external = [], plugins = [] }) {
  const defer = deferPlugin(rules);
  // Minified: a quarter less text to read and a smaller code cache to deserialise at each start (2.4 ms of
  // `try docker ps -a` here). A stack trace comes from dist/, whose names are docktutor's own: with
  // DOCKTUTOR_DEBUG set, bin/docktutor.cjs runs dist/. ASCII only: non-ASCII characters are escaped, so the
  // file reads as Latin-1 (bin/docktutor.cjs), a copy rather than a UTF-8 decoding.
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20.17', external, legalComments: 'none', logLevel: 'warning', charset: 'ascii', minify: true, format: 'cjs', outExtension: { '.js': '.cjs' } };
  const result = await build({
    ...common,
    metafile: true,
    entryPoints: entry,
    outdir,
    define: IMPORT_META,
    banner: { js: `${WRAP_OPEN}\n${IMPORT_META_SHIM}` },
    footer: { js: WRAP_CLOSE },
    plugins: [defer.plugin, ...plugins],
  });
  for (const file of Object.keys(result.metafile.outputs)) escapeNonAscii(join(root, file));
  const fired = defer.fired();
  const deferred = fired.filter((rule) => rule.real !== undefined);
  if (deferred.length > 0) {
    await build({
      ...common,
      entryPoints: Object.fromEntries(deferred.map((rule) => [deferredFile(rule).slice('./deferred/'.length, -'.cjs'.length), rule.real])),
      outdir: join(outdir, 'deferred'),
    });
  }
  const missed = rules.filter((rule) => !fired.some((done) => done.from === rule.from && done.request === rule.request));
  return { missed, metafile: result.metafile };
}

/**
 * esbuild's `charset: 'ascii'` leaves the characters of regular expression literals as they are. A
 * `\uXXXX` escape means the same code unit in a string, a template's text, a regular expression and an
 * identifier (only a tagged template reading its raw text would see the escape: none in the bundle reads
 * such a character), so the file becomes ASCII, which bin/docktutor.cjs reads as Latin-1: a byte copy,
 * a third of the time of decoding UTF-8 into a two-byte string.
 */
export function escapeNonAscii(file) {
  const text = readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\u0000-\u007f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== text) writeFileSync(file, escaped);
}

/** Marks the packages of SIDE_EFFECT_FREE as such, so that esbuild drops their modules nothing uses. */
function sideEffectFreePlugin() {
  const SKIP = 'docktutorSideEffects';
  return {
    name: 'docktutor-side-effect-free',
    setup(build) {
      build.onResolve({ filter: SIDE_EFFECT_FREE }, async (args) => {
        if (args.pluginData?.[SKIP]) return undefined;
        const { path, external, errors, namespace } = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { [SKIP]: true } });
        return errors.length > 0 || external ? undefined : { path, namespace, sideEffects: false };
      });
    },
  };
}

function overridePlugin(root) {
  const src = join(root, 'src');
  return {
    name: 'docktutor-overrides',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const key = args.path.startsWith(src) ? args.path.slice(src.length + 1).replaceAll('\\', '/') : undefined;
        const contents = key === undefined ? undefined : OVERRIDES[key];
        return contents === undefined ? undefined : { contents, loader: 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * dockerode's BuildKit session reads its .proto files from `__dirname/proto`: deferred/ in the bundle. docktutor opens its own sessions; the copy keeps dockerode's working all the same.
 */
function copyProtoFiles(root, outdir) {
  const dockerode = dirname(createRequire(join(root, 'package.json')).resolve('dockerode'));
  const proto = join(dockerode, 'proto');
  if (!existsSync(proto)) return;
  mkdirSync(join(outdir, 'proto'), { recursive: true });
  for (const name of readdirSync(proto)) cpSync(join(proto, name), join(outdir, 'proto', name), { recursive: true });
}
