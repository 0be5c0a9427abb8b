import { describe, expect, it } from 'vitest';
import { answerInRound, isRoundOver, missedFirstTime, nextQuestion, orderPractice, passes, roundScore, startRound, type QuizRound } from '../../src/quiz/round.js';

/** Answers every question as `answers` says for it (a list: one verdict per time it is asked). */
function play(round: QuizRound, answers: Record<string, boolean[]>): { round: QuizRound; asked: string[] } {
  const asked: string[] = [];
  const seen: Record<string, number> = {};
  let state = round;
  while (!isRoundOver(state)) {
    const id = nextQuestion(state)!;
    asked.push(id);
    const verdicts = answers[id] ?? [true];
    const verdict = verdicts[Math.min(seen[id] ?? 0, verdicts.length - 1)]!;
    seen[id] = (seen[id] ?? 0) + 1;
    state = answerInRound(state, id, verdict);
  }
  return { round: state, asked };
}

describe('a quiz sitting', () => {
  it('asks each question once when every answer is right, and scores them all', () => {
    const { round, asked } = play(startRound(['a', 'b', 'c']), {});
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(roundScore(round)).toEqual({ correct: 3, total: 3 });
  });

  it('keeps asking new questions between re-asks, even after a run of misses', () => {
    const twice = [false, false, true];
    const { asked } = play(startRound(['a', 'b', 'c', 'd', 'e', 'f', 'g']), { a: twice, b: twice, c: twice });
    // While questions not asked yet remain, every four asks in a row bring at least one of them.
    const total = 7;
    const firstAsk = (at: number) => !asked.slice(0, at).includes(asked[at]!);
    for (let start = 0; start + 4 <= asked.length; start += 1) {
      if (new Set(asked.slice(0, start)).size + 4 > total) break;
      expect([0, 1, 2, 3].some((offset) => firstAsk(start + offset)), asked.join(' ')).toBe(true);
    }
    expect(new Set(asked).size).toBe(total);
  });

  it('brings a missed question back later until it is answered right once; the score counts first attempts', () => {
    const { round, asked } = play(startRound(['a', 'b', 'c', 'd']), { a: [false, false, true] });
    expect(asked).toEqual(['a', 'b', 'c', 'a', 'd', 'a']);
    expect(roundScore(round)).toEqual({ correct: 3, total: 4 });
    expect(missedFirstTime(round)).toEqual(['a']);
  });

  it('asks a miss of the last question again at once', () => {
    const { asked } = play(startRound(['a', 'b']), { b: [false, true] });
    expect(asked).toEqual(['a', 'b', 'b']);
  });

  it('resumes after Ctrl-C: unseen questions first, then misses still owed, nothing settled twice', () => {
    const resumed = startRound(['a', 'b', 'c', 'd'], { firstAnswers: { a: false, b: true }, settled: ['b'] });
    expect(resumed.queue).toEqual(['c', 'd', 'a']);
    const { round } = play(resumed, {});
    expect(roundScore(round)).toEqual({ correct: 3, total: 4 });
  });

  it.each<[number, number, number, boolean]>([
    [8, 10, 80, true],
    [7, 10, 80, false],
    [4, 5, 80, true],
    [0, 11, 80, false],
    [1, 2, 50, true],
    [0, 0, 80, false],
  ])('%i of %i at a pass mark of %i%% passes: %s', (correct, total, mark, expected) => {
    expect(passes({ correct, total }, mark)).toBe(expected);
  });

  it.each([0, 1, 2, 3, 42, 4294967295])('practice with seed %i asks every missed question once, never in the sitting\'s order', (seed) => {
    for (const missed of [['a', 'b'], ['a', 'b', 'c'], ['q1', 'q2', 'q3', 'q4', 'q5']]) {
      const order = orderPractice(missed, seed);
      expect([...order].sort()).toEqual([...missed].sort());
      expect(order).not.toEqual(missed);
    }
    expect(orderPractice(['only'], seed)).toEqual(['only']);
  });
});
