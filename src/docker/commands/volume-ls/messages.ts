import { defineMessages } from '../../../i18n/index.js';

/** `docker volume ls`: its flags in --help and the sentence of its "What happened" note. */
export const volumeLsCommandMessages = defineMessages(
  {
    flags: { filter: 'Provide filter values (e.g. "dangling=true")', quiet: 'Only display volume names' },
    listed: 'The daemon listed its volumes; a volume is listed whether or not a container uses it, since it lives apart from containers.',
  },
  {
    flags: { filter: '필터 값 지정 (예: "dangling=true")', quiet: '볼륨 이름만 보기' },
    listed: '데몬이 볼륨 목록을 알려 주었습니다. 볼륨은 컨테이너와 따로 존재하므로 쓰는 컨테이너가 없어도 목록에 나옵니다.',
  },
);
