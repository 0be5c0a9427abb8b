import { describe, expect, it } from 'vitest';
import { checkMessages, lessonListMessages, renderMessages, stepMessages } from '../../src/i18n/lessons.js';

/** A particle or copula written apart from the code, path or English word it belongs to ("Enter 를", "docktutor 가"). */
const DETACHED = /[A-Za-z0-9'"`)\]}/.] (가|이|를|을|는|은|의|에|에서|에서는|에는|도|로|으로|와|과|처럼|보다|이어야|여야|입니다|인데|나|만)(?=[\s,.:)'"]|$)/;

/** Every Korean sentence of a table, functions called with one argument that reads as text, a list, a number and true. */
function sentencesOf(table: unknown, name = ''): [string, string][] {
  if (typeof table === 'string') return [[name, table]];
  if (typeof table === 'function') {
    const arg = ['docker'];
    return [[name, String((table as (...args: unknown[]) => unknown)(...Array.from({ length: table.length }, () => arg)))]];
  }
  if (table && typeof table === 'object') return Object.entries(table).flatMap(([key, value]) => sentencesOf(value, name ? `${name}.${key}` : key));
  return [];
}

const tables = { checkMessages, lessonListMessages, renderMessages, stepMessages };
const swept = Object.entries(tables).flatMap(([name, messages]) => sentencesOf(messages('ko'), name));

describe('Korean lesson messages attach particles to the word before them', () => {
  it.each(swept)('%s', (_, sentence) => {
    expect(sentence).not.toMatch(DETACHED);
  });

  it.each([
    [stepMessages('ko').noContainer('이름 web'), 'docktutor가 만든 컨테이너 중 이름 web에 맞는 것이 없습니다'],
    [stepMessages('ko').output('hello', false), '출력에 "hello"가 없습니다'],
    [stepMessages('ko').contextMax('30MiB', '20MiB', false), '빌드 컨텍스트는 30MiB로, 허용된 20MiB를 넘었습니다'],
    [stepMessages('ko').contextMax('3MiB', '20MiB', true), '빌드 컨텍스트는 3MiB로, 허용된 20MiB 이내입니다'],
    [stepMessages('ko').contextMin('1KiB', '1MiB', false), '빌드 컨텍스트는 1KiB로, 기대한 1MiB보다 작습니다'],
    [stepMessages('ko').oomKilled('dt-mem', false, true), 'dt-mem 컨테이너의 OOMKilled는 false입니다. true여야 합니다'],
    [stepMessages('ko').login('127.0.0.1:5000', false, true), '127.0.0.1:5000의 로그인 정보가 없습니다. 로그인되어 있어야 합니다'],
    [checkMessages('ko').missing('image', '텍스트'), 'image가 없습니다: 텍스트이어야 합니다'],
    [checkMessages('ko').idsDiffer('quiz', 2, 'b', undefined, 'x/en.md'), '2번째 quiz 블록이 없습니다: x/en.md처럼 \'b\'여야 합니다 (모든 언어에서 같은 id가 같은 순서로)'],
    [lessonListMessages('ko').notADir('lessons'), 'lessons는 레슨 폴더가 아닙니다'],
  ])('%s', (sentence, expected) => {
    expect(sentence).toBe(expected);
  });
});
