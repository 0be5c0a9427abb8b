import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker logs`: its flags in --help, its refusals and the sentences of its "What happened" note. */
export const logsCommandMessages = defineMessages(
  {
    flags: {
      follow: 'Follow log output',
      since: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
      tail: 'Number of lines to show from the end of the logs (default "all")',
      timestamps: 'Show timestamps',
      until: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    read: (followed: boolean, limited: boolean): string =>
      `The daemon sent back what the container's main process wrote to stdout and stderr, as its logging driver kept it since the container was created (restarts included)${
        limited ? ', only the part --tail, --since or --until asked for' : ''
      }. For a container without a TTY each chunk comes tagged as stdout or stderr, and docktutor split them back onto its own two streams, as docker does${
        followed ? '; with -f the answer stayed open and new lines arrived as they were written, until the container stopped or Ctrl-C ended the following (the container keeps running)' : ''
      }.`,
    badTime: (name: string, why: string) => `invalid value for "${name}": ${why}`,
    timeHint: (name: string) => `--${name} takes a duration back from now (10s, 42m, 1h30m), a date or time (2024-05-01, 2024-05-01T13:23:37Z) or a Unix timestamp`,
    get notFoundHint() {
      return `See the containers and their names with '${dockerCommand('ps -a')}'.`;
    },
  },
  {
    flags: {
      follow: '로그를 계속 따라가며 보기',
      since: '이 시각 이후의 로그만 보기 (예: "2013-01-02T13:23:37Z") 또는 상대 시간 (예: 42분이면 "42m")',
      tail: '로그 끝에서부터 보여 줄 줄 수 (기본값 "all")',
      timestamps: '타임스탬프 보기',
      until: '이 시각 이전의 로그만 보기 (예: "2013-01-02T13:23:37Z") 또는 상대 시간 (예: 42분이면 "42m")',
    },
    read: (followed: boolean, limited: boolean): string =>
      `데몬이 컨테이너의 주 프로세스가 stdout과 stderr에 쓴 내용을, 컨테이너가 만들어진 뒤로 (재시작 포함) 로깅 드라이버가 보관한 그대로 돌려주었습니다${
        limited ? ' (--tail, --since, --until로 요청한 부분만)' : ''
      }. TTY가 없는 컨테이너라면 조각마다 stdout인지 stderr인지 표시되어 오고, docktutor가 docker처럼 이를 자신의 두 스트림으로 다시 나눕니다${
        followed ? '. -f를 주면 응답이 열린 채로 남아, 컨테이너가 멈추거나 Ctrl-C로 따라가기를 끝낼 때까지 (컨테이너는 계속 실행됨) 새 줄이 쓰이는 대로 도착합니다' : ''
      }.`,
    badTime: (name: string, why: string) => `"${name}"의 값이 올바르지 않습니다: ${why}`,
    timeHint: (name: string) => `--${name}에는 지금부터 거슬러 올라갈 기간 (10s, 42m, 1h30m), 날짜나 시각 (2024-05-01, 2024-05-01T13:23:37Z), 또는 Unix 타임스탬프를 씁니다`,
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}'로 컨테이너와 그 이름을 확인하세요.`;
    },
  },
);
