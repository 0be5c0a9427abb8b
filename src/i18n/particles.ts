/**
 * Korean particles after a value only known at run time. The Korean tables write both forms, as Korean
 * software does ("${code}(으)로", "${name}이(가)"); once the value is in, the word before decides: a
 * syllable with or without a final consonant, or a number as it is read aloud (0 영, 1 일, 7 칠...).
 * Where the word gives no safe answer (Latin letters: "app" reads 앱, "db" 디비) both forms stay,
 * which a Korean reader takes as normal.
 */

type Final = 'none' | 'rieul' | 'other';

/** The form a combined particle takes after a word with the given final sound. */
function resolveParticle(combined: string, final: Final): string {
  switch (combined) {
    case '(으)로':
      return final === 'other' ? '으로' : '로';
    case '이(가)':
      return final === 'none' ? '가' : '이';
    case '을(를)':
      return final === 'none' ? '를' : '을';
    case '은(는)':
      return final === 'none' ? '는' : '은';
    case '과(와)':
    case '와(과)':
      return final === 'none' ? '와' : '과';
    default:
      // (이)라는, (이)나, (이)고...: the copula's 이 drops after a vowel.
      return final === 'none' ? '' : '이';
  }
}

const ANY_PARTICLE = /\(으\)로|이\(가\)|을\(를\)|은\(는\)|과\(와\)|와\(과\)|\(이\)(?=[가-힣])/g;
/** What may stand between a word and its particle: closing quotes and brackets, and colour codes. */
const CLOSERS = /(?:\x1b\[[0-9;]*m|['"`’”)\]])+$/;
/** How the last digit of a number is read (Sino-Korean): 영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구. */
const DIGIT_FINALS: readonly Final[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];

/** Replaces every combined particle whose word decides it; the others stay as written. */
export function settleParticles(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(ANY_PARTICLE, (combined, offset: number) => {
    const final = finalOf(text.slice(0, offset));
    return final === undefined ? combined : resolveParticle(combined, final);
  });
}

/** The final sound of the word that `before` ends with, or undefined when it cannot be told. */
export function finalOf(before: string): Final | undefined {
  const word = before.replace(CLOSERS, '');
  const last = word.at(-1);
  if (last === undefined) return undefined;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  // Sizes and shares read as 바이트, 킬로바이트... and 퍼센트: no final consonant.
  if (/\d\s?(?:[kKMGT]i?)?B$|\d\s?%$/.test(word)) return 'none';
  // Every number ending in 0 (10 십, 100 백, 1000 천, 0 영) ends in a consonant other than ㄹ.
  if (last >= '0' && last <= '9') return DIGIT_FINALS[Number(last)];
  return undefined;
}
