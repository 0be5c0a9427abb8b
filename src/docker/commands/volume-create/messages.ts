import { defineMessages } from '../../../i18n/index.js';

/** `docker volume create`: its flags in --help and the sentence of its "What happened" note. */
export const volumeCreateCommandMessages = defineMessages(
  {
    flags: { driver: 'Specify volume driver name (default "local")', label: 'Set metadata for a volume', opt: 'Set driver specific options' },
    created: (name: string, driver: string) =>
      `The daemon created ${name === '' ? 'a volume named by a random ID' : `the volume ${name}`} with the ${driver} driver: storage it manages apart from any container, kept until the volume is removed (a volume already so named is handed back as it is).`,
  },
  {
    flags: { driver: '볼륨 드라이버 이름 지정 (기본값 "local")', label: '볼륨에 메타데이터 설정', opt: '드라이버별 옵션 설정' },
    created: (name: string, driver: string) =>
      `데몬이 ${driver} 드라이버로 ${name === '' ? '무작위 ID를 이름으로 붙인 볼륨을' : `볼륨 ${name}을(를)`} 만들었습니다. 어느 컨테이너에도 속하지 않고 데몬이 따로 관리하는 저장 공간이며, 볼륨을 삭제할 때까지 남습니다(같은 이름의 볼륨이 이미 있으면 그 볼륨을 그대로 돌려줍니다).`,
  },
);
