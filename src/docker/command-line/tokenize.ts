/**
 * Splits a typed command line into words the way a POSIX shell quotes them. Given the environment, it
 * also expands `$NAME` and `${NAME}` outside single quotes, as the shell the lessons teach does (double
 * quotes do not stop it; unquoted, the value is split at whitespace), so that a line gives the same
 * result here as in the learner's terminal. Nothing else a shell does happens: `;`, `|`, `&&`, `>`, `#`
 * stay ordinary characters, and `$(...)`, backticks, `$?`, `$1` or `${NAME:-x}` are kept as typed (and
 * reported), so a line can never start a second program.
 */
import { DocktutorError, USAGE_EXIT_CODE } from '../../errors.js';
import { tryMessages } from '../../i18n/try.js';

/** Characters a backslash keeps its meaning before inside double quotes (POSIX 2.2.3). */
const DOUBLE_QUOTE_ESCAPES = new Set(['"', '\\', '$', '`']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
// What the shell would expand and docktutor keeps as typed: a substitution, a special or positional
// parameter, a braced expression with an operator.
const OTHER = /^(?:\$\((?:[^()]|\([^()]*\))*\)?|\$\{[^}]*\}?|\$[0-9?#$!*@-])/;

/** A `$` form the shell would expand: `expanded` when docktutor did too (from the environment), `set` when it had a value. */
export interface ShellExpansion {
  text: string;
  expanded: boolean;
  set: boolean;
}

export interface TokenizeOptions {
  /** Expand `$NAME` and `${NAME}` outside single quotes from this environment. Without it, `$` stays as typed. */
  env?: NodeJS.ProcessEnv;
  /** Filled in with every `$` form (and backtick substitution) found outside single quotes. */
  seen?: ShellExpansion[];
}

export function tokenizeCommandLine(line: string, options: TokenizeOptions = {}): string[] {
  const words: string[] = [];
  let word = '';
  // A word exists once anything (even an empty '' pair) was seen, so `echo ''` keeps its empty argument.
  let inWord = false;
  let index = 0;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  /** At a `$` or backtick outside single quotes: the text it stands for, and how far it reaches. */
  const dollar = (quoted: boolean): boolean => {
    const rest = line.slice(index);
    const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
    const plain = braced ? undefined : rest.startsWith('$') ? NAME.exec(rest.slice(1)) : undefined;
    const name = braced?.[1] ?? plain?.[0];
    if (name !== undefined) {
      const text = braced ? braced[0] : `$${name}`;
      const value = options.env?.[name];
      options.seen?.push({ text, expanded: options.env !== undefined, set: value !== undefined });
      if (options.env === undefined) return false;
      index += text.length;
      if (quoted) word += value ?? '';
      else {
        // Unquoted: split at whitespace, as the shell's field splitting does with the default IFS.
        const fields = (value ?? '').split(/[ \t\n]+/);
        fields.forEach((field, at) => {
          if (at > 0) endWord();
          if (field !== '') {
            word += field;
            inWord = true;
          }
        });
      }
      return true;
    }
    const other = rest.startsWith('`') ? /^`[^`]*`?/.exec(rest) : OTHER.exec(rest);
    if (!other) return false;
    // Kept whole, as typed: nothing inside it is expanded either.
    options.seen?.push({ text: other[0], expanded: false, set: false });
    word += other[0];
    inWord = true;
    index += other[0].length;
    return true;
  };
  while (index < line.length) {
    const char = line[index]!;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') {
      endWord();
      index += 1;
    } else if (char === "'") {
      const end = line.indexOf("'", index + 1);
      if (end < 0) throw unterminated("'");
      word += line.slice(index + 1, end);
      inWord = true;
      index = end + 1;
    } else if (char === '"') {
      index += 1;
      inWord = true;
      for (;;) {
        if (index >= line.length) throw unterminated('"');
        const inner = line[index]!;
        if (inner === '"') break;
        if ((inner === '$' || inner === '`') && dollar(true)) continue;
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
      if ((char === '$' || char === '`') && dollar(false)) continue;
      word += char;
      inWord = true;
      index += 1;
    }
  }
  endWord();
  return words;
}

export { USAGE_EXIT_CODE } from '../../errors.js';

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
