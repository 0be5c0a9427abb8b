import { defineMessages } from './index.js';

/** The line under a page of a step taller than the terminal. */
export const pagerMessages = defineMessages(
  {
    footer: (from: number, to: number, total: number) => `── lines ${from}-${to} of ${total} · Space: more · b: back · q: to the end`,
    short: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: more · b · q`,
    /** The whole rest of the step is on screen; the key only makes room for the prompt under it. */
    end: (from: number, to: number, total: number) => `── lines ${from}-${to} of ${total}, the end · Space: go on · b: back`,
    endShort: (from: number, to: number, total: number) => `── ${from}-${to}/${total}, end · Space · b`,
  },
  {
    footer: (from: number, to: number, total: number) => `── ${total}줄 중 ${from}-${to}줄 · Space: 다음 · b: 이전 · q: 끝으로`,
    short: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: 다음 · b · q`,
    end: (from: number, to: number, total: number) => `── ${total}줄 중 ${from}-${to}줄, 끝 · Space: 계속 · b: 이전`,
    endShort: (from: number, to: number, total: number) => `── ${from}-${to}/${total}, 끝 · Space · b`,
  },
);
