// A faster wrap-ansi for @inquirer/core, which wraps every line of a prompt at every keypress and every
// redraw (scripts/bundle/rules.mjs swaps it in). wrap-ansi 6 measures each word and, before each word,
// the whole row so far: a line of twenty words costs it some two hundred width measurements, and a
// select menu redraw several hundred microseconds. A line that already fits comes back from it unchanged
// (normalized to NFC, as it normalizes everything); such a line is measured once here, with the same
// string-width wrap-ansi uses, and returned. Any other line goes to wrap-ansi itself.

/** `wrapAnsi` and `stringWidth`: the packages as the importing module resolves them. */
export function fitOrWrap(wrapAnsi, stringWidth) {
  return (string, columns, options) => {
    // Only without trimming: wrap-ansi's default trims spaces, which changes a line that fits.
    if (options?.trim === false && typeof string === 'string' && !string.includes('\n')) {
      const text = string.normalize();
      if (stringWidth(text) <= columns) return text;
    }
    return wrapAnsi(string, columns, options);
  };
}
