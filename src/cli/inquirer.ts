/**
 * Where the prompts come from: @inquirer/prompts (select, checkbox, input, confirm) and, for the try
 * step's command prompt, @inquirer/core, the package they are built on. The published bundle replaces this
 * module with plain imports that the build resolves (scripts/bundle/rules.mjs); run from dist/, it
 * loads the packages from node_modules as below.
 */
import { createRequire } from 'node:module';
import { deferModule, lazyNamespace, requireFrom } from '../lazy-require.js';

type PromptsPackage = typeof import('@inquirer/prompts');
type Core = typeof import('@inquirer/core');

/**
 * The package's ES build imports all ten of its prompts, and the editor prompt brings encoding
 * detection with it: a tenth of a second before the first question. Its CommonJS build requires them
 * through the module cache instead, where the six docktutor never shows wait as stand-ins. Undefined
 * when the package (as `from` finds it) has no CommonJS build any more, or it fails to load.
 */
export function requirePrompts(from: NodeJS.Require): PromptsPackage | undefined {
  const fromPrompts = requireFrom(from, '@inquirer/prompts');
  if (!fromPrompts) return undefined;
  for (const unused of ['editor', 'expand', 'number', 'password', 'rawlist', 'search']) deferModule(fromPrompts, `@inquirer/${unused}`, lazyNamespace);
  try {
    return from('@inquirer/prompts') as PromptsPackage;
  } catch {
    return undefined;
  }
}

const requireHere = createRequire(import.meta.url);

// Without the CommonJS build: the ES build, all of it, the usual way.
export const { checkbox, confirm, input, select } = requirePrompts(requireHere) ?? (await import('@inquirer/prompts'));

/** @inquirer/core (pinned to the version @inquirer/prompts uses): loaded on the first command prompt. */
export function loadCore(): Core {
  return requireHere('@inquirer/core') as Core;
}
