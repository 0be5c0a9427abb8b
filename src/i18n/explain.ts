import { defineMessages } from './index.js';

/** The "what happened" note under each `docktutor try` result. */
export const explainMessages = defineMessages(
  {
    heading: 'What happened (Engine API requests):',
    failed: 'The daemon answered with an error; nothing was changed.',
    localHeading: 'What happened (no Engine API requests):',
    registryHeading: 'What happened (registry HTTP requests):',
  },
  {
    heading: '무슨 일이 있었나 (Engine API 요청):',
    failed: '데몬이 오류로 응답했습니다. 바뀐 것은 없습니다.',
    localHeading: '무슨 일이 있었나 (Engine API 요청 없음):',
    registryHeading: '무슨 일이 있었나 (레지스트리 HTTP 요청):',
  },
);
