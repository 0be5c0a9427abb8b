/**
 * marked-terminal imports cli-highlight as it loads, and cli-highlight loads highlight.js with every
 * language it knows: about a third of a second, paid before the first step even when colours are off
 * (marked-terminal highlights nothing then). Imported before the renderer's first `import()`, this
 * puts a stand-in in its place that loads the real package on the first code block it colours.
 */
import { createRequire } from 'node:module';
import { deferModule, lazyFunctions, lazyNamespace, requireFrom } from '../lazy-require.js';

/** Defers cli-highlight as marked-terminal (found from `from`) requires it; false when either does not resolve. */
export function deferHighlight(from: NodeJS.Require): boolean {
  return deferModule(requireFrom(from, 'marked-terminal'), 'cli-highlight', (real) => {
    const functions = lazyFunctions(real, ['highlight', 'listLanguages', 'supportsLanguage', 'fromJson', 'toJson', 'parse', 'stringify', 'plain']);
    return { __esModule: true, ...functions, default: functions.highlight, DEFAULT_THEME: lazyNamespace(() => (real() as { DEFAULT_THEME: unknown }).DEFAULT_THEME) };
  });
}

deferHighlight(createRequire(import.meta.url));
