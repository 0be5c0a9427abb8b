import { defineMessages } from '../../../i18n/index.js';

/** `docker system df`: the sentence of its "What happened" note. */
export const systemDfCommandMessages = defineMessages(
  {
    counted:
      'The daemon added up the disk space of its images, containers, local volumes and build cache (it walks every layer and volume, so this can take a while); RECLAIMABLE is what nothing uses (images and volumes no container refers to, running or stopped; the writable layers of stopped containers; idle build cache), the space the prune commands could free.',
  },
  {
    counted:
      '데몬이 이미지, 컨테이너, 로컬 볼륨, 빌드 캐시가 차지하는 디스크 공간을 합산했습니다(모든 레이어와 볼륨을 훑으므로 시간이 걸릴 수 있습니다). RECLAIMABLE은 아무것도 쓰지 않는 공간(실행 중이든 멈췄든 어떤 컨테이너도 참조하지 않는 이미지와 볼륨, 멈춘 컨테이너의 쓰기 가능한 레이어, 쓰이지 않는 빌드 캐시)으로, prune 명령으로 확보할 수 있는 크기입니다.',
  },
);
