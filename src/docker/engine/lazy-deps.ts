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
import { deferBuiltin, deferModule, lazyFunction, lazyNamespace } from '../../lazy-require.js';

const requireFromDockerode = createRequire(createRequire(import.meta.url).resolve('dockerode'));
const requireFromModem = createRequire(requireFromDockerode.resolve('docker-modem'));

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
const silentLogger = Object.assign(() => {}, { enabled: false, namespace: 'modem', extend: () => silentLogger });
if (!process.env.DEBUG) deferModule(requireFromModem, 'debug', (real) => lazyFunction(real, () => silentLogger));
deferModule(requireFromDockerode, '@balena/dockerignore', (real) => lazyFunction(real));

/**
 * docker-modem requires `https` as it loads, and with it tls and crypto, which only an https://
 * daemon needs. Its stand-in stays only while dockerode loads: connect.ts calls this right after, so
 * later code gets the real module.
 */
export const endDeferredHttps: () => void = createRequire(import.meta.url).cache[requireFromModem.resolve('./http')]
  ? () => {}
  : deferBuiltin('https');
