/**
 * dockerode loads ssh2 (through docker-modem) and gRPC (for BuildKit sessions) as soon as it is
 * imported: about 200 ms of start-up on every command, for code that only an ssh:// daemon or a
 * BuildKit session ever runs. This module, imported before dockerode, puts stand-ins for those
 * packages into the CommonJS cache; each stand-in loads the real package on first use. The same goes
 * for smaller pieces every command paid for: readable-stream (only for a stdin stream that is not
 * hijacked), debug (silent unless DEBUG is set) and the .dockerignore matcher of dockerode's own
 * folder builds.
 */
import { createRequire } from 'node:module';

const requireFromDockerode = createRequire(createRequire(import.meta.url).resolve('dockerode'));
const requireFromModem = createRequire(requireFromDockerode.resolve('docker-modem'));

function deferModule(load: NodeJS.Require, name: string, makeExports: (real: () => unknown) => unknown): void {
  const path = load.resolve(name);
  if (load.cache[path]) return;
  let real: unknown;
  const loadReal = () => {
    if (real === undefined) {
      delete load.cache[path];
      real = load(name);
    }
    return real;
  };
  const stand = new (class extends Object {})() as NodeJS.Module;
  Object.assign(stand, { id: path, filename: path, loaded: true, exports: makeExports(loadReal), children: [], paths: [] });
  load.cache[path] = stand;
}

/** An object whose every property is read from the real module, loaded on first read. */
function lazyNamespace(real: () => unknown): unknown {
  return new Proxy({}, { get: (_target, key) => (real() as Record<PropertyKey, unknown>)[key] });
}

// Only an ssh:// daemon calls docker-modem's ssh agent (which loads ssh2), and only a BuildKit build
// opens a session (gRPC, proto-loader, uuid). Deferring those two files of theirs keeps all of it out.
deferModule(requireFromModem, './ssh', (real) => lazyFunction(real));
deferModule(requireFromDockerode, './session', (real) => lazyFunction(real));
// Only builds from a folder path use tar-fs; docktutor streams its own tar.
deferModule(requireFromDockerode, 'tar-fs', lazyNamespace);
// Always called with `new`; a constructor that returns an object makes `new` yield that object.
deferModule(requireFromModem, './http_duplex', (real) =>
  function LazyHttpDuplex(...args: unknown[]) {
    const HttpDuplex = real() as new (...a: unknown[]) => object;
    return new HttpDuplex(...args);
  },
);
// docker-modem's only debug namespace. debug reads DEBUG once, when loaded: without it every logger is off.
if (!process.env.DEBUG) deferModule(requireFromModem, 'debug', (real) => lazyFunction(real, () => silentLogger));
deferModule(requireFromDockerode, '@balena/dockerignore', (real) => lazyFunction(real));

/** A callable stand-in: calls go to `call` (by default the real module), other properties to the real module. */
function lazyFunction(real: () => unknown, call?: () => unknown): unknown {
  const target = (...args: unknown[]) => (call ? call() : (real() as (...a: unknown[]) => unknown)(...args));
  return new Proxy(target, { get: (_target, key) => (real() as Record<PropertyKey, unknown>)[key] });
}

function silentLogger(): void {}

/**
 * docker-modem requires `https` as it loads, and with it tls and crypto, which only an https://
 * daemon needs. require.cache is consulted before the built-in modules for names without the `node:`
 * prefix (documented), so a stand-in there is what docker-modem gets. It stays only while dockerode
 * loads: connect.ts calls the returned function right after, and later code gets the real module.
 */
export const endDeferredHttps: () => void = (() => {
  const requireHere = createRequire(import.meta.url);
  const modemHttp = requireFromModem.resolve('./http');
  if (requireHere.cache[modemHttp] || requireHere.cache.https) return () => {};
  const stand = new (class extends Object {})() as NodeJS.Module;
  let real: unknown;
  const exports = lazyNamespace(() => (real ??= requireHere('node:https')));
  Object.assign(stand, { id: 'https', filename: 'https', loaded: true, exports, children: [], paths: [] });
  requireHere.cache.https = stand;
  return () => {
    if (requireHere.cache.https === stand) delete requireHere.cache.https;
  };
})();
Object.assign(silentLogger, { enabled: false, namespace: 'modem', extend: () => silentLogger });
