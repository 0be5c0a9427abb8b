import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker start`: its failure line and the sentences of its "What happened" note. */
export const startCommandMessages = defineMessages(
  {
    flags: {},
    started:
      "The daemon started each container's main process again, with the command, settings and writable layer it was created with; files written before the stop are still there, and 'docker logs' continues where it left off.",
    alreadyRunning: 'The daemon answered 304 Not Modified: the container was already running, so there was nothing to start.',
    failed: (names: string) => `failed to start containers: ${names}`,
    get notFoundHint() {
      return `See the containers and their names with '${dockerCommand('ps -a')}'.`;
    },
  },
  {
    flags: {},
    started:
      "데몬이 각 컨테이너의 주 프로세스를 처음 만들 때의 명령, 설정, 쓰기 가능한 레이어 그대로 다시 시작했습니다. 멈추기 전에 쓴 파일은 그대로 남아 있고, 'docker logs'는 멈췄던 곳부터 이어집니다.",
    alreadyRunning: '데몬이 304 Not Modified로 응답했습니다. 컨테이너가 이미 실행 중이어서 시작할 것이 없었습니다.',
    failed: (names: string) => `컨테이너를 시작하지 못했습니다: ${names}`,
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}'로 컨테이너와 그 이름을 확인하세요.`;
    },
  },
);
