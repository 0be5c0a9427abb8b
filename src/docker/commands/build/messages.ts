import { defineMessages } from '../../../i18n/index.js';

/** `docker build`: its flags in --help and the sentences of its "What happened" note. */
export const buildCommandMessages = defineMessages(
  {
    flags: {
      'build-arg': 'Set build-time variables',
      'file': "Name of the Dockerfile (default: 'PATH/Dockerfile')",
      'no-cache': 'Do not use cache when building the image',
      'pull': 'Always attempt to pull a newer version of the image',
      'quiet': 'Suppress the build output and print the image ID on success',
      'tag': "Name and optionally a tag in the 'name:tag' format",
      'target': 'Set the target build stage to build',
    },
    explained: 'The daemon received the build context as a tar archive and ran the Dockerfile step by step, each step a cached layer.',
    labels:
      "docktutor added its io.docktutor.* labels as a final metadata step (no files, 0 B), which is why the image ID differs from the last step's.",
  },
  {
    flags: {
      'build-arg': '빌드 시점 변수 설정',
      'file': "Dockerfile 이름 (기본값: 'PATH/Dockerfile')",
      'no-cache': '이미지를 빌드할 때 캐시를 쓰지 않음',
      'pull': '항상 더 새로운 이미지를 받으려고 시도',
      'quiet': '빌드 출력을 숨기고 성공하면 이미지 ID만 출력',
      'tag': "'이름:태그' 형식의 이름과 (선택) 태그",
      'target': '빌드할 대상 단계 지정',
    },
    explained: '데몬이 빌드 컨텍스트를 tar 아카이브로 받아 Dockerfile을 한 단계씩 실행했습니다. 각 단계는 캐시되는 레이어입니다.',
    labels:
      'docktutor가 마지막 메타데이터 단계로 io.docktutor.* 레이블을 붙였습니다 (파일 없음, 0 B). 그래서 이미지 ID가 마지막 단계의 ID와 다릅니다.',
  },
);
