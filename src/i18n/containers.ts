import { defineMessages } from './index.js';
import { commandName, dockerCommand } from '../command-name.js';

/** Messages shared by the container commands and the engine layer: filters, attaching to a container, programs that cannot start. */
export const containerMessages = defineMessages(
  {
    badFilter: (entry: string) => `bad format of filter '${entry}' (expected name=value)`,
    badFilterHint: "write each filter as key=value, for example --filter status=exited or -f name=web",
    filterKeysHint: (keys: string) => `the filter keys this command supports: ${keys} (write them as key=value)`,
    notExecutableHint: 'the command must be a program inside the image; check its spelling, or run a shell such as sh instead',
    interrupted: 'Interrupted: sending SIGINT to the container (press Ctrl-C again to kill it).',
    get backgroundTip() {
      return `Tip: ${dockerCommand('run -d')} starts a container in the background and gives the prompt back at once; ${dockerCommand('stop NAME')} stops it later.`;
    },
    notATerminal: 'the input device is not a TTY',
    notATerminalHint: 'run -it in a terminal; with piped input use -i without -t',
    waitFailed: (reason: string) => `error waiting for container: ${reason}`,
    waitNoStatus: "the daemon's answer carried no exit code (StatusCode)",
    daemonGoneNote: 'The daemon started the process, then stopped answering before it ended: there is no exit code to report, and the container may still be running.',
    get daemonGoneHint() {
      return `the Docker daemon stopped answering while the container ran; check that it is still running (${commandName()} doctor), then look at the container with ${dockerCommand('ps -a')}`;
    },
    execDaemonGone: (reason: string) => `the Docker daemon went away while the command ran in the container (${reason}); its exit code is unknown`,
  },
  {
    badFilter: (entry: string) => `필터 '${entry}'의 형식이 잘못되었습니다 (이름=값 형식이어야 함)`,
    badFilterHint: '필터는 키=값 으로 쓰세요. 예: --filter status=exited 또는 -f name=web',
    filterKeysHint: (keys: string) => `이 명령이 지원하는 필터 키: ${keys} (키=값 으로 쓰세요)`,
    notExecutableHint: '명령은 이미지 안에 있는 프로그램이어야 합니다. 철자를 확인하거나 sh 같은 셸을 대신 실행해 보세요',
    interrupted: '중단: 컨테이너에 SIGINT를 보냅니다 (한 번 더 Ctrl-C를 누르면 강제로 종료합니다).',
    get backgroundTip() {
      return `팁: ${dockerCommand('run -d')}로 시작하면 컨테이너가 백그라운드에서 실행되고 프롬프트가 바로 돌아옵니다. 나중에 ${dockerCommand('stop 이름')}으로 멈출 수 있습니다.`;
    },
    notATerminal: '입력 장치가 TTY(터미널)가 아닙니다',
    notATerminalHint: '-it는 터미널에서 실행하세요. 입력을 파이프로 넘길 때는 -t 없이 -i만 쓰세요',
    waitFailed: (reason: string) => `error waiting for container: ${reason}`,
    waitNoStatus: '데몬의 응답에 종료 코드(StatusCode)가 없습니다',
    daemonGoneNote: '데몬이 프로세스를 시작한 뒤, 프로세스가 끝나기 전에 응답을 멈췄습니다. 알려 줄 종료 코드가 없고, 컨테이너는 아직 실행 중일 수 있습니다.',
    get daemonGoneHint() {
      return `컨테이너가 실행되는 동안 Docker 데몬이 응답을 멈췄습니다. 데몬이 아직 실행 중인지 확인하고 (${commandName()} doctor), ${dockerCommand('ps -a')}로 컨테이너를 살펴보세요`;
    },
    execDaemonGone: (reason: string) => `컨테이너에서 명령이 실행되는 동안 Docker 데몬이 사라졌습니다 (${reason}). 종료 코드는 알 수 없습니다`,
  },
);
