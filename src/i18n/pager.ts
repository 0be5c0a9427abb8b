import { defineMessages } from './index.js';

/** The line under a page of a step taller than the terminal. */
export const pagerMessages = defineMessages(
  {
    footer: (from: number, to: number, total: number) => `── lines ${from}-${to} of ${total} · Space: more · b: back · q: to the end`,
    short: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: more · b · q`,
    // Every line is shown, but the prompt under the step has no room yet: the next key brings it.
    footerEnd: (from: number, to: number, total: number) => `── lines ${from}-${to} of ${total} · Space: go on · b: back`,
    shortEnd: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: go on · b`,
  },
  {
    footer: (from: number, to: number, total: number) => `── ${total}줄 중 ${from}-${to}줄 · Space: 다음 · b: 이전 · q: 끝으로`,
    short: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: 다음 · b · q`,
    footerEnd: (from: number, to: number, total: number) => `── ${total}줄 중 ${from}-${to}줄 · Space: 계속 · b: 이전`,
    shortEnd: (from: number, to: number, total: number) => `── ${from}-${to}/${total} · Space: 계속 · b`,
  },
);
