import { defineMessages } from '../../../i18n/index.js';

/** `docker push`: its flags in --help and the sentences of its "What happened" note. */
export const pushCommandMessages = defineMessages(
  {
    flags: {
      'all-tags': 'Push all tags of an image to the repository',
      'quiet': 'Suppress verbose output',
    },
    explained: "The daemon uploaded the image's layers the registry did not have yet, then its manifest.",
  },
  {
    flags: {
      'all-tags': '이미지의 모든 태그를 저장소에 올리기',
      'quiet': '자세한 출력을 숨김',
    },
    explained: '데몬이 레지스트리에 없던 레이어를 올린 뒤 매니페스트를 올렸습니다.',
  },
);
