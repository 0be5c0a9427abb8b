import { defineMessages } from '../../../i18n/index.js';

/** `docker images`: its flags in --help and the sentence of its "What happened" note. */
export const imagesMessages = defineMessages(
  {
    flags: {
      'all': 'Show all images (by default intermediate layers are hidden)',
      'digests': 'Show digests',
      'filter': 'Filter output based on conditions provided (key=value)',
      'no-trunc': "Don't truncate output",
      'quiet': 'Only show image IDs',
    },
    listed: 'The daemon listed the images in its local store, newest first; one image can appear once per tag.',
  },
  {
    flags: {
      'all': '모든 이미지 보기 (기본값은 중간 레이어를 숨김)',
      'digests': '다이제스트 보기',
      'filter': '조건으로 출력 거르기 (키=값)',
      'no-trunc': '출력을 자르지 않음',
      'quiet': '이미지 ID만 보기',
    },
    listed: '데몬이 로컬 저장소의 이미지를 최신순으로 알려 주었습니다. 한 이미지는 태그마다 한 줄씩 나올 수 있습니다.',
  },
);
