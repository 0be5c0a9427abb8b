import { describe, expect, it } from 'vitest';
import { readTryWords } from '../../../src/docker/command-line/try-words.js';
import { DocktutorError } from '../../../src/errors.js';

describe('readTryWords', () => {
  it.each([
    [['docker', 'ps'], { words: ['docker', 'ps'] }],
    [['-H', 'unix:///x.sock', 'docker', 'ps'], { words: ['docker', 'ps'], host: 'unix:///x.sock' }],
    [['--host=tcp://127.0.0.1:2375', 'docker', 'ps'], { words: ['docker', 'ps'], host: 'tcp://127.0.0.1:2375' }],
    [['-Hunix:///x.sock', 'docker', 'ps'], { words: ['docker', 'ps'], host: 'unix:///x.sock' }],
    [['docker', '-H', 'unix:///x.sock', 'ps', '-a'], { words: ['docker', 'ps', '-a'], host: 'unix:///x.sock' }],
    [['docker', '--host', 'unix:///x.sock', 'run', '-H', 'y'], { words: ['docker', 'run', '-H', 'y'], host: 'unix:///x.sock' }],
    [['--lang', 'ko', '--lessons', '/l', '--no-explain', 'docker', 'ps'], { words: ['docker', 'ps'], lang: 'ko', lessons: '/l', explain: false }],
    [['-H', 'unix:///x.sock'], { words: [], host: 'unix:///x.sock' }],
    [['docker', '--help'], { words: ['docker', '--help'], help: 'commands' }],
    [['docker'], { words: ['docker'], help: 'commands' }],
    [['docker', 'help'], { words: ['docker', 'help'], help: 'commands' }],
    [['docker', 'help', 'run'], { words: ['docker', 'help', 'run'], help: 'run' }],
    [['docker', 'help', 'container', 'prune'], { words: ['docker', 'help', 'container', 'prune'], help: 'container prune' }],
    [['ps', '--lang', 'ko'], { words: ['ps', '--lang', 'ko'] }],
  ])('%j', (words, line) => {
    expect(readTryWords(words)).toEqual(line);
  });

  it.each([[['-H']], [['docker', '--host']], [['--lang=', 'docker', 'ps']]])('%j: a global option without its value is a usage error (125)', (words) => {
    const error = (() => {
      try {
        readTryWords(words);
      } catch (e) {
        return e;
      }
      return undefined;
    })() as DocktutorError;
    expect(error).toBeInstanceOf(DocktutorError);
    expect(error.exitCode).toBe(125);
    expect(error.message).toMatch(/^flag -(-host|H|-lang) needs a value$/);
  });
});
