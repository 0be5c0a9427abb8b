import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker rmi`: its flags in --help, its hints and the sentence of its "What happened" note. */
export const rmiCommandMessages = defineMessages(
  {
    flags: {
      'force': 'Force removal of the image',
      'no-prune': 'Do not delete untagged parents',
    },
    removed:
      'The daemon removed each name (Untagged). An image whose last name went and that no container uses was deleted too (Deleted), with every layer no other image shares; a layer another image still uses stays.',
    get notFoundHint() {
      return `See the images and their names with '${dockerCommand('images')}'.`;
    },
    inUseHint: "Something still uses the image: remove the containers made from it first ('docker ps -a' lists them), or add -f.",
  },
  {
    flags: {
      'force': '이미지를 강제로 지우기',
      'no-prune': '태그 없는 부모 이미지는 지우지 않기',
    },
    removed:
      '데몬이 각 이름을 지웠습니다 (Untagged). 마지막 이름이 사라지고 어떤 컨테이너도 쓰지 않는 이미지는 함께 지워졌고 (Deleted), 다른 이미지와 공유하지 않는 레이어도 모두 지워졌습니다. 다른 이미지가 아직 쓰는 레이어는 남습니다.',
    get notFoundHint() {
      return `'${dockerCommand('images')}'로 이미지와 그 이름을 확인하세요.`;
    },
    inUseHint: "아직 이 이미지를 쓰는 것이 있습니다. 그 이미지로 만든 컨테이너를 먼저 지우거나 ('docker ps -a'로 볼 수 있습니다) -f를 붙이세요.",
  },
);
