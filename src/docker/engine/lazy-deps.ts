/**
 * dockerode loads ssh2 (through docker-modem) and gRPC (for BuildKit sessions) as soon as it is
 * imported: about 200 ms of start-up on every command, for code that only an ssh:// daemon or a
 * BuildKit session ever runs. This module, imported before dockerode, puts stand-ins for those
 * packages into the CommonJS cache; each stand-in loads the real package on first use. The same goes
 * for smaller pieces every command paid for: readable-stream (only for a stdin stream that is not
 * hijacked), debug (silent unless DEBUG is set) and the .dockerignore matcher of dockerode's own
 * folder builds. The files named here are private to dockerode and docker-modem: any that a new
 * release moved is simply not deferred (see lazy-require.ts).
 */
import { createRequire } from 'node:module';
import { deferBuiltin, deferModule, lazyFunction, lazyNamespace, requireFrom, resolveOrUndefined } from '../../lazy-require.js';

/**
 * Defers what dockerode (as `from` finds it) loads but rarely uses. Returns the function that ends the
 * deferral of `https`, to be called once dockerode has loaded.
 */
export function deferDockerodeDependencies(from: NodeJS.Require, env: NodeJS.ProcessEnv = process.env): () => void {
  const fromDockerode = requireFrom(from, 'dockerode');
  const fromModem = requireFrom(fromDockerode, 'docker-modem');
  // Only an ssh:// daemon calls docker-modem's ssh agent (which loads ssh2), and only a BuildKit build
  // opens a session (gRPC, proto-loader, uuid). Deferring those two files of theirs keeps all of it out.
  deferModule(fromModem, './ssh', (real) => lazyFunction(real));
  deferModule(fromDockerode, './session', (real) => lazyFunction(real));
  // Only builds from a folder path use tar-fs; docktutor streams its own tar.
  deferModule(fromDockerode, 'tar-fs', lazyNamespace);
  // Always called with `new`; a constructor that returns an object makes `new` yield that object.
  deferModule(fromModem, './http_duplex', (real) =>
    function LazyHttpDuplex(...args: unknown[]) {
      const HttpDuplex = real() as new (...a: unknown[]) => object;
      return new HttpDuplex(...args);
    },
  );
  // docker-modem's only debug namespace. debug reads DEBUG once, when loaded: without it every logger is off.
  const silentLogger = Object.assign(() => {}, { enabled: false, namespace: 'modem', extend: () => silentLogger });
  if (!env.DEBUG) deferModule(fromModem, 'debug', (real) => lazyFunction(real, () => silentLogger));
  deferModule(fromDockerode, '@balena/dockerignore', (real) => lazyFunction(real));
  // docker-modem requires `https` as it loads, and with it tls and crypto, which only an https://
  // daemon needs. Its stand-in stays only while dockerode loads; when docker-modem is loaded already
  // there is nothing to save. (`https` is Node's own: its name never moves.)
  const http = resolveOrUndefined(fromModem, './http');
  return http !== undefined && from.cache[http] ? () => {} : deferBuiltin('https');
}

/** Called by connect.ts right after dockerode loads, so later code gets the real `https`. */
export const endDeferredHttps: () => void = deferDockerodeDependencies(createRequire(import.meta.url));
