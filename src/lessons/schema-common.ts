/**
 * The value shapes every lesson block shares: ids, text, sizes, paths. Rules that zod cannot say with a
 * type carry a `rule` param; problems.ts turns it into a sentence.
 */
// zod's functional build: the same checks with cheaper schemas to build, which learn's first screen waits for.
import * as z from 'zod/mini';
// The English table alone: through `z.locales` the bundle would load all of zod's forty-odd languages.
import english from 'zod/v4/locales/en.js';
import { parseSize } from './size.js';

/**
 * zod/mini sets no message table, and classic zod (which did) is no longer loaded; the one zod message an
 * author still reads (a bad key in a mapping) is worded as before. Passed per parse, not set globally.
 */
export const PARSE_OPTIONS = { error: english().localeError };

/** A broken rule, reported from a transform: zod/mini's transforms have no `ctx.addIssue`, so it is pushed as classic zod pushed it. */
export function addRule(ctx: z.core.ParsePayload, issue: { message: string; params: Record<string, unknown>; path?: PropertyKey[] }): void {
  ctx.issues.push({ code: 'custom', input: ctx.value, ...issue });
}

/** A list of at least one item. */
export const atLeastOne = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const text = z.string().check(z.trim(), z.minLength(1));
export const id = z.string().check(z.regex(ID));

/** `20MiB`, `512KiB`, `1GiB` or a plain byte count. */
export const size = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value: number | string, ctx) => {
    const bytes = parseSize(value);
    if (bytes === undefined) {
      addRule(ctx, { message: 'size', params: { rule: 'size' } });
      return z.NEVER;
    }
    return bytes;
  }),
);

export function isRelativeInside(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..');
}

/** A path inside the practice folder: no leading `/`, no drive letter, no `..`. */
export const relativePath = z.string().check(z.refine(isRelativeInside, { params: { rule: 'relative-path' } }));

/** A path inside an image. */
export const absolutePath = z.string().check(z.refine((path) => path.startsWith('/'), { params: { rule: 'absolute-path' } }));

/** A YAML scalar read as text: `VERSION: 1` means the text "1", as docker reads build args and env. */
export const scalarText = z.pipe(
  z.transform((value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value)),
  z.string(),
);

/** A mapping of names to scalar texts, at least one entry. */
export const textMap = z
  .record(z.string().check(z.minLength(1)), scalarText)
  .check(z.refine((map) => Object.keys(map).length > 0, { params: { rule: 'map-empty' } }));
