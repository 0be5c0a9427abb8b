import { describe, expect, it } from 'vitest';
import { checkResult } from '../../src/cli/learn/basic-check.js';
import type { TryCheck } from '../../src/lessons/model.js';
import { setLang } from '../../src/i18n/index.js';

setLang('en');

describe('checkResult', () => {
  it.each<[string, TryCheck, { exitCode: number; output: string }, boolean, string[]]>([
    ['both hold', { exitCode: 0, output: 'hello' }, { exitCode: 0, output: 'hello\n' }, true, ['exit code 0 (expected 0)', 'the output contains "hello"']],
    ['a wrong exit code', { exitCode: 0 }, { exitCode: 125, output: '' }, false, ['exit code 125 (expected 0)']],
    ['missing output', { output: 'hello' }, { exitCode: 0, output: 'bye\n' }, false, ['the output does not contain "hello"']],
    ['no check at all', {}, { exitCode: 3, output: '' }, true, []],
    ['a check this build cannot make', { exitCode: 0, image: { ref: 'x' } }, { exitCode: 0, output: '' }, true, ['exit code 0 (expected 0)', 'not checked in this build: image']],
  ])('%s', (_name, check, result, passed, lines) => {
    expect(checkResult(check, result)).toEqual({ passed, lines });
  });
});
