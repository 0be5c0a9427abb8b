/**
 * One line per kind of expansion a typed command line held: what docktutor expanded from the
 * environment as the learner's shell would, and what a shell would expand that docktutor keeps as typed
 * (`$(...)`, `$?`). Values are never printed: only the names, and whether each was set.
 */
import { shellExpansionMessages } from '../../i18n/shell-expansion.js';
import type { ShellExpansion } from './tokenize.js';

export function formatExpansionNotes(seen: readonly ShellExpansion[]): string[] {
  const m = shellExpansionMessages();
  const unique = (items: string[]) => [...new Set(items)].join(', ');
  const expanded = unique(seen.filter((entry) => entry.expanded).map((entry) => (entry.set ? entry.text : m.unset(entry.text))));
  const kept = unique(seen.filter((entry) => !entry.expanded).map((entry) => entry.text));
  return [...(expanded ? [m.expanded(expanded)] : []), ...(kept ? [m.kept(kept)] : [])];
}
