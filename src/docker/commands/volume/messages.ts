import { defineMessages } from '../../../i18n/index.js';

/** `docker volume create|ls|inspect|rm`: flags in --help, hints, and the sentences of their notes. */
export const volumeMessages = defineMessages(
  {
    flags: {
      create: { driver: 'Specify volume driver name (default "local")', label: 'Set metadata for a volume', opt: 'Set driver specific options' },
      ls: { filter: 'Provide filter values (e.g. "dangling=true")', quiet: 'Only display volume names' },
      inspect: { format: "Format output using a custom template: 'json' prints JSON on one line, 'TEMPLATE' a Go template (docktutor evaluates .Field, json, index, range and if)" },
      rm: { force: 'Force the removal of one or more volumes' },
    },
    created: (name: string, driver: string) =>
      `The daemon created ${name === '' ? 'a volume named by a random ID' : `the volume ${name}`} with the ${driver} driver: storage it manages apart from any container, kept until the volume is removed (a volume already so named is handed back as it is).`,
    listed: 'The daemon listed its volumes; a volume is listed whether or not a container uses it, since it lives apart from containers.',
    inspected: (template: boolean): string =>
      template
        ? 'The daemon described the volume as JSON; the client filled in the -f template from it.'
        : "The daemon described the volume as JSON; Mountpoint is the folder on the daemon's machine that holds the data (inside the virtual machine on Docker Desktop).",
    removed: 'The daemon deleted the volume and the data in it; that cannot be undone.',
    inUse: 'The daemon refused: a container still uses the volume (a stopped one counts too). Remove the container first, then the volume.',
    missing: 'The daemon has no volume by that name.',
    inUseHint: (name: string) => `'docktutor try docker ps -a --filter volume=${name}' lists the containers that use it; remove them first.`,
    missingHint: "'docktutor try docker volume ls' lists the volumes there are.",
  },
  {
    flags: {
      create: { driver: '볼륨 드라이버 이름 지정 (기본값 "local")', label: '볼륨에 메타데이터 설정', opt: '드라이버별 옵션 설정' },
      ls: { filter: '필터 값 지정 (예: "dangling=true")', quiet: '볼륨 이름만 보기' },
      inspect: { format: "사용자 지정 템플릿으로 출력 형식 지정: 'json'은 JSON 한 줄, 'TEMPLATE'은 Go 템플릿 (docktutor는 .필드, json, index, range, if를 계산)" },
      rm: { force: '볼륨 하나 이상을 강제로 삭제' },
    },
    created: (name: string, driver: string) =>
      `데몬이 ${driver} 드라이버로 ${name === '' ? '무작위 ID를 이름으로 붙인 볼륨을' : `볼륨 ${name}을(를)`} 만들었습니다. 어느 컨테이너에도 속하지 않고 데몬이 따로 관리하는 저장 공간이며, 볼륨을 삭제할 때까지 남습니다(같은 이름의 볼륨이 이미 있으면 그 볼륨을 그대로 돌려줍니다).`,
    listed: '데몬이 볼륨 목록을 알려 주었습니다. 볼륨은 컨테이너와 따로 존재하므로 쓰는 컨테이너가 없어도 목록에 나옵니다.',
    inspected: (template: boolean): string =>
      template
        ? '데몬이 볼륨의 정보를 JSON으로 알려 주었고, 클라이언트가 그 JSON으로 -f 템플릿을 채웠습니다.'
        : '데몬이 볼륨의 정보를 JSON으로 알려 주었습니다. Mountpoint는 데몬이 있는 머신에서 데이터를 담은 폴더입니다(Docker Desktop에서는 가상 머신 안).',
    removed: '데몬이 볼륨과 그 안의 데이터를 삭제했습니다. 되돌릴 수 없습니다.',
    inUse: '데몬이 거절했습니다. 아직 이 볼륨을 쓰는 컨테이너가 있습니다(멈춘 컨테이너도 포함). 컨테이너를 먼저 삭제한 다음 볼륨을 삭제하세요.',
    missing: '데몬에 그 이름의 볼륨이 없습니다.',
    inUseHint: (name: string) => `'docktutor try docker ps -a --filter volume=${name}'로 이 볼륨을 쓰는 컨테이너를 확인하고 먼저 삭제하세요.`,
    missingHint: "'docktutor try docker volume ls'로 있는 볼륨을 확인하세요.",
  },
);
