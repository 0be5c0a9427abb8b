import { defineMessages } from './index.js';

/** The line under a page of a step taller than the terminal. */
export const pagerMessages = defineMessages(
  {
    footer: (from: number, to: number, total: number) => `── lines ${from}-${to} of ${total} · Space: more · b: back · q: to the end`,
    short: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: more · b · q`,
  },
  {
    footer: (from: number, to: number, total: number) => `── ${total}줄 중 ${from}-${to}줄 · Space: 다음 · b: 이전 · q: 끝으로`,
    short: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: 다음 · b · q`,
  },
);
