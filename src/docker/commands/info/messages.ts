import { defineMessages } from '../../../i18n/index.js';

/** `docker info`: its flags in --help and the sentences of its "What happened" note. */
export const infoCommandMessages = defineMessages(
  {
    flags: {},
    explained: 'The daemon reported its configuration and how many containers and images it holds.',
  },
  {
    flags: {},
    explained: '데몬이 자신의 설정과 보유한 컨테이너, 이미지 수를 알려 주었습니다.',
  },
);
