/**
 * The three placeholders a lesson may use, so that one lesson text works with any practice image,
 * registry and user (docs/lesson-format.md).
 */
import { practiceImage, practiceRegistry, practiceRegistryUser } from '../settings.js';

export const PLACEHOLDERS = ['image', 'registry', 'user'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<PlaceholderName, string>;

// Only identifier-like names: docker's own Go templates (`{{json .Config}}`, `{{.State.Status}}`) are prose, not placeholders.
const PATTERN = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

// Go template keywords that stand alone in braces (`{{range .Mounts}}...{{end}}`): prose too, never reported.
const TEMPLATE_KEYWORDS = new Set(['end', 'else', 'break', 'continue']);

export function placeholderValues(env: NodeJS.ProcessEnv = process.env): PlaceholderValues {
  return { image: practiceImage(env), registry: practiceRegistry(env), user: practiceRegistryUser(env) };
}

/** Replaces the known placeholders; anything else is left as written (the checker reports it). */
export function substitutePlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PATTERN, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

/** Every `{{name}}` that is not one of the three, with its 1-based line counted from `firstLine`. */
export function findUnknownPlaceholders(text: string, firstLine = 1): { line: number; name: string }[] {
  const found: { line: number; name: string }[] = [];
  let line = firstLine;
  let counted = 0;
  for (const match of text.matchAll(PATTERN)) {
    if (isPlaceholder(match[1]!) || TEMPLATE_KEYWORDS.has(match[1]!)) continue;
    for (let at = text.indexOf('\n', counted); at >= 0 && at < match.index; at = text.indexOf('\n', at + 1)) line += 1;
    counted = match.index;
    found.push({ line, name: match[1]! });
  }
  return found;
}

function isPlaceholder(name: string): name is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}
