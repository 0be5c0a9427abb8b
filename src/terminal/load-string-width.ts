/**
 * string-width, loaded on the first text that needs it: it builds an Intl.Segmenter as it loads, and
 * the first one reads ICU's break rules (tens of milliseconds on a slow machine), which text made of
 * ASCII, Hangul syllables and the like never needs (width.ts measures those itself). The published
 * bundle replaces this module with a plain `require` that the build resolves (scripts/bundle/rules.mjs).
 */
import { createRequire } from 'node:module';

type Measure = (text: string) => number;

// Node 20.19 and later can `require` an ES module; before it, string-width loads at start, as usual.
const atStart: Measure | undefined = process.features.require_module ? undefined : (await import('string-width')).default;

export function loadStringWidth(): Measure {
  return atStart ?? (createRequire(import.meta.url)('string-width') as { default: Measure }).default;
}
