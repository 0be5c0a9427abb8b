import { defineMessages } from './index.js';

/** Messages shared by the container commands and the engine layer: filters, attaching to a container, programs that cannot start. */
export const containerMessages = defineMessages(
  {
    badFilter: (entry: string) => `bad format of filter '${entry}' (expected name=value)`,
    badFilterHint: "write each filter as key=value, for example --filter status=exited or -f name=web",
    filterKeysHint: (keys: string) => `the filter keys this command supports: ${keys} (write them as key=value)`,
    notExecutableHint: 'the command must be a program inside the image; check its spelling, or run a shell such as sh instead',
    interrupted: 'Interrupted: sending SIGINT to the container (press Ctrl-C again to kill it).',
    notATerminal: 'the input device is not a TTY',
    notATerminalHint: 'run -it in a terminal; with piped input use -i without -t',
  },
  {
    badFilter: (entry: string) => `필터 '${entry}'의 형식이 잘못되었습니다 (이름=값 형식이어야 함)`,
    badFilterHint: '필터는 키=값 으로 쓰세요. 예: --filter status=exited 또는 -f name=web',
    filterKeysHint: (keys: string) => `이 명령이 지원하는 필터 키: ${keys} (키=값 으로 쓰세요)`,
    notExecutableHint: '명령은 이미지 안에 있는 프로그램이어야 합니다. 철자를 확인하거나 sh 같은 셸을 대신 실행해 보세요',
    interrupted: '중단: 컨테이너에 SIGINT를 보냅니다 (한 번 더 Ctrl-C를 누르면 강제로 종료합니다).',
    notATerminal: '입력 장치가 TTY(터미널)가 아닙니다',
    notATerminalHint: '-it는 터미널에서 실행하세요. 입력을 파이프로 넘길 때는 -t 없이 -i만 쓰세요',
  },
);
