/**
 * Every user-facing string lives in a message table defined with `defineMessages`, one table per area
 * (src/i18n/<area>.ts, and each docker command's messages.ts). The Korean table must have exactly the
 * English keys: the compiler checks it.
 *
 * The language is not a global switch: it belongs to one invocation's context (src/app/context.ts),
 * and the edge runs the command inside `inLanguage(context.lang, ...)`. Code that holds the context
 * passes `context.lang` to an accessor; code deep below (a parser's error) reads the language of the
 * invocation it runs in. Outside any, messages are English.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A table maps keys to strings, to functions that build strings, or to nested string maps. */
type Table = object;

const language = new AsyncLocalStorage<Lang>();

/** Runs `body` (and everything it awaits or starts) with `lang` as the language of its messages. */
export function inLanguage<T>(lang: Lang, body: () => T): T {
  return language.run(lang, body);
}

/** The language of the invocation this code runs in; English outside any. */
export function getLang(): Lang {
  return language.getStore() ?? 'en';
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
