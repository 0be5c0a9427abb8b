import { describe, expect, it } from 'vitest';
import { formatExpansionNotes } from '../../../src/docker/command-line/expansion-note.js';
import { quoteWord, tokenizeCommandLine, type ShellExpansion } from '../../../src/docker/command-line/tokenize.js';
import { DocktutorError } from '../../../src/errors.js';

describe('tokenizeCommandLine', () => {
  it.each([
    ['docker ps -a', ['docker', 'ps', '-a']],
    ['  docker   ps\t-a  ', ['docker', 'ps', '-a']],
    ["docker run busybox echo 'hello world'", ['docker', 'run', 'busybox', 'echo', 'hello world']],
    ['docker run busybox echo "hello world"', ['docker', 'run', 'busybox', 'echo', 'hello world']],
    ['echo "a \\"quoted\\" word"', ['echo', 'a "quoted" word']],
    ['echo "keep \\n as is"', ['echo', 'keep \\n as is']],
    ["echo 'no \\ escapes here'", ['echo', 'no \\ escapes here']],
    ['echo hello\\ world', ['echo', 'hello world']],
    ["echo ''", ['echo', '']],
    ['echo ""', ['echo', '']],
    ['echo a"b"\'c\'d', ['echo', 'abcd']],
    ['echo one\\\ntwo', ['echo', 'onetwo']],
    ['echo a; rm -rf /', ['echo', 'a;', 'rm', '-rf', '/']],
    ['echo a | wc -l', ['echo', 'a', '|', 'wc', '-l']],
    ['echo a && echo b', ['echo', 'a', '&&', 'echo', 'b']],
    ['echo $(whoami) `id` $HOME ${PATH}', ['echo', '$(whoami)', '`id`', '$HOME', '${PATH}']],
    ['echo "$HOME" > out # not a comment', ['echo', '$HOME', '>', 'out', '#', 'not', 'a', 'comment']],
    ['sh -c "echo \\$A; exit 3"', ['sh', '-c', 'echo $A; exit 3']],
    ['', []],
  ])('%j -> %j', (line, words) => {
    expect(tokenizeCommandLine(line)).toEqual(words);
  });

  it.each([["echo 'open"], ['echo "open'], ['echo trailing\\']])('rejects %j with a usage error', (line) => {
    expect(() => tokenizeCommandLine(line)).toThrow(DocktutorError);
    try {
      tokenizeCommandLine(line);
    } catch (error) {
      expect((error as DocktutorError).kind).toBe('usage');
      expect((error as DocktutorError).exitCode).toBe(125);
    }
  });
});

describe('tokenizeCommandLine with the environment: expands as sh does', () => {
  const env = { GREETING: 'bonjour', TWO: 'a  b', EMPTY: '' };
  it.each([
    // Double quotes do not stop the shell: the value is put in, as one word.
    ['sh -c "echo $GREETING"', ['sh', '-c', 'echo bonjour']],
    ['sh -c "echo ${GREETING}!"', ['sh', '-c', 'echo bonjour!']],
    // Only single quotes (or a backslash) keep it for the container.
    ["sh -c 'echo $GREETING'", ['sh', '-c', 'echo $GREETING']],
    ['sh -c "echo \\$GREETING"', ['sh', '-c', 'echo $GREETING']],
    // Not set: empty. Unquoted, an empty value is no word at all, and a value is split at whitespace.
    ['echo "$NOPE" end', ['echo', '', 'end']],
    ['echo $NOPE end', ['echo', 'end']],
    ['echo $EMPTY end', ['echo', 'end']],
    ['echo $TWO', ['echo', 'a', 'b']],
    ['echo "$TWO"', ['echo', 'a  b']],
    ['echo x$GREETING', ['echo', 'xbonjour']],
    // What docktutor cannot do as a shell would stays as typed, whole.
    ['echo $(echo $GREETING) `id` $? ${GREETING:-x}', ['echo', '$(echo $GREETING)', '`id`', '$?', '${GREETING:-x}']],
    ['echo $ "a $ b"', ['echo', '$', 'a $ b']],
  ])('%j -> %j', (line, words) => {
    expect(tokenizeCommandLine(line, { env })).toEqual(words);
  });

  it('reports what a shell would expand, and whether docktutor did', () => {
    const seen: ShellExpansion[] = [];
    tokenizeCommandLine('echo "$GREETING $NOPE" \'$HOME\' $(id)', { env, seen });
    expect(seen).toEqual([
      { text: '$GREETING', expanded: true, set: true },
      { text: '$NOPE', expanded: true, set: false },
      { text: '$(id)', expanded: false, set: false },
    ]);
    expect(formatExpansionNotes(seen)).toEqual([
      'note: as your shell does, docktutor replaced $GREETING, $NOPE (not set: empty) from your environment before docker saw the line (double quotes do not stop it); in single quotes it would reach the container as typed.',
      "note: your shell would expand $(id) before docker saw the line; docktutor passes it as typed, so the container's shell expands it instead. In your terminal, single quotes give this result.",
    ]);
    const unexpanded: ShellExpansion[] = [];
    expect(tokenizeCommandLine('echo "$GREETING"', { seen: unexpanded })).toEqual(['echo', '$GREETING']);
    expect(unexpanded).toEqual([{ text: '$GREETING', expanded: false, set: false }]);
  });
});

describe('quoteWord', () => {
  it.each([
    ['plain', 'plain'],
    ['', "''"],
    ['two words', "'two words'"],
    ["it's", "'it'\\''s'"],
    ['A=1', 'A=1'],
    ['$HOME', "'$HOME'"],
  ])('%j -> %j and back', (word, quoted) => {
    expect(quoteWord(word)).toBe(quoted);
    expect(tokenizeCommandLine(quoted)).toEqual([word]);
  });
});
