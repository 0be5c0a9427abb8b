import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker tag`: its refusals and the sentence of its "What happened" note. */
export const tagCommandMessages = defineMessages(
  {
    flags: {},
    tagged: (target: string): string =>
      `The daemon added the name ${target} to the image the source names: nothing was copied, and both names now show the same IMAGE ID in 'docker images'. Removing one name later (docker rmi) leaves the image to the other.`,
    digestTarget: 'refusing to create a tag with a digest reference',
    digestHint: 'A digest names content and cannot be given to another image; write a tag instead, like app:1.0.',
    get notFoundHint() {
      return `See the images and their names with '${dockerCommand('images')}'.`;
    },
  },
  {
    flags: {},
    tagged: (target: string): string =>
      `데몬이 원본이 가리키는 이미지에 ${target} 이름을 더했습니다. 아무것도 복사되지 않았고, 'docker images'에서 두 이름은 같은 IMAGE ID로 보입니다. 나중에 한 이름을 지워도 (docker rmi) 이미지는 다른 이름으로 남습니다.`,
    digestTarget: '다이제스트 참조로는 태그를 만들 수 없습니다',
    digestHint: '다이제스트는 내용을 가리키는 이름이라 다른 이미지에 붙일 수 없습니다. app:1.0 같은 태그를 쓰세요.',
    get notFoundHint() {
      return `'${dockerCommand('images')}'로 이미지와 그 이름을 확인하세요.`;
    },
  },
);
