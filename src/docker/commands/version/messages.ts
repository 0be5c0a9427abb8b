import { defineMessages } from '../../../i18n/index.js';

/** `docker version`: its flags in --help and the sentences of its "What happened" note. */
export const versionCommandMessages = defineMessages(
  {
    flags: {},
    explained: 'The daemon reported its version and its components; client and daemon agree on the lower of their API versions.',
  },
  {
    flags: {},
    explained: '데몬이 자신의 버전과 구성 요소를 알려 주었습니다. 클라이언트와 데몬은 둘 중 낮은 API 버전으로 통신합니다.',
  },
);
