/**
 * docktutor's own words when a BuildKit build cannot start: a bad DOCKER_BUILDKIT or --progress. What
 * docker itself prints (`#5 CACHED`, `ERROR: failed to solve: ...`) stays in the code that prints it.
 */
import { defineMessages } from './index.js';

export const buildkitMessages = defineMessages(
  {
    badBuildkitEnv: (value: string) =>
      `DOCKER_BUILDKIT environment variable expects boolean value: strconv.ParseBool: parsing "${value}": invalid syntax`,
    badBuildkitEnvHint: 'Set DOCKER_BUILDKIT=1 for BuildKit or DOCKER_BUILDKIT=0 for the legacy builder, or unset it.',
    badProgress: (mode: string) => `invalid progress mode ${mode}`,
    ttyNeedsTerminal: 'failed to get console: --progress=tty needs a terminal, and the output is not one.',
    progressHint: 'Use --progress=plain (numbered lines), --progress=tty (live view, terminal only) or --progress=auto.',
  },
  {
    badBuildkitEnv: (value: string) =>
      `DOCKER_BUILDKIT 환경 변수에는 불리언 값이 필요합니다: strconv.ParseBool: "${value}"을(를) 해석할 수 없습니다`,
    badBuildkitEnvHint: 'BuildKit을 쓰려면 DOCKER_BUILDKIT=1, 레거시 빌더를 쓰려면 DOCKER_BUILDKIT=0으로 설정하거나, 변수를 지우세요.',
    badProgress: (mode: string) => `잘못된 진행 표시 방식입니다: ${mode}`,
    ttyNeedsTerminal: '콘솔을 얻지 못했습니다: --progress=tty는 터미널에서만 쓸 수 있는데, 지금 출력은 터미널이 아닙니다.',
    progressHint: '--progress=plain(번호가 붙은 줄), --progress=tty(실시간 화면, 터미널 전용), --progress=auto 중에서 고르세요.',
  },
);
