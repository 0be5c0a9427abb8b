import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker restart`: its flag in --help and the sentence of its "What happened" note. */
export const restartCommandMessages = defineMessages(
  {
    flags: {
      timeout: 'Seconds to wait before killing the container',
    },
    restarted: (seconds: number | undefined): string =>
      `The daemon stopped each container as 'docker stop' does (the stop signal, a wait of ${
        seconds === undefined ? "up to the container's stop timeout, 10 s unless set otherwise" : seconds < 0 ? 'no time limit' : `up to ${seconds} s`
      }, then SIGKILL if still running; a stopped container skips this) and started it again: the same container, with the same ID and writable layer.`,
    get notFoundHint() {
      return `See the containers and their names with '${dockerCommand('ps -a')}'.`;
    },
  },
  {
    flags: {
      timeout: '컨테이너를 강제로 종료하기 전에 기다릴 시간(초)',
    },
    restarted: (seconds: number | undefined): string =>
      `데몬이 각 컨테이너를 'docker stop'처럼 멈추고(정지 신호, ${
        seconds === undefined ? '컨테이너의 정지 시간 제한(따로 정하지 않았다면 10초)까지 대기' : seconds < 0 ? '시간 제한 없이 대기' : `최대 ${seconds}초 대기`
      }, 그래도 실행 중이면 SIGKILL. 이미 멈춘 컨테이너는 건너뜀) 다시 시작했습니다. ID와 쓰기 가능한 레이어가 그대로인 같은 컨테이너입니다.`,
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}'로 컨테이너와 그 이름을 확인하세요.`;
    },
  },
);
