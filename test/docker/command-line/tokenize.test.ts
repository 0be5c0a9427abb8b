import { describe, expect, it } from 'vitest';
import { quoteWord, tokenizeCommandLine } from '../../../src/docker/command-line/tokenize.js';
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
