// What the published bundle defers and swaps, declared here and resolved by the build.
import { fileURLToPath } from 'node:url';

/**
 * Modules that packages require as they load but docktutor only uses in rare cases: each gets a
 * stand-in that loads it on first use (defer-plugin.mjs). The same list as the run-time deferrals of
 * dist/ (src/docker/engine/lazy-deps.ts, src/lessons/lazy-highlight.ts).
 */
export const DEFERRALS = [
  // Only an ssh:// daemon calls docker-modem's ssh agent (ssh2), only a BuildKit build through
  // dockerode opens its session (gRPC, proto-loader, uuid): docktutor opens its own.
  { from: 'docker-modem', request: './ssh', shape: 'function' },
  { from: 'dockerode', request: './session', shape: 'function' },
  // Only builds from a folder path use tar-fs; docktutor streams its own tar.
  { from: 'dockerode', request: 'tar-fs', shape: 'namespace' },
  // readable-stream, for a stdin stream that is not hijacked.
  { from: 'docker-modem', request: './http_duplex', shape: 'constructor' },
  // docker-modem's only debug namespace, silent unless DEBUG is set.
  { from: 'docker-modem', request: 'debug', shape: 'debug' },
  // The .dockerignore matcher of dockerode's own folder builds.
  { from: 'dockerode', request: '@balena/dockerignore', shape: 'function' },
  // `https` brings tls and crypto, which only an https:// daemon needs; zlib only gzips a folder build.
  { from: 'docker-modem', request: 'https', shape: 'namespace' },
  { from: 'dockerode', request: 'zlib', shape: 'namespace' },
  // node-emoji's tables (half a megabyte of JSON), for marked-terminal's `emoji` option, which docktutor turns off.
  { from: 'marked-terminal', request: 'node-emoji', shape: 'functions', names: ['get'] },
  // cli-table3 (and its own string-width and emoji tables) for marked-terminal's tables, which docktutor draws itself.
  { from: 'marked-terminal', request: 'cli-table3', shape: 'constructor' },
  // cli-highlight loads highlight.js with every language it knows, for the first code block coloured.
  { from: 'marked-terminal', request: 'cli-highlight', shape: 'functions', names: ['highlight'], external: true },
];

/**
 * Packages left out of the bundle, loaded by Node under their public names when first required (each
 * only behind a deferral above, or on a rare path): ssh2 and cpu-features carry native add-ons, gRPC
 * and protobufjs are megabytes that only a BuildKit session loads.
 */
/**
 * Packages whose modules the build may drop when nothing uses what they export: @inquirer/prompts
 * re-exports ten prompts, and the editor prompt alone brings encoding tables (a megabyte); the four
 * docktutor shows stay. (The packages do not declare it themselves: each module calls createPrompt.)
 */
export const SIDE_EFFECT_FREE = /^@inquirer\//;

/**
 * Texts of dependencies replaced in the bundle by code that does the same faster (rewrite-plugin.mjs).
 *
 * @inquirer/core binds each hook's callbacks to the async context with AsyncResource.bind, several times
 * per render. On Node 20 that also defines a deprecated `asyncResource` getter on every bound function
 * (util.deprecate, DEP0172), which is most of a select prompt's drawing time. The replacement is the same
 * binding without the getter: a resource made in the caller's context, whose runInAsyncScope calls the
 * function with its `this` and arguments (what Node's bind does), and nothing reads `asyncResource`.
 */
/**
 * @inquirer/core wraps every line of a prompt with wrap-ansi at each keypress and redraw; the import is
 * replaced by the same function with a fast path for lines that fit (fit-or-wrap.mjs), over the wrap-ansi
 * and string-width the module resolves itself.
 */
const FIT_OR_WRAP = fileURLToPath(new URL('./fit-or-wrap.mjs', import.meta.url));
const WRAP_IF_WIDER =
  "import wrapEveryLine from 'wrap-ansi';\n" +
  "import stringWidth from 'string-width';\n" +
  `import { fitOrWrap } from ${JSON.stringify(FIT_OR_WRAP)};\n` +
  'const wrapAnsi = fitOrWrap(wrapEveryLine, stringWidth);\n';
const BIND_IN_CONTEXT = "((fn) => { const resource = new AsyncResource(fn.name || 'bound-anonymous-fn'); return function (...args) { return resource.runInAsyncScope(fn, this, ...args); }; })(";
export const REWRITES = [
  // docker-modem formats every request's options for its debug log (util.inspect, whose first use costs
  // milliseconds) even when the log is off; the call now happens only when it is on.
  { from: 'docker-modem', file: /\/lib\/modem\.js$/, find: "debug('Sending: %s', util.inspect(", replace: "debug.enabled && debug('Sending: %s', util.inspect(" },
  { from: '@inquirer/core', file: /\/lib\/hook-engine\.js$/, find: 'AsyncResource.bind(', replace: BIND_IN_CONTEXT },
  { from: '@inquirer/core', file: /\/lib\/use-state\.js$/, find: 'AsyncResource.bind(', replace: BIND_IN_CONTEXT },
  { from: '@inquirer/core', file: /\/lib\/create-prompt\.js$/, find: 'AsyncResource.bind(', replace: BIND_IN_CONTEXT },
  { from: '@inquirer/core', file: /\/lib\/utils\.js$/, find: "import wrapAnsi from 'wrap-ansi';\n", replace: WRAP_IF_WIDER },
  // zod/mini re-exports its forty-odd message tables as `z.locales` and `z.core.locales`, and a bundle that
  // loads zod lazily runs every one of them (190 KB) with the first answer it checks. docktutor reads
  // neither (it imports the English table alone, src/lessons/schema-common.ts; a test holds src/ to that):
  // the bundle's zod leaves those two names out.
  { from: 'zod', file: /\/v4\/mini\/external\.js$/, find: 'export * as locales from "../locales/index.js";\n', replace: '' },
  { from: 'zod', file: /\/v4\/core\/index\.js$/, find: 'export * as locales from "../locales/index.js";\n', replace: '' },
];

export const EXTERNAL = ['ssh2', 'cpu-features', '@grpc/grpc-js', '@grpc/proto-loader', 'cli-highlight', 'highlight.js'];

/**
 * docktutor's own modules that defer or load packages at run time (for dist/), replaced in the bundle,
 * where the deferrals above and plain imports do the same work at build time. Keys are paths under src/.
 */
export const OVERRIDES = {
  'docker/engine/lazy-deps.ts': 'export const endDeferredHttps = () => {};\n',
  'lessons/lazy-highlight.ts': 'export {};\n',
  // string-width's Intl.Segmenter on the first text that needs it: esbuild runs a required ES module then.
  'terminal/load-string-width.ts': "export const loadStringWidth = () => require('string-width').default;\n",
  // The ES builds, tree-shaken to the four prompts docktutor shows and what its command prompt uses.
  'cli/inquirer.ts':
    "export { checkbox, confirm, input, select } from '@inquirer/prompts';\n" +
    "import * as core from '@inquirer/core';\n" +
    'export const loadCore = () => core;\n',
};
