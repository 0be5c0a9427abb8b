import { defineMessages } from '../../../i18n/index.js';

/** `docker search`: its flags in --help and the sentences of its "What happened" note. */
export const searchCommandMessages = defineMessages(
  {
    flags: {
      'filter': 'Filter output based on conditions provided (key=value)',
      'limit': 'Max number of search results',
      'no-trunc': "Don't truncate output",
    },
    explained: 'The daemon asked the registry index for matching repositories.',
    fromRegistry: (host: string) =>
      `The registry API has no search, so docktutor asked ${host} itself for its catalog and each match's tags and filtered the names here; the daemon was not involved.`,
    registryFailed: (host: string) => `docktutor asked ${host} directly, without the daemon, and did not get the list; nothing was changed.`,
  },
  {
    flags: {
      'filter': '조건으로 출력 거르기 (키=값)',
      'limit': '검색 결과 최대 개수',
      'no-trunc': '출력을 자르지 않음',
    },
    explained: '데몬이 레지스트리 색인에서 일치하는 저장소를 찾아 달라고 요청했습니다.',
    fromRegistry: (host: string) =>
      `레지스트리 API에는 검색 기능이 없어서, docktutor가 ${host}에 직접 카탈로그와 일치하는 저장소의 태그를 물어보고 이름을 여기서 걸렀습니다. 데몬은 관여하지 않았습니다.`,
    registryFailed: (host: string) => `docktutor가 데몬 없이 ${host}에 직접 물었지만 목록을 받지 못했습니다. 바뀐 것은 없습니다.`,
  },
);
