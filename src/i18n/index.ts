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
  const tables: Record<Lang, T> = { en, ko: ko as T };
  return (lang) => tables[lang ?? getLang()];
}
