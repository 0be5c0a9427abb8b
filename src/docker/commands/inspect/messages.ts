import { defineMessages } from '../../../i18n/index.js';

type Kind = 'container' | 'image' | 'network' | 'volume';

/** `docker inspect`: its flags in --help, its refusals, and the sentence of its "What happened" note. */
export const inspectCommandMessages = defineMessages(
  {
    flags: {
      format: "Format output using a custom template: 'json' prints JSON on one line, 'TEMPLATE' a Go template (docktutor evaluates .Field, json, index, range and if)",
      size: 'Display total file sizes if the type is container',
      type: 'Only inspect objects of the given type',
    },
    typeNotTaught: (type: string) => `docktutor's inspect reads containers, images, networks and volumes; for --type ${type} use the docker CLI`,
    typeNotTaughtHint: 'Swarm objects and plugins are outside what docktutor teaches.',
    kind: { container: 'container', image: 'image', network: 'network', volume: 'volume' } satisfies Record<Kind, string>,
    list: (kinds: string[]) => kinds.join(' and '),
    described: (what: string, template: boolean) =>
      template
        ? `The daemon described the ${what} as JSON; the client filled in the -f template from it (the template never reaches the daemon).`
        : `The daemon described the ${what} as JSON, and the client printed that JSON as it came, indented.`,
    searched: ' Without --type the client asks for a container first, then an image, a network and a volume, and keeps the first the daemon knows.',
    noneFound: (kinds: string) => `The daemon knew no ${kinds} by that name.`,
    anyKind: 'container, image, network or volume',
  },
  {
    flags: {
      format: "사용자 지정 템플릿으로 출력 형식 지정: 'json'은 JSON 한 줄, 'TEMPLATE'은 Go 템플릿 (docktutor는 .필드, json, index, range, if를 계산)",
      size: '타입이 컨테이너이면 전체 파일 크기 보기',
      type: '지정한 타입의 객체만 보기',
    },
    typeNotTaught: (type: string) => `docktutor의 inspect는 컨테이너, 이미지, 네트워크, 볼륨을 읽습니다. --type ${type}에는 docker CLI를 쓰세요`,
    typeNotTaughtHint: '스웜 객체와 플러그인은 docktutor가 다루는 범위 밖입니다.',
    kind: { container: '컨테이너', image: '이미지', network: '네트워크', volume: '볼륨' },
    // 컨테이너, 이미지 and 네트워크 end in a vowel (와), 볼륨 in a consonant (과).
    list: (kinds: string[]) => kinds.map((kind, index) => (index < kinds.length - 1 ? `${kind}${kind.endsWith('볼륨') ? '과' : '와'}` : kind)).join(' '),
    described: (what: string, template: boolean) =>
      template
        ? `데몬이 ${what}의 정보를 JSON으로 알려 주었고, 클라이언트가 그 JSON으로 -f 템플릿을 채웠습니다(템플릿은 데몬에 전달되지 않습니다).`
        : `데몬이 ${what}의 정보를 JSON으로 알려 주었고, 클라이언트가 그 JSON을 그대로 들여 써서 출력했습니다.`,
    searched: ' --type이 없으면 클라이언트는 컨테이너, 이미지, 네트워크, 볼륨 순으로 물어보고 데몬이 처음 아는 것을 씁니다.',
    noneFound: (kinds: string) => `데몬은 그 이름의 ${kinds}을(를) 알지 못했습니다.`,
    anyKind: '컨테이너, 이미지, 네트워크, 볼륨',
  },
);
