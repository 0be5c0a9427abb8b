/**
 * Splits a typed command line into words the way a POSIX shell quotes them, and does nothing else a
 * shell does: `;`, `|`, `&&`, `$(...)`, `$VAR`, backticks, `>` and `#` stay ordinary characters, so a
 * learner's line can never start a second program or read a variable.
 */
import { DocktutorError } from '../../errors.js';
import { tryMessages } from '../../i18n/try.js';

/** Characters a backslash keeps its meaning before inside double quotes (POSIX 2.2.3). */
const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`']);

export function tokenizeCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  // A word exists once anything (even an empty '' pair) was seen, so `echo ''` keeps its empty argument.
  let inWord = false;
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      index += 1;
    } else if (char === "'") {
      const end = line.indexOf("'", index + 1);
      if (end < 0) throw unterminated("'");
      word += line.slice(index + 1, end);
      inWord = true;
      index = end + 1;
    } else if (char === '"') {
      index += 1;
      for (;;) {
        if (index >= line.length) throw unterminated('"');
        const inner = line[index]!;
        if (inner === '"') break;
        if (inner === '\\' && index + 1 < line.length) {
          const next = line[index + 1]!;
          if (next === '\n') {
            index += 2;
            continue;
          }
          if (DOUBLE_QUOTE_ESCAPES.has(next)) {
            word += next;
            index += 2;
            continue;
          }
        }
        word += inner;
        index += 1;
      }
      inWord = true;
      index += 1;
    } else if (char === '\\') {
      const next = line[index + 1];
      if (next === undefined) throw new DocktutorError('usage', tryMessages().trailingBackslash, { exitCode: USAGE_EXIT_CODE });
      // backslash-newline is a line continuation: both characters vanish
      if (next !== '\n') {
        word += next;
        inWord = true;
      }
      index += 2;
    } else {
      word += char;
      inWord = true;
      index += 1;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * The exit code for every problem with a docker command line (unknown command, unsupported flag, bad
 * value, wrong number of words). The docker CLI uses 125 for its flag errors, so lesson checks written
 * against real docker behave the same here.
 */
export const USAGE_EXIT_CODE = 125;

/** The docker CLI's exit code for a command it does not know (`docker stoop`), which docktutor keeps. */
export const UNKNOWN_COMMAND_EXIT_CODE = 1;

function unterminated(quote: string): DocktutorError {
  const m = tryMessages();
  return new DocktutorError('usage', m.unterminatedQuote(quote), { hint: m.unterminatedQuoteHint(quote), exitCode: USAGE_EXIT_CODE });
}

/** Quotes a word for display so that tokenizing the result gives the word back. */
export function quoteWord(word: string): string {
  if (word === '') return "''";
  if (/^[A-Za-z0-9_@%+=:,./\-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
