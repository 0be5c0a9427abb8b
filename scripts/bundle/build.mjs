// Bundles the command-line tool (src/cli/main.ts) into bundle/: one ES module per lazily loaded part
// (esbuild's code splitting at every `import()`), dependencies included, so that a command reads a few
// files instead of some hundreds. bin/docktutor.js runs it; dist/ (tsc) stays the unbundled build.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deferPlugin, deferredFile } from './defer-plugin.mjs';
import { DEFERRALS, EXTERNAL, OVERRIDES, SIDE_EFFECT_FREE } from './rules.mjs';

// Every chunk is an ES module: CommonJS code in it needs `require`, `__filename` and `__dirname`, which
// name the chunk's own file and folder (all chunks sit in one folder, as dist/'s top-level files do).
const BANNER = [
  "import { createRequire as __dtCreateRequire } from 'node:module';",
  "import { fileURLToPath as __dtFileURLToPath } from 'node:url';",
  "import { dirname as __dtDirname } from 'node:path';",
  'const require = __dtCreateRequire(import.meta.url);',
  'const __filename = __dtFileURLToPath(import.meta.url);',
  'const __dirname = __dtDirname(__filename);',
].join(' ');

/**
 * Builds `outdir` from `root`'s src/. Returns the deferral rules that did not fire (a dependency moved its
 * files: the module now loads at start) and esbuild's metafile (which chunk holds what).
 */
export async function bundleCli({ root, outdir = join(root, 'bundle'), esbuild }) {
  const build = esbuild ?? (await import(createRequire(join(root, 'package.json')).resolve('esbuild')));
  // Written next to its place and moved in whole: a docktutor started meanwhile runs the old bundle or dist/.
  const building = `${outdir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const result = await bundleWithDeferrals(build, {
    root,
    entry: { main: 'src/cli/main.ts' },
    outdir: building,
    rules: DEFERRALS,
    external: EXTERNAL,
    plugins: [overridePlugin(root), specsWithTablePlugin(root), sideEffectFreePlugin()],
  });
  copyProtoFiles(root, join(building, 'deferred'));
  rmSync(outdir, { recursive: true, force: true });
  renameSync(building, outdir);
  return result;
}

/**
 * Bundles `entry` (code splitting, ES modules) with the deferral `rules`, then each deferred module the
 * build resolved into deferred/ as a CommonJS file of its own. Returns the rules that did not fire and
 * the main build's metafile.
 */
export async function bundleWithDeferrals({ build }, { root, entry, outdir, rules, external = [], plugins = [] }) {
  const defer = deferPlugin(rules);
  const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20.17', external, legalComments: 'none', logLevel: 'warning' };
  const result = await build({
    ...common,
    metafile: true,
    entryPoints: entry,
    outdir,
    splitting: true,
    format: 'esm',
    chunkNames: 'chunk-[hash]',
    banner: { js: BANNER },
    plugins: [defer.plugin, ...plugins],
  });
  const fired = defer.fired();
  const deferred = fired.filter((rule) => rule.real !== undefined);
  if (deferred.length > 0) {
    await build({
      ...common,
      entryPoints: Object.fromEntries(deferred.map((rule) => [deferredFile(rule).slice('./deferred/'.length, -'.cjs'.length), rule.real])),
      outdir: join(outdir, 'deferred'),
      outExtension: { '.js': '.cjs' },
      format: 'cjs',
    });
  }
  const missed = rules.filter((rule) => !fired.some((done) => done.from === rule.from && done.request === rule.request));
  return { missed, metafile: result.metafile };
}

/**
 * Every command's spec is imported by the command table (the parser needs them all at start) and
 * re-exported by the command's own index.ts. esbuild gives a module reached from two entry points a
 * chunk of its own: some thirty files of a few hundred bytes, each read and linked at start. In the
 * bundle, index.ts takes its spec from the table instead, so the specs stay in the table's chunk. A
 * folder the table does not import as `import { spec as name } from './folder/spec.js'` keeps its import.
 */
function specsWithTablePlugin(root) {
  const table = join(root, 'src', 'docker', 'commands', 'table.ts');
  const NAMESPACE = 'docktutor-spec';
  let folders;
  const specImports = () => {
    folders ??= new Map([...readFileSync(table, 'utf8').matchAll(/^import \{ spec as (\w+) \} from '\.\/([\w-]+)\/spec\.js';$/gm)].map(([, name, folder]) => [folder, name]));
    return folders;
  };
  return {
    name: 'docktutor-specs-with-table',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]docker[\\/]commands[\\/]table\.ts$/ }, (args) => {
        if (args.path !== table) return undefined;
        const entries = [...specImports()].map(([folder, name]) => `${JSON.stringify(folder)}: ${name}`);
        return { contents: `${readFileSync(table, 'utf8')}\nexport const SPECS_BY_FOLDER = { ${entries.join(', ')} };\n`, loader: 'ts' };
      });
      build.onResolve({ filter: /^\.\/spec\.js$/ }, (args) => {
        const folder = /[\\/]src[\\/]docker[\\/]commands[\\/]([\w-]+)[\\/]index\.ts$/.exec(args.importer)?.[1];
        return folder !== undefined && specImports().has(folder) ? { path: folder, namespace: NAMESPACE } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `import { SPECS_BY_FOLDER } from ${JSON.stringify(table)};\nexport const spec = SPECS_BY_FOLDER[${JSON.stringify(args.path)}];\n`,
        loader: 'js',
        resolveDir: dirname(table),
      }));
    },
  };
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
