import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { splitSections } from '../../src/lessons/sections.js';
import { readYamlLite } from '../../src/lessons/yaml-lite.js';
import { BROKEN_WORLDS, brokenWorld, removeBrokenWorlds } from '../helpers/broken-lessons.js';
import { DOCKERFILE_EDIT } from './format-world.js';

afterAll(removeBrokenWorlds);

function yamlValue(source: string): unknown {
  try {
    return parse(source, { uniqueKeys: true });
  } catch {
    return 'syntax error';
  }
}

// The fast reader must agree with `yaml` whenever it answers at all.
const agreeing: string[] = [
  'a: |\n  x\n  y', 'a: |\n  x\n  y\n', 'a: |+\n  x', 'a: |+\n  x\n', 'a: |+\n  x\n\n', 'a: |+\n  x\n\nb: 1', 'a: |-\n  x\n\n',
  'a: >\n  x\n  y\n\n  z\n', 'a: >\n  x\n  y', 'a: >-\n  x\n  y\nb: 1', 'a: >+\n  x\n\n\n', 'a: |\n\n  x\n', 'a: |\n  x\n\n  y\n',
  'a: >\n  x\n\n\n  y\n', 'a: |\nb: 1',
  'a: 1\nb: -1\nc: 1.5\nd: .5\ne: 1e3\nf: 64m\ng: --rm\nh: ~\ni:\nj: true\nk: False\nl: "x\\ty"\nm: \'it\'\'s\'',
  'a:\n- 1\n- 2', 'a:\n  - x: 1\n    y: 2\n  -   z: 3\n      w: |\n        lit\n', 'a:\n  - b\n  -\n    c: 1\n  - - x\n    - y',
  'a: b # c\nd: "e" # f', 'a: x\n  y\n\n  z\nb: 1', 'a: x\n# c\n  y', 'a: [2, 3]', 'a: []', 'a: [1, 2,]', 'a: [1, , 2]',
  'a: C#', 'a: x:y', 'a: 12:30', 'a: 1_000', 'a: +1', 'a: 1.', 'a: -.5', '- a\n- b', 'a:\n  b:\n    c: 1\n  d: 2',
  'q: "a \\\\ b \\" c"', "a: 'x' #c", 'a: "x"#c', 'a: "x\n  y"', 'a: 1\na: 2', 'a: b: c', 'a: x\n  - y', 'a: &x 1', 'a: !!str 1',
  '---\na: 1', 'a: {b: 1}', 'a: 0o17', 'a: 0x1f', 'a: .inf', 'a: |2\n  x', '', '# only a comment', 'a: 1\n b: 2', '__proto__: 1',
  'text: "it\'s \\u00e9"', 'options:\n  - text: An image\n    correct: true\n  - text: A container\n    why: adds a layer\n',
];

describe('readYamlLite', () => {
  it.each(agreeing)('agrees with yaml on %j', (source) => {
    const value = readYamlLite(source);
    if (value !== undefined) expect(value).toEqual(yamlValue(source));
  });

  it.each([
    ['a: 1\nb: [2, 3]\nc: |\n  x\n', { a: 1, b: [2, 3], c: 'x\n' }],
    ['options:\n  - text: A\n    correct: true\n  - text: B', { options: [{ text: 'A', correct: true }, { text: 'B' }] }],
  ])('reads %j without giving up', (source, expected) => {
    expect(readYamlLite(source)).toEqual(expected);
  });

  it.each(['a: &x 1', 'a: {b: 1}', 'a: 1\na: 2', 'a: "x\n  y"', 'a:\tb'])('gives up on %j', (source) => {
    expect(readYamlLite(source)).toBeUndefined();
  });

  it('reads an edit block (block scalars inside a list of files) as yaml does, code byte for byte', () => {
    const source = DOCKERFILE_EDIT.split('\n').slice(1, -1).join('\n');
    const value = readYamlLite(source);
    expect(value).toBeDefined();
    expect(value).toEqual(yamlValue(source));
  });

  it('agrees with yaml on every block of the shipped lessons and fixtures', () => {
    const roots = ['lessons', 'test/fixtures', ...Object.keys(BROKEN_WORLDS).map(brokenWorld)];
    const files = roots.flatMap((root) => markdownFiles(root));
    let answered = 0;
    for (const file of files) {
      for (const section of splitSections(readFileSync(file, 'utf8'), 1)) {
        for (const block of section.blocks) {
          const value = readYamlLite(block.source);
          if (value === undefined) continue;
          answered += 1;
          expect(value, `${file}:${block.line}`).toEqual(yamlValue(block.source));
        }
      }
    }
    expect(answered).toBeGreaterThan(0);
  });
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('aliases (a "billion laughs" block)', () => {
  const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) {
    laughs.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    laughs.push(`${to}2: &${to}2\n  - *${from}\n  - *${from}`);
  }
  it.each(['a: &x 1\nb: *x', 'a:\n  - &x 1\n  - *x', 'a: [&x 1, *x]', laughs.join('\n')])('are never expanded by the fast reader: %j', (source) => {
    expect(readYamlLite(source)).toBeUndefined();
  });
});
