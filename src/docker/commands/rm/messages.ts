import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker rm`: its flags in --help, its hints and the sentences of its "What happened" note. */
export const rmCommandMessages = defineMessages(
  {
    flags: {
      force: 'Force the removal of a running container (uses SIGKILL)',
      volumes: 'Remove anonymous volumes associated with the container',
    },
    removed: (force: boolean, volumes: boolean): string =>
      `The daemon deleted each container${force ? ' (killing a running one with SIGKILL first, with no grace period)' : ''} and its writable layer: whatever the container wrote outside a volume is gone${
        volumes ? ', and so are its anonymous volumes' : '; its volumes are kept (-v also removes the anonymous ones)'
      }. The image is untouched.`,
    emptyName: 'Container name cannot be empty',
    get notFoundHint() {
      return `See the containers and their names with '${dockerCommand('ps -a')}'.`;
    },
    runningHint: "Stop it first with 'docker stop', or add -f to kill and remove it at once.",
  },
  {
    flags: {
      force: '실행 중인 컨테이너도 강제로 지우기 (SIGKILL 사용)',
      volumes: '컨테이너에 딸린 익명 볼륨도 지우기',
    },
    removed: (force: boolean, volumes: boolean): string =>
      `데몬이 각 컨테이너${force ? '(실행 중이면 유예 시간 없이 SIGKILL로 먼저 종료)' : ''}와 그 쓰기 가능한 레이어를 지웠습니다. 컨테이너가 볼륨 밖에 쓴 것은 모두 사라졌고, ${
        volumes ? '익명 볼륨도 함께 지워졌습니다' : '볼륨은 남아 있습니다 (-v를 주면 익명 볼륨도 지웁니다)'
      }. 이미지는 그대로입니다.`,
    emptyName: '컨테이너 이름이 비어 있습니다',
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}'로 컨테이너와 그 이름을 확인하세요.`;
    },
    runningHint: "먼저 'docker stop'으로 멈추거나, -f를 붙여 강제로 종료하고 바로 지우세요.",
  },
);
