import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker volume rm`: its flag in --help, hints, and the sentences of its "What happened" note. */
export const volumeRmCommandMessages = defineMessages(
  {
    flags: { force: 'Force the removal of one or more volumes' },
    removed: 'The daemon deleted the volume and the data in it; that cannot be undone.',
    inUse: 'The daemon refused: a container still uses the volume (a stopped one counts too). Remove the container first, then the volume.',
    missing: 'The daemon has no volume by that name.',
    inUseHint: (name: string) => `'${dockerCommand(`ps -a --filter volume=${name}`)}' lists the containers that use it; remove them first.`,
    get missingHint() {
      return `'${dockerCommand('volume ls')}' lists the volumes there are.`;
    },
  },
  {
    flags: { force: '볼륨 하나 이상을 강제로 삭제' },
    removed: '데몬이 볼륨과 그 안의 데이터를 삭제했습니다. 되돌릴 수 없습니다.',
    inUse: '데몬이 거절했습니다. 아직 이 볼륨을 쓰는 컨테이너가 있습니다(멈춘 컨테이너도 포함). 컨테이너를 먼저 삭제한 다음 볼륨을 삭제하세요.',
    missing: '데몬에 그 이름의 볼륨이 없습니다.',
    inUseHint: (name: string) => `'${dockerCommand(`ps -a --filter volume=${name}`)}'로 이 볼륨을 쓰는 컨테이너를 확인하고 먼저 삭제하세요.`,
    get missingHint() {
      return `'${dockerCommand('volume ls')}'로 있는 볼륨을 확인하세요.`;
    },
  },
);
