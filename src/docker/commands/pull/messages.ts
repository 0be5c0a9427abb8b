import { defineMessages } from '../../../i18n/index.js';

/** `docker pull`: its flags in --help and the sentences of its "What happened" note. */
export const pullCommandMessages = defineMessages(
  {
    flags: {
      'all-tags': 'Download all tagged images in the repository',
      'quiet': 'Suppress verbose output',
    },
    explained: "The daemon downloaded the image's manifest and the layers it did not have yet from the registry.",
    upToDate: "The daemon asked the registry for the image's manifest; it had every layer the manifest lists already, so it downloaded nothing.",
  },
  {
    flags: {
      'all-tags': '저장소의 모든 태그 이미지 내려받기',
      'quiet': '자세한 출력을 숨김',
    },
    explained: '데몬이 레지스트리에서 이미지의 매니페스트와 아직 없던 레이어를 내려받았습니다.',
    upToDate: '데몬이 레지스트리에 이미지의 매니페스트를 요청했고, 매니페스트에 있는 레이어를 이미 모두 갖고 있어서 아무것도 내려받지 않았습니다.',
  },
);
