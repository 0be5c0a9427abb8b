/**
 * The value shapes every lesson block shares: ids, text, sizes, paths. Rules that zod cannot say with a
 * type carry a `rule` param; problems.ts turns it into a sentence.
 */
import * as z from 'zod';
import { parseSize } from './size.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const text = z.string().trim().min(1);
export const id = z.string().regex(ID);

/** `20MiB`, `512KiB`, `1GiB` or a plain byte count. */
export const size = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const bytes = parseSize(value);
  if (bytes === undefined) {
    ctx.addIssue({ code: 'custom', message: 'size', params: { rule: 'size' } });
    return z.NEVER;
  }
  return bytes;
});

export function isRelativeInside(path: string): boolean {
  return path.length > 0 && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..');
}

/** A path inside the practice folder: no leading `/`, no drive letter, no `..`. */
export const relativePath = z.string().refine(isRelativeInside, { params: { rule: 'relative-path' } });

/** A path inside an image. */
export const absolutePath = z.string().refine((path) => path.startsWith('/'), { params: { rule: 'absolute-path' } });

/** A YAML scalar read as text: `VERSION: 1` means the text "1", as docker reads build args and env. */
export const scalarText = z.preprocess((value) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value), z.string());

/** A mapping of names to scalar texts, at least one entry. */
export const textMap = z.record(z.string().min(1), scalarText).refine((map) => Object.keys(map).length > 0, { params: { rule: 'map-empty' } });
