import { defineMessages } from '../../../i18n/index.js';

/** `docker ps`: its flags in --help and the sentences of its "What happened" note. */
export const psCommandMessages = defineMessages(
  {
    flags: {
      'all': 'Show all containers (default shows just running)',
      'filter': 'Filter output based on conditions provided (key=value)',
      'last': 'Show n last created containers (includes all states)',
      'latest': 'Show the latest created container (includes all states)',
      'no-trunc': "Don't truncate output",
      'quiet': 'Only display container IDs',
      'size': 'Display total file sizes',
    },
    explained: (all: boolean): string =>
      all
        ? 'The daemon listed every container it knows, running or stopped; docktutor laid them out like the docker CLI.'
        : 'The daemon listed the running containers only (add -a for stopped ones too); docktutor laid them out like the docker CLI.',
  },
  {
    flags: {
      'all': '모든 컨테이너 보기 (기본값은 실행 중인 것만)',
      'filter': '조건으로 출력 거르기 (키=값)',
      'last': '마지막으로 만든 컨테이너 n개 보기 (모든 상태 포함)',
      'latest': '가장 최근에 만든 컨테이너 보기 (모든 상태 포함)',
      'no-trunc': '출력을 자르지 않음',
      'quiet': '컨테이너 ID만 보기',
      'size': '전체 파일 크기 보기',
    },
    explained: (all: boolean): string =>
      all
        ? '데몬이 실행 중이거나 멈춘 모든 컨테이너를 알려 주었고, docktutor가 docker CLI처럼 표로 정리했습니다.'
        : '데몬이 실행 중인 컨테이너만 알려 주었습니다 (멈춘 것까지 보려면 -a). docktutor가 docker CLI처럼 표로 정리했습니다.',
  },
);
