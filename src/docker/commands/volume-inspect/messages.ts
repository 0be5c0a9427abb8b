import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker volume inspect`: its flag in --help, a hint, and the sentences of its "What happened" note. */
export const volumeInspectCommandMessages = defineMessages(
  {
    flags: {
      format: "Format output using a custom template: 'json' prints JSON on one line, 'TEMPLATE' a Go template (docktutor evaluates .Field, json, index, range and if)",
    },
    inspected: (template: boolean): string =>
      template
        ? 'The daemon described the volume as JSON; the client filled in the -f template from it.'
        : "The daemon described the volume as JSON; Mountpoint is the folder on the daemon's machine that holds the data (inside the virtual machine on Docker Desktop).",
    missing: 'The daemon has no volume by that name.',
    get missingHint() {
      return `'${dockerCommand('volume ls')}' lists the volumes there are.`;
    },
  },
  {
    flags: {
      format: "사용자 지정 템플릿으로 출력 형식 지정: 'json'은 JSON 한 줄, 'TEMPLATE'은 Go 템플릿 (docktutor는 .필드, json, index, range, if를 계산)",
    },
    inspected: (template: boolean): string =>
      template
        ? '데몬이 볼륨의 정보를 JSON으로 알려 주었고, 클라이언트가 그 JSON으로 -f 템플릿을 채웠습니다.'
        : '데몬이 볼륨의 정보를 JSON으로 알려 주었습니다. Mountpoint는 데몬이 있는 머신에서 데이터를 담은 폴더입니다(Docker Desktop에서는 가상 머신 안).',
    missing: '데몬에 그 이름의 볼륨이 없습니다.',
    get missingHint() {
      return `'${dockerCommand('volume ls')}'로 있는 볼륨을 확인하세요.`;
    },
  },
);
