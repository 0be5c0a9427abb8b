/**
 * docktutor's own words around a BuildKit build: a bad DOCKER_BUILDKIT or --progress, and the "what
 * happened" sentences (which steps ran, which came from BuildKit's cache, how the context travelled).
 * What docker itself prints (`#5 CACHED`, `ERROR: failed to solve: ...`) stays in the command code.
 */
import { defineMessages } from './index.js';

/** What a BuildKit build did, for the note. */
export interface BuildkitOutcome {
  ran: number[];
  cached: number[];
  /** The step that failed: its vertex name, and the command's exit code when one was given. */
  failed?: { name: string; code?: number };
  contextFiles: number;
  contextSize: string;
  noNetwork: boolean;
}

const list = (steps: number[]) => steps.join(', ');

export const buildkitMessages = defineMessages(
  {
    badBuildkitEnv: (value: string) =>
      `DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing "${value}": invalid syntax`,
    badBuildkitEnvHint: 'Set DOCKER_BUILDKIT=1 for BuildKit or DOCKER_BUILDKIT=0 for the legacy builder, or unset it.',
    badProgress: (mode: string) => `invalid progress mode ${mode}`,
    ttyNeedsTerminal: 'failed to get console: --progress=tty needs a terminal, and the output is not one.',
    progressHint: 'Use --progress=plain (numbered lines), --progress=tty (live view, terminal only) or --progress=auto.',
    ran: (steps: number[]) => (steps.length === 0 ? '' : `step${steps.length > 1 ? 's' : ''} ${list(steps)} ran`),
    cached: (steps: number[]) => (steps.length === 0 ? '' : `step${steps.length > 1 ? 's' : ''} ${list(steps)} came from BuildKit's cache (CACHED)`),
    built: (parts: string) => `BuildKit built the image${parts ? `: ${parts}` : ''}.`,
    failed: (name: string, code: number | undefined) =>
      `BuildKit stopped at ${name}${code === undefined ? '' : `, whose command exited with code ${code}`}; docker reports a failed BuildKit build with exit code 1.`,
    context: (files: number, size: string) =>
      `The context went up whole, as one tar of ${files} file${files === 1 ? '' : 's'} (${size}), like 'docker build - < context.tar'; the docker CLI would let BuildKit fetch only the files the build uses, and only those that changed.`,
    noNetwork: 'RUN steps had no network (networkmode=none, as with --network none): this daemon has no default bridge network.',
    labels: "docktutor's io.docktutor.* labels went into the image's configuration; BuildKit adds no step for them.",
    legacy: 'The legacy builder ran (DOCKER_BUILDKIT=0).',
    legacyDaemon: 'The daemon does not offer BuildKit, so the legacy builder ran.',
  },
  {
    badBuildkitEnv: (value: string) =>
      `DOCKER_BUILDKIT 환경 변수에는 불리언 값이 필요합니다: strconv.ParseBool: "${value}"을(를) 해석할 수 없습니다`,
    badBuildkitEnvHint: 'BuildKit을 쓰려면 DOCKER_BUILDKIT=1, 레거시 빌더를 쓰려면 DOCKER_BUILDKIT=0으로 설정하거나, 변수를 지우세요.',
    badProgress: (mode: string) => `잘못된 진행 표시 방식입니다: ${mode}`,
    ttyNeedsTerminal: '콘솔을 얻지 못했습니다: --progress=tty는 터미널에서만 쓸 수 있는데, 지금 출력은 터미널이 아닙니다.',
    progressHint: '--progress=plain(번호가 붙은 줄), --progress=tty(실시간 화면, 터미널 전용), --progress=auto 중에서 고르세요.',
    ran: (steps: number[]) => (steps.length === 0 ? '' : `${list(steps)}단계는 실행되었고`),
    cached: (steps: number[]) => (steps.length === 0 ? '' : `${list(steps)}단계는 BuildKit 캐시에서 가져왔습니다(CACHED)`),
    built: (parts: string) => `BuildKit이 이미지를 빌드했습니다${parts ? `: ${parts}` : ''}.`,
    failed: (name: string, code: number | undefined) =>
      `BuildKit은 ${name}에서 멈췄습니다${code === undefined ? '' : `(명령의 종료 코드 ${code})`}. docker는 실패한 BuildKit 빌드를 종료 코드 1로 알립니다.`,
    context: (files: number, size: string) =>
      `빌드 컨텍스트는 파일 ${files}개(${size})를 담은 tar 하나로 통째로 올라갔습니다('docker build - < context.tar'와 같습니다). docker CLI라면 BuildKit이 빌드에 쓰는 파일만, 그것도 바뀐 것만 가져갑니다.`,
    noNetwork: 'RUN 단계는 네트워크 없이 실행되었습니다(networkmode=none, --network none과 같음). 지금 데몬에는 기본 브리지 네트워크가 없습니다.',
    labels: 'docktutor의 io.docktutor.* 레이블은 이미지 설정에 들어갔습니다. BuildKit은 레이블 때문에 단계를 더하지 않습니다.',
    legacy: '레거시 빌더가 실행되었습니다(DOCKER_BUILDKIT=0).',
    legacyDaemon: '데몬이 BuildKit을 제공하지 않아 레거시 빌더가 실행되었습니다.',
  },
);
