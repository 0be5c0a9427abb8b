import { describe, expect, it } from 'vitest';
import { gradeAnswer, percentOf, scoreGrades, squeezeSpaces, type Answer } from '../../src/quiz/engine.js';
import { command, multiple, single, truefalse } from './fixtures.js';

// Stands in for the docker command-line canonicalizer: aliases and flag order do not matter.
function canonical(line: string): string {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'docker') throw new Error(`not a docker command: ${line}`);
  const rest = words.slice(1).join(' ').replace(/^container ls\b/, 'ps').split(' ');
  const [name, ...args] = rest;
  return [name, ...args.map((word) => (word === '--all' ? '-a' : word)).sort()].join(' ');
}

describe('gradeAnswer', () => {
  it.each<[string, Answer, boolean, string[]]>([
    ['the right option', 0, true, []],
    ['a wrong option with a why', 1, false, ['A container adds a writable layer.']],
    ['a wrong option without a why', 2, false, []],
    ['an index out of range', 7, false, []],
    ['an answer of the wrong kind', 'An image', false, []],
  ])('single: %s', (_name, answer, correct, chosenWhy) => {
    expect(gradeAnswer(single, answer)).toEqual({ correct, explanation: 'Because.', chosenWhy });
  });

  it.each<[string, number[], boolean, string[]]>([
    ['exactly the right options', [0, 2], true, []],
    ['the right options in another order', [2, 0], true, []],
    ['a repeated index', [0, 2, 2], true, []],
    ['only part of the right options', [0], false, []],
    ['nothing', [], false, []],
    ['all right options plus a wrong one', [0, 1, 2], false, ['Nothing boots.']],
    ['every option', [0, 1, 2, 3], false, ['Nothing boots.', 'There is none.']],
    ['only wrong options', [3], false, ['There is none.']],
  ])('multiple, all or nothing: %s', (_name, answer, correct, chosenWhy) => {
    expect(gradeAnswer(multiple, answer)).toMatchObject({ correct, chosenWhy });
  });

  it.each<[Answer, boolean]>([
    [false, true],
    [true, false],
    ['false', false],
  ])('truefalse: %j is correct=%s', (answer, correct) => {
    expect(gradeAnswer(truefalse, answer).correct).toBe(correct);
  });

  it.each<[string, boolean]>([
    ['docker ps -a', true],
    ['  docker   ps   -a ', true],
    ['docker ps --all', true],
    ['docker container ls --all', true],
    ['docker ps', false],
    ['docker images -a', false],
    ['dokcer ps -a', false],
    ['', false],
  ])('command by meaning: %j is correct=%s', (answer, correct) => {
    expect(gradeAnswer(command, answer, { canonical }).correct).toBe(correct);
  });

  it('compares commands by spacing only when no canonicalizer is given', () => {
    expect(gradeAnswer(command, 'docker  ps -a').correct).toBe(true);
    expect(gradeAnswer(command, 'docker ps --all').correct).toBe(false);
    expect(squeezeSpaces('  a \t b  ')).toBe('a b');
  });
});

describe('scoring', () => {
  it.each<[boolean[], { correct: number; total: number }, number]>([
    [[true, true, false, true], { correct: 3, total: 4 }, 75],
    [[true, true, true, true, true, true, true, false], { correct: 7, total: 8 }, 87],
    [[], { correct: 0, total: 0 }, 0],
    [[true], { correct: 1, total: 1 }, 100],
  ])('%j scores %j = %i%%', (results, score, percent) => {
    const computed = scoreGrades(results.map((correct) => ({ correct })));
    expect(computed).toEqual(score);
    expect(percentOf(computed)).toBe(percent);
  });
});
