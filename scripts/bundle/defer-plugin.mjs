// Start-up deferrals declared in the build: an esbuild plugin that gives a package, in place of a module
// it requires as it loads but only calls in rare cases, a stand-in that requires the real module on its
// first use. The real module is bundled into a CommonJS file of its own (so that its code is not even
// read at start), or, when it is Node's (a built-in, a package marked external), left to Node.
//
// Rules name what a package requires (`./ssh` from docker-modem), and the build resolves it: a release
// that renames or drops the file simply no longer asks for that name, the rule does not fire, and the
// package's own require is bundled as usual (slower to start, never broken). The run-time bundle never
// looks for another package's private files. `fired()` says which rules did not fire, for a warning.

const NAMESPACE = 'docktutor-deferred';
const SKIP = 'docktutorSkipDeferral';

/** The package a file belongs to: the folder after its last node_modules/, scoped names kept whole. */
export function packageOf(path) {
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  return parts[at + 1].startsWith('@') ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
}

/**
 * The stand-in's source (CommonJS). `shape` says what the requiring package does with the module:
 * 'function' calls it, 'constructor' calls it with `new`, 'namespace' reads its properties when it
 * uses them, 'functions' imports the functions named in `names` (an ES module importing CommonJS: a
 * plain object, since esbuild's interop reads `__esModule`), 'debug' is the debug package (silent
 * unless DEBUG is set when the requiring package loads).
 */
export function standInSource(rule, target = rule.request) {
  const load = `let real;\nconst load = () => (real ??= require(${JSON.stringify(target)}));\n`;
  switch (rule.shape) {
    case 'function':
      return `${load}module.exports = function deferred(...args) { return Reflect.apply(load(), this, args); };\n`;
    case 'constructor':
      // A constructor that returns an object makes `new` yield that object.
      return `${load}module.exports = function Deferred(...args) { const Real = load(); return new Real(...args); };\n`;
    case 'namespace':
      return `${load}module.exports = new Proxy({}, { get: (_target, key) => load()[key], has: (_target, key) => key in load() });\n`;
    case 'functions':
      return `${load}${rule.names.map((name) => `exports.${name} = (...args) => load().${name}(...args);\n`).join('')}`;
    case 'debug':
      return `${load}const silent = Object.assign(() => {}, { enabled: false, extend: () => silent });\n` +
        'module.exports = (namespace) => (process.env.DEBUG ? load()(namespace) : Object.assign(silent, { namespace }));\n';
    default:
      throw new Error(`unknown stand-in shape '${rule.shape}'`);
  }
}

/** Where a deferred module is built to, next to the chunks: `./deferred/docker-modem--ssh.cjs`. */
export function deferredFile(rule) {
  const name = `${rule.from}--${rule.request.replace(/^\.\/|^@/, '')}`.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `./deferred/${name}.cjs`;
}

/**
 * The plugin, for rules `{ from, request, shape, names? }`. `fired()` lists the rules that took effect,
 * each with `real`: the file the build resolved (to be built on its own as `deferredFile(rule)`), or
 * undefined when the module stays Node's (a built-in, a package marked external).
 */
export function deferPlugin(rules) {
  const fired = new Map();
  const requests = [...new Set(rules.map((rule) => rule.request))];
  const filter = new RegExp(`^(${requests.map((request) => request.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
  return {
    fired: () => [...fired.entries()].map(([rule, real]) => ({ ...rule, real })),
    plugin: {
      name: 'docktutor-defer',
      setup(build) {
        // The stand-in's own require of the real module: a file of its own, or Node's.
        build.onResolve({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ path: args.pluginData.target, external: true }));
        build.onResolve({ filter, namespace: 'file' }, async (args) => {
          if (args.pluginData?.[SKIP]) return undefined;
          const from = packageOf(args.importer);
          const rule = rules.find((candidate) => candidate.from === from && candidate.request === args.path);
          if (!rule) return undefined;
          const real = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { [SKIP]: true } });
          if (real.errors.length > 0) return undefined;
          fired.set(rule, real.external ? undefined : real.path);
          const target = real.external ? real.path : deferredFile(rule);
          return { path: `${from}/${args.path}`, namespace: NAMESPACE, pluginData: { rule, target } };
        });
        build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
          contents: standInSource(args.pluginData.rule, args.pluginData.target),
          loader: 'js',
          pluginData: args.pluginData,
        }));
      },
    },
  };
}
