/** The pure command-line layer: words, flags, the canonical form and usage text; no daemon, no I/O. */
export { tokenizeCommandLine, quoteWord, USAGE_EXIT_CODE, type ShellExpansion, type TokenizeOptions } from './tokenize.js';
export { formatExpansionNotes } from './expansion-note.js';
export { parseCommandLine, resolveCommand } from './parse.js';
export { canonicalCommand, formatCanonical, normalizeImageReference } from './canonical.js';
export { COMMAND_NAMES, COMMAND_ALIASES, commandSpec, flagsOf, describeFlag } from './spec.js';
export type { FlagSpec, FlagType } from './spec.js';
export { formatUsage, formatCommandList } from './usage.js';
export { parseRamInBytes, parseNanoCpus, formatNanoCpus } from './units.js';
