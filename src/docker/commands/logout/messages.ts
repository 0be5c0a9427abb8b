import { defineMessages } from '../../../i18n/index.js';

/** `docker logout`: its flags in --help and the sentences of its "What happened" note. */
export const logoutCommandMessages = defineMessages(
  {
    flags: {},
    explained: 'The stored credentials for that registry were removed.',
    local: (server: string) =>
      `docktutor erased the credentials stored for ${server} on this computer; logout sends nothing to the daemon or the registry.`,
  },
  {
    flags: {},
    explained: '그 레지스트리에 저장된 자격 증명을 지웠습니다.',
    local: (server: string) =>
      `docktutor가 이 컴퓨터에 저장된 ${server}의 자격 증명을 지웠습니다. logout은 데몬에도 레지스트리에도 아무것도 보내지 않습니다.`,
  },
);
