import { describe, expect, it } from 'vitest';
import { ContextFilter, readIgnorePatterns } from '../../src/docker/build/context-ignore.js';

describe('readIgnorePatterns', () => {
  it.each([
    ['# comment\n*.log\n', ['*.log']],
    ['  # not a comment\n', ['# not a comment']],
    ['/build/\n./tmp\nsrc//x/../y\n', ['build', 'tmp', 'src/y']],
    ['!keep.log\n! spaced\n', ['!keep.log', '!spaced']],
    ['\uFEFFfirst\r\nsecond\r\n\n   \n', ['first', 'second']],
    ['/\n', ['/']],
  ])('%j', (text, patterns) => {
    expect(readIgnorePatterns(text)).toEqual(patterns);
  });
});

describe('ContextFilter', () => {
  const patterns = readIgnorePatterns(
    ['*.log', '!keep.log', 'node_modules', '/build/', '**/*.bak', 'docs/**/draft*', 'secret?.txt', 'cache', '!cache/keep', 'Dockerfile*', '.dockerignore'].join('\n'),
  );
  const filter = new ContextFilter(patterns, 'Dockerfile.dev');

  it.each([
    ['a.txt', false],
    ['b.log', true],
    ['keep.log', false],
    ['sub/b.log', false],
    ['node_modules', true],
    ['node_modules/x/y.js', true],
    ['build', true],
    ['build/out.bin', true],
    ['src/build', false],
    ['src/x.bak', true],
    ['x.bak', true],
    ['docs/guide/draft1.md', true],
    ['docs/draft.md', true],
    ['docs/guide/final.md', false],
    ['secret1.txt', true],
    ['secret10.txt', false],
    ['cache/other', true],
    ['cache/keep', false],
    ['Dockerfile.dev', false],
    ['Dockerfile.prod', true],
    ['.dockerignore', false],
  ])('%s excluded: %s', (path, excluded) => {
    expect(filter.excludes(path)).toBe(excluded);
  });

  it.each([
    ['cache', true],
    ['node_modules', false],
    ['build', false],
    ['cach', false],
  ])('walks into excluded folder %s: %s', (dir, walks) => {
    expect(filter.mayHoldExceptions(dir)).toBe(walks);
  });

  it('walks into a folder only to reach an excluded Dockerfile given with -f', () => {
    const nested = new ContextFilter(['ci'], 'ci/Dockerfile');
    expect(nested.excludes('ci/Dockerfile')).toBe(false);
    expect(nested.excludes('ci/other')).toBe(true);
    expect(nested.mayHoldExceptions('ci')).toBe(true);
  });

  it('rejects a bare "!" like docker', () => {
    expect(() => new ContextFilter(['!'])).toThrow(/illegal exclusion pattern/);
  });
});
