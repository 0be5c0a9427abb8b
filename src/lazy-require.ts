/**
 * Stand-ins in the CommonJS module cache: a package that another package requires as it loads, but
 * only calls in rare cases, is loaded on its first use instead. A stand-in must be in place before
 * the requiring package loads (for an ES module importing a CommonJS one: before the importing graph
 * is fetched, so in an earlier `import()`); when the real package is already loaded, nothing changes.
 *
 * Deferrals name files inside other packages, which a patch release may rename or drop. Every one is
 * fail-safe: a name that no longer resolves is not deferred, and the package loads it itself, as
 * usual: slower to start, never broken.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** `require` as seen from inside package `name` (as `from` resolves it), or undefined when it does not resolve. */
export function requireFrom(from: NodeJS.Require | undefined, name: string): NodeJS.Require | undefined {
  const path = resolveOrUndefined(from, name);
  return path === undefined ? undefined : createRequire(path);
}

/** Where `load` finds `name`, or undefined when it is not there (moved, renamed, not exported for require). */
export function resolveOrUndefined(load: NodeJS.Require | undefined, name: string): string | undefined {
  try {
    return load?.resolve(name);
  } catch {
    return undefined;
  }
}

/**
 * Puts a stand-in for `name` (as `load` resolves it) into the cache; `makeExports` gets the real module's
 * loader. Returns whether it did: not when `load` is missing, `name` does not resolve, or it is loaded already.
 */
export function deferModule(load: NodeJS.Require | undefined, name: string, makeExports: (real: () => unknown) => unknown): boolean {
  const path = resolveOrUndefined(load, name);
  if (!load || path === undefined || load.cache[path]) return false;
  let real: unknown;
  const loadReal = () => {
    if (real === undefined) {
      delete load.cache[path];
      real = load(name);
    }
    return real;
  };
  load.cache[path] = standIn(path, makeExports(loadReal));
  return true;
}

/**
 * A stand-in for a built-in module under its bare name (`https`, not `node:https`): require.cache is
 * consulted before the built-ins for bare names (documented), and `node:` names always reach the real
 * one. Returns the function that removes the stand-in again.
 */
export function deferBuiltin(name: string): () => void {
  const load = createRequire(import.meta.url);
  if (load.cache[name]) return () => {};
  let real: unknown;
  const stand = standIn(name, lazyNamespace(() => (real ??= load(`node:${name}`))));
  load.cache[name] = stand;
  return () => {
    if (load.cache[name] === stand) delete load.cache[name];
  };
}

/** An object whose every property is read from the real module, loaded on first read. */
export function lazyNamespace(real: () => unknown): unknown {
  return new Proxy({}, { get: (_target, key) => (real() as Record<PropertyKey, unknown>)[key] });
}

/** A callable stand-in: calls go to `call` (by default the real module), other properties to the real module. */
export function lazyFunction(real: () => unknown, call?: (...args: unknown[]) => unknown): unknown {
  const target = (...args: unknown[]) => (call ? call(...args) : (real() as (...a: unknown[]) => unknown)(...args));
  return new Proxy(target, { get: (_target, key) => (real() as Record<PropertyKey, unknown>)[key] });
}

/** Functions that call the real module's function of the same name, for named imports from ES modules. */
export function lazyFunctions(real: () => unknown, names: readonly string[]): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  for (const name of names) exports[name] = (...args: unknown[]) => (real() as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);
  return exports;
}

function standIn(path: string, exports: unknown): NodeJS.Module {
  const module = new (class extends Object {})() as NodeJS.Module;
  // `path` too: an ES module importing this one reads it to resolve what the real module re-exports.
  Object.assign(module, { id: path, filename: path, path: dirname(path), loaded: true, exports, children: [], paths: [] });
  return module;
}
