import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../src/i18n/index.js';
import { editCheckMessages } from '../../src/i18n/edit-checks.js';
import { settleParticles } from '../../src/i18n/particles.js';

describe('settleParticles', () => {
  it.each([
    // Numbers as read aloud: 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구, 십, 백, 천.
    ['0(으)로 종료', '0으로 종료'],
    ['1(으)로', '1로'],
    ['2(으)로', '2로'],
    ['3(으)로', '3으로'],
    ['137(으)로', '137로'],
    ['HTTP 404(으)로 응답', 'HTTP 404로 응답'],
    ['1000(으)로 실행', '1000으로 실행'],
    ['6(으)로', '6으로'],
    ['10이(가)', '10이'],
    ['5이(가)', '5가'],
    ['100MB(으)로', '100MB로'],
    ['80%이(가)', '80%가'],
    // Hangul: no final, ㄹ final, another final.
    ['레슨 "이미지"(으)로', '레슨 "이미지"로'],
    ['"레이블"(으)로', '"레이블"로'],
    ['"볼륨"(으)로', '"볼륨"으로'],
    ['웹 서버을(를)', '웹 서버를'],
    ['레이블은(는)', '레이블은'],
    ['이미지와(과) 컨테이너', '이미지와 컨테이너'],
    ['레이어과(와)', '레이어와'],
    ['웹(이)라는 컨테이너', '웹이라는 컨테이너'],
    ['서버(이)라는 컨테이너', '서버라는 컨테이너'],
    // Closing quotes and colour codes stand between the word and its particle.
    ["'7'(으)로", "'7'로"],
    ['\x1b[36m0\x1b[39m(으)로', '\x1b[36m0\x1b[39m으로'],
    // Latin words read in too many ways: both forms stay.
    ['app(으)로', 'app(으)로'],
    ["'docker pss'을(를)", "'docker pss'을(를)"],
    ['(으)로', '(으)로'],
    ['괄호(설명)는 그대로', '괄호(설명)는 그대로'],
  ])('%j -> %j', (text, expected) => {
    expect(settleParticles(text)).toBe(expected);
  });

  it('is applied to the Korean messages as they are built, and never to the English ones', () => {
    const seen = { output: '', exitCode: 0 };
    const ko = editCheckMessages('ko').runFail(seen, { exitCode: 137 });
    expect(ko).toBe('이미지로 만든 컨테이너가 아무것도 출력하지 않고 0으로 종료되었습니다. 137로 종료해야 합니다. CMD(또는 ENTRYPOINT)와 그것이 실행하는 것을 보세요.');
    expect(inLanguage('ko', () => editCheckMessages().runPass({ output: '안녕', exitCode: 3 }))).toBe('이미지로 만든 컨테이너가 "안녕"을 출력하고 3으로 종료되었습니다.');
    expect(editCheckMessages('en').runPass(seen)).toBe('A container of the image printed nothing and exited with 0.');
  });
});
