import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker history`: its flags in --help and the sentences of its "What happened" note. */
export const historyCommandMessages = defineMessages(
  {
    flags: {
      'human': 'Print sizes and dates in human readable format (default true)',
      'no-trunc': "Don't truncate output",
      'quiet': 'Only show image IDs',
    },
    listed:
      "The daemon read the image's history from its configuration, newest step first: each instruction that built it, with the size of the layer it added (0B when it changed no files, as CMD and ENV never do). <missing> marks a step whose intermediate image is not stored here, as with any pulled image.",
    get notFoundHint() {
      return `See the images and their names with '${dockerCommand('images')}'.`;
    },
  },
  {
    flags: {
      'human': '크기와 날짜를 읽기 쉬운 형식으로 보기 (기본값 true)',
      'no-trunc': '출력을 자르지 않음',
      'quiet': '이미지 ID만 보기',
    },
    listed:
      '데몬이 이미지 설정에 담긴 히스토리를 최신 단계부터 알려 주었습니다. 이미지를 만든 명령어마다 그 명령어가 더한 레이어의 크기가 나옵니다 (파일을 바꾸지 않은 단계는 0B이며, CMD와 ENV는 늘 0B입니다). <missing>은 중간 이미지가 이곳에 저장되어 있지 않은 단계로, 내려받은 이미지라면 늘 그렇습니다.',
    get notFoundHint() {
      return `'${dockerCommand('images')}'로 이미지와 그 이름을 확인하세요.`;
    },
  },
);
