/**
 * Every user-facing string lives in a message table defined with `defineMessages`, one table per area
 * (src/i18n/<area>.ts, and each docker command's messages.ts). The Korean table must have exactly the
 * English keys: the compiler checks it.
 *
 * The language belongs to the invocation: main reads it once into the invocation's context
 * (src/app/context.ts) and runs the command inside `inLanguage(context.lang, ...)`, the only place it is
 * set. Code that holds the context passes `context.lang` to an accessor; code deep below (a parser's
 * error) gets the language of the invocation it runs in. Outside one, messages are English.
 *
 * One invocation runs per process, so the language is kept in this module for the duration of that
 * call and put back after it. (AsyncLocalStorage would carry it through concurrent calls too, but on
 * Node 20 it slows every promise, which cost start-up 8 to 30% in `npm run bench`.)
 */

import { settleParticles } from './particles.js';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A table maps keys to strings, to functions that build strings, or to nested string maps. */
type Table = object;

let current: Lang = 'en';

/** Runs `body` (and, when it returns a promise, until that settles) with `lang` as the language of its messages. */
export function inLanguage<T>(lang: Lang, body: () => T): T {
  const outer = current;
  current = lang;
  let result: T;
  try {
    result = body();
  } catch (error) {
    current = outer;
    throw error;
  }
  if (!(result instanceof Promise)) {
    current = outer;
    return result;
  }
  return result.finally(() => {
    current = outer;
  }) as T;
}

/** The language of the invocation this code runs in; English outside one. */
export function getLang(): Lang {
  return current;
}

/** The language from `--lang`, else the first of LC_ALL, LC_MESSAGES, LANG that is set (POSIX order). */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag !== undefined) return parseLang(flag);
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  }
  return 'en';
}

export function parseLang(value: string): Lang {
  const lang = value.toLowerCase();
  if (lang === 'en' || lang === 'ko') return lang;
  throw new LangError(value);
}

export class LangError extends Error {
  constructor(readonly value: string) {
    super(`unknown language '${value}': use --lang en or --lang ko`);
  }
}

/** Returns an accessor for the table of the current language (or of `lang` when given). */
export function defineMessages<T extends Table>(en: T, ko: { [K in keyof T]: T[K] }): (lang?: Lang) => T {
  // The Korean table settles its particles ("0(으)로" -> "0으로") on the strings it builds; wrapped on first use so English pays nothing.
  let settled: T | undefined;
  return (lang) => ((lang ?? getLang()) === 'en' ? en : (settled ??= settleTable(ko as T)));
}

/** A copy of a table whose strings, string-building functions and getters have their particles settled. */
function settleTable<T extends object>(table: T): T {
  const copy: Record<PropertyKey, unknown> = {};
  for (const key of Reflect.ownKeys(table)) {
    const descriptor = Object.getOwnPropertyDescriptor(table, key)!;
    if (descriptor.get) {
      const get = descriptor.get.bind(table);
      Object.defineProperty(copy, key, { enumerable: descriptor.enumerable ?? true, get: () => settleValue(get()) });
    } else {
      copy[key] = settleValue(descriptor.value);
    }
  }
  return copy as T;
}

function settleValue(value: unknown): unknown {
  if (typeof value === 'string') return settleParticles(value);
  if (typeof value === 'function') {
    const build = value as (...args: unknown[]) => unknown;
    const settled = (...args: unknown[]) => {
      const built = build(...args);
      return typeof built === 'string' ? settleParticles(built) : built;
    };
    // The arity stays, for whoever reads it (the Korean particle sweep calls each message with as many samples).
    return Object.defineProperty(settled, 'length', { value: build.length });
  }
  if (Array.isArray(value)) return value.map(settleValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return settleTable(value);
  return value;
}
