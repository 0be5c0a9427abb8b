import { describe, expect, it } from 'vitest';
import { checkMessages, lessonListMessages, stepMessages } from '../../src/i18n/lessons.js';

// Every Korean table, lessons.ts included, is swept for detached particles in test/i18n/korean-particles.test.ts.
// These are whole sentences with real values, one test per table.
describe('Korean lesson messages attach particles to the word before them', () => {
  it.each<[string, [string, string][]]>([
    ['stepMessages', [
      [stepMessages('ko').noContainer('이름 web'), 'docktutor가 만든 컨테이너 중 이름 web에 맞는 것이 없습니다'],
      [stepMessages('ko').output('hello', false), '출력에 "hello"이(가) 없습니다'],
      [stepMessages('ko').contextMax('30MiB', '20MiB', false), '빌드 컨텍스트는 30MiB로, 허용된 20MiB를 넘었습니다'],
      [stepMessages('ko').contextMax('3MiB', '20MiB', true), '빌드 컨텍스트는 3MiB로, 허용된 20MiB 이내입니다'],
      [stepMessages('ko').contextMin('1KiB', '1MiB', false), '빌드 컨텍스트는 1KiB로, 기대한 1MiB보다 작습니다'],
      [stepMessages('ko').oomKilled('dt-mem', false, true), 'dt-mem 컨테이너의 OOMKilled는 false입니다. true여야 합니다'],
      [stepMessages('ko').login('127.0.0.1:5000', false, true), '127.0.0.1:5000의 로그인 정보가 없습니다. 로그인되어 있어야 합니다'],
    ]],
    ['checkMessages', [
      [checkMessages('ko').missing('image', '텍스트'), 'image가 없습니다: 텍스트이어야 합니다'],
      [checkMessages('ko').idsDiffer('quiz', 2, 'b', undefined, 'x/en.md'), '2번째 quiz 블록이 없습니다: x/en.md처럼 \'b\'여야 합니다 (모든 언어에서 같은 id가 같은 순서로)'],
    ]],
    ['lessonListMessages', [[lessonListMessages('ko').notADir('lessons'), 'lessons는 레슨 폴더가 아닙니다']]],
  ])('%s', (_, pairs) => {
    expect(pairs.map(([sentence]) => sentence)).toEqual(pairs.map(([, expected]) => expected));
  });
});
