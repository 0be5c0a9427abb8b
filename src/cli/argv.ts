/** Reading the raw command line before (or instead of) commander. */

/** The value of `--lang X` or `--lang=X` anywhere on the line, as commander's help needs it before parsing. */
export function langFromArgv(argv: string[]): string | undefined {
  const index = argv.findIndex((word) => word === '--lang' || word.startsWith('--lang='));
  if (index < 0) return undefined;
  const word = argv[index]!;
  return word.includes('=') ? word.slice('--lang='.length) : argv[index + 1];
}

/** `docktutor learn` or `docktutor learn <lesson>`, with no option anywhere: what commander would read from it. */
export function plainLearn(argv: string[]): { lesson: string | undefined } | undefined {
  if (argv[2] !== 'learn' || argv.length > 4 || argv[3]?.startsWith('-')) return undefined;
  return { lesson: argv[3] };
}

/**
 * The words of `docktutor try <word> ...` when commander would hand them over untouched: `try` comes
 * first (no global option before it) and the next word is no option of its own (`--no-explain`,
 * `--help`, `--`). Past that first word commander passes everything through as it is.
 */
export function plainTryWords(argv: string[]): string[] | undefined {
  if (argv[2] !== 'try' || argv.length < 4 || argv[3]!.startsWith('-')) return undefined;
  return argv.slice(3);
}
