/**
 * Every user-facing string lives in a message table defined with `defineMessages`, one table per area
 * (src/i18n/<area>.ts). The Korean table must have exactly the English keys: the compiler checks it.
 */
export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A table maps keys to strings, to functions that build strings, or to nested string maps. */
type Table = object;

let current: Lang = 'en';

export function setLang(lang: Lang): void {
  current = lang;
}

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
  return (lang) => tables[lang ?? current];
}
