/** Containers an earlier step made and a later one needs; names already taken. */
import { defineMessages } from './index.js';

export const needsMessages = defineMessages(
  {
    noSuchStep: (step: string, lesson: string) => `lesson ${lesson} has no step ${step} to make the container again`,
    notOurs: (name: string) => `a container named ${name} exists, but docktutor did not create it, so docktutor leaves it alone`,
    notOursHint: (name: string) => `remove or rename it yourself (docker rm -f ${name}, or docker rename ${name} another-name), then try again`,
  },
  {
    noSuchStep: (step: string, lesson: string) => `${lesson} 레슨에는 컨테이너를 다시 만들 ${step} 단계가 없습니다`,
    notOurs: (name: string) => `${name}(이)라는 컨테이너가 있지만 docktutor가 만든 것이 아니라서 건드리지 않습니다`,
    notOursHint: (name: string) => `직접 지우거나 이름을 바꾼 뒤(docker rm -f ${name} 또는 docker rename ${name} 다른-이름) 다시 해 보세요`,
  },
);
