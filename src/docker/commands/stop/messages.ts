import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker stop`: its flag in --help and the sentences of its "What happened" note. */
export const stopCommandMessages = defineMessages(
  {
    flags: {
      timeout: 'Seconds to wait before killing the container',
    },
    stopped: (seconds: number | undefined): string =>
      `The daemon sent the stop signal (SIGTERM unless the image sets another) to each container's main process, ${
        seconds === undefined
          ? 'waited for it to exit up to the container\'s stop timeout (10 s unless it was created with another)'
          : seconds < 0
            ? 'waited for it to exit with no time limit'
            : `waited up to ${seconds} s for it to exit`
      }, and sent SIGKILL if it was still running; a container killed that way shows Exited (137) in 'docker ps -a'.`,
    notRunning: 'The daemon answered 304 Not Modified: the container was not running, so there was nothing to stop.',
    get notFoundHint() {
      return `See the containers and their names with '${dockerCommand('ps -a')}'.`;
    },
  },
  {
    flags: {
      timeout: '컨테이너를 강제로 종료하기 전에 기다릴 시간(초)',
    },
    stopped: (seconds: number | undefined): string =>
      `데몬이 각 컨테이너의 주 프로세스에 정지 신호(이미지가 다른 신호를 정하지 않았다면 SIGTERM)를 보내고 ${
        seconds === undefined
          ? '컨테이너의 정지 시간 제한(따로 정하지 않았다면 10초)까지'
          : seconds < 0
            ? '시간 제한 없이'
            : `최대 ${seconds}초 동안`
      } 종료를 기다렸으며, 그때도 실행 중이었다면 SIGKILL을 보냈습니다. 그렇게 강제로 종료된 컨테이너는 'docker ps -a'에서 Exited (137)로 보입니다.`,
    notRunning: '데몬이 304 Not Modified로 응답했습니다. 컨테이너가 실행 중이 아니어서 멈출 것이 없었습니다.',
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}'로 컨테이너와 그 이름을 확인하세요.`;
    },
  },
);
