import { defineMessages } from '../../../i18n/index.js';

/** `docker container prune`: its flags in --help, its warnings and the sentences of its "What happened" note. */
export const containerPruneCommandMessages = defineMessages(
  {
    flags: {
      'all-objects': "docktutor's own flag: also remove stopped containers docktutor did not create (asks first unless -f)",
      'filter': 'Provide filter values (e.g. "until=<timestamp>")',
      'force': 'Do not prompt for confirmation',
    },
    warningOwn: 'WARNING! This will remove all stopped containers docktutor created.',
    warningAll: 'WARNING! This will remove all stopped containers, including ones docktutor did not create.',
    prunedOwn:
      "docktutor asked for the stopped containers carrying its label, checked each one's labels again, and had the daemon delete them one at a time, each with its writable layer: the daemon's own prune would also take stopped containers docktutor did not create (--all-objects asks for that).",
    prunedAll:
      'The daemon deleted every stopped container the filters allowed, whoever created it, each with its writable layer; running containers were left alone.',
    declined: 'Nothing was removed: the answer was not y.',
  },
  {
    flags: {
      'all-objects': 'docktutor의 플래그: docktutor가 만들지 않은 멈춘 컨테이너도 지우기 (-f가 없으면 먼저 확인)',
      'filter': '필터 값 지정 (예: "until=<타임스탬프>")',
      'force': '확인을 묻지 않기',
    },
    warningOwn: 'WARNING! docktutor가 만든 멈춘 컨테이너를 모두 지웁니다.',
    warningAll: 'WARNING! docktutor가 만들지 않은 것까지 포함해 멈춘 컨테이너를 모두 지웁니다.',
    prunedOwn:
      'docktutor가 자신의 레이블이 붙은 멈춘 컨테이너를 요청하고, 각각의 레이블을 다시 확인한 다음, 데몬에게 하나씩 지우게 했습니다. 쓰기 가능한 레이어도 함께 지워졌습니다. 데몬의 prune은 docktutor가 만들지 않은 멈춘 컨테이너까지 지우기 때문입니다 (그렇게 하려면 --all-objects).',
    prunedAll: '데몬이 필터에 맞는 멈춘 컨테이너를 누가 만들었든 모두 쓰기 가능한 레이어와 함께 지웠습니다. 실행 중인 컨테이너는 그대로입니다.',
    declined: '아무것도 지우지 않았습니다. 답이 y가 아니었습니다.',
  },
);
