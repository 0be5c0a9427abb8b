import { defineMessages } from '../../../i18n/index.js';

const list = (steps: number[]) => steps.join(', ');
const plural = (steps: number[]) => (steps.length === 1 ? 'step' : 'steps');

/** `docker build`: its flags in --help and the sentences of its "What happened" note. */
export const buildCommandMessages = defineMessages(
  {
    flags: {
      'build-arg': 'Set build-time variables',
      'file': "Name of the Dockerfile (default: 'PATH/Dockerfile')",
      'no-cache': 'Do not use cache when building the image',
      'progress': 'Set type of progress output ("auto", "quiet", "plain", "tty"). Use plain to show container output',
      'pull': 'Always attempt to pull a newer version of the image',
      'quiet': 'Suppress the build output and print the image ID on success',
      'tag': "Name and optionally a tag in the 'name:tag' format",
      'target': 'Set the target build stage to build',
    },
    /** What BuildKit did with the Dockerfile's steps (FROM aside). */
    steps: (ran: number[], cached: number[]): string =>
      [ran.length ? `${plural(ran)} ${list(ran)} ran` : '', cached.length ? `${plural(cached)} ${list(cached)} came from BuildKit's cache (CACHED)` : '']
        .filter(Boolean)
        .join('; '),
    built: (steps: string) => `BuildKit built the image${steps ? `: ${steps}` : ''}.`,
    failedStep: (name: string, code: number | undefined) =>
      `BuildKit stopped at ${name}${code === undefined ? '' : `, whose command exited with code ${code}`}; docker reports a failed BuildKit build with exit code 1.`,
    failedEarly: 'BuildKit stopped before any step failed (the ERROR line above says why: often a Dockerfile mistake or a file missing from the context); docker exits with 1.',
    context: (files: number, size: string) =>
      `The context went up whole, as one tar of ${files} ${files === 1 ? 'file' : 'files'} (${size}), like 'docker build - < context.tar'; the docker CLI lets BuildKit fetch only the files the build uses, and only those that changed.`,
    noNetwork: 'RUN steps had no network (networkmode=none, as with --network none): this daemon has no default bridge network.',
    labels: "docktutor's io.docktutor.* labels went into the image's configuration; BuildKit adds no step for them.",
    legacyExplained: 'The daemon received the build context as a tar archive and ran the Dockerfile step by step, each step a cached layer.',
    legacyLabels:
      "docktutor added its io.docktutor.* labels as a final metadata step (no files, 0 B), which is why the image ID differs from the last step's.",
    legacyEnv: 'The legacy builder ran (DOCKER_BUILDKIT=0).',
    legacyDaemon: 'The daemon does not offer BuildKit, so the legacy builder ran.',
  },
  {
    flags: {
      'build-arg': '빌드 시점 변수 설정',
      'file': "Dockerfile 이름 (기본값: 'PATH/Dockerfile')",
      'no-cache': '이미지를 빌드할 때 캐시를 쓰지 않음',
      'progress': '진행 출력 방식 ("auto", "quiet", "plain", "tty"). 컨테이너 출력을 보려면 plain',
      'pull': '항상 더 새로운 이미지를 받으려고 시도',
      'quiet': '빌드 출력을 숨기고 성공하면 이미지 ID만 출력',
      'tag': "'이름:태그' 형식의 이름과 (선택) 태그",
      'target': '빌드할 대상 단계 지정',
    },
    steps: (ran: number[], cached: number[]): string => {
      const ranText = ran.length ? `${list(ran)}단계는 실행되었` : '';
      const cachedText = cached.length ? `${list(cached)}단계는 BuildKit 캐시에서 가져왔습니다(CACHED)` : '';
      if (ranText && cachedText) return `${ranText}고 ${cachedText}`;
      return ranText ? `${ranText}습니다` : cachedText;
    },
    built: (steps: string) => (steps ? `BuildKit이 이미지를 빌드했습니다: ${steps}.` : 'BuildKit이 이미지를 빌드했습니다.'),
    failedStep: (name: string, code: number | undefined) =>
      `BuildKit은 ${name} 단계에서 멈췄습니다${code === undefined ? '' : `(명령의 종료 코드 ${code})`}. docker는 실패한 BuildKit 빌드를 종료 코드 1로 알립니다.`,
    failedEarly: 'BuildKit은 단계를 실행하기 전에 멈췄습니다(이유는 위의 ERROR 줄에 있습니다. Dockerfile의 실수나 컨텍스트에 없는 파일인 경우가 많습니다). docker는 1로 종료합니다.',
    context: (files: number, size: string) =>
      `빌드 컨텍스트는 파일 ${files}개(${size})를 담은 tar 하나로 통째로 올라갔습니다('docker build - < context.tar'와 같습니다). docker CLI는 BuildKit이 빌드에 쓰는 파일만, 그것도 바뀐 것만 가져가게 합니다.`,
    noNetwork: 'RUN 단계는 네트워크 없이 실행되었습니다(networkmode=none, --network none과 같음). 지금 데몬에는 기본 브리지 네트워크가 없습니다.',
    labels: 'docktutor의 io.docktutor.* 레이블은 이미지 설정에 들어갔습니다. BuildKit은 레이블 때문에 단계를 더하지 않습니다.',
    legacyExplained: '데몬이 빌드 컨텍스트를 tar 아카이브로 받아 Dockerfile을 한 단계씩 실행했습니다. 각 단계는 캐시되는 레이어입니다.',
    legacyLabels:
      'docktutor가 마지막 메타데이터 단계로 io.docktutor.* 레이블을 붙였습니다 (파일 없음, 0 B). 그래서 이미지 ID가 마지막 단계의 ID와 다릅니다.',
    legacyEnv: '레거시 빌더가 실행되었습니다(DOCKER_BUILDKIT=0).',
    legacyDaemon: '데몬이 BuildKit을 제공하지 않아 레거시 빌더가 실행되었습니다.',
  },
);
