import { defineMessages } from './index.js';

/** Messages of the live docker commands docktutor runs itself (run, exec, ps, images, version, info). */
export const runMessages = defineMessages(
  {
    badFilter: (entry: string) => `bad format of filter '${entry}' (expected name=value)`,
    badFilterHint: "write each filter as key=value, for example --filter status=exited or -f name=web",
    filterKeysHint: (keys: string) => `the filter keys this command supports: ${keys} (write them as key=value)`,
    nameInUseHint: (name: string) =>
      `remove the old container with 'docker rm -f ${name}' (or 'docktutor clean' if docktutor created it), or pick another --name`,
    noSuchImageHint: (image: string) =>
      `check the image name and tag with 'docktutor try docker images', or pull it first with 'docktutor try docker pull ${image}'`,
    pullFailedHint: 'docker run pulls a missing image from its registry; check the name, the registry address and your network, or log in first',
    notExecutableHint: 'the command must be a program inside the image; check its spelling, or run a shell such as sh instead',
    execNotExecutable: (program: string, container: string, code: number) =>
      `'${program}' could not be started inside ${container}: no such program there, or it is not executable (exit code ${code}).`,
    runFailedHint: "check the flags and the image; 'docktutor try docker run --help' lists what is supported",
    noSuchContainerHint: "list the containers with 'docktutor try docker ps -a' and use one of their names or IDs",
    notRunningHint: (container: string) =>
      `exec only works in a running container; '${container}' has stopped. Start a long-running one, for example 'docktutor try docker run -d --name web busybox sleep 3600', and exec into it`,
    badPort: (value: string) => `invalid port mapping '${value}'`,
    badPortHint: 'write -p as [ip:][hostPort:]containerPort[/tcp|udp], for example -p 8080:80',
    badVolume: (value: string) => `invalid volume '${value}'`,
    badVolumeHint: 'write -v as /host/path:/container/path[:ro], or a volume name instead of the host path',
    interrupted: 'Interrupted: sending SIGINT to the container (press Ctrl-C again to kill it).',
    notATerminal: 'the input device is not a TTY',
    notATerminalHint: 'run -it in a terminal; with piped input use -i without -t',
  },
  {
    badFilter: (entry: string) => `필터 '${entry}'의 형식이 잘못되었습니다 (이름=값 형식이어야 함)`,
    badFilterHint: '필터는 키=값 으로 쓰세요. 예: --filter status=exited 또는 -f name=web',
    filterKeysHint: (keys: string) => `이 명령이 지원하는 필터 키: ${keys} (키=값 으로 쓰세요)`,
    nameInUseHint: (name: string) =>
      `'docker rm -f ${name}'(으)로 기존 컨테이너를 지우거나 (docktutor가 만든 것이면 'docktutor clean'), 다른 --name을 쓰세요`,
    noSuchImageHint: (image: string) =>
      `'docktutor try docker images'로 이미지 이름과 태그를 확인하거나, 'docktutor try docker pull ${image}'(으)로 먼저 내려받으세요`,
    pullFailedHint: 'docker run은 없는 이미지를 레지스트리에서 내려받습니다. 이름과 레지스트리 주소, 네트워크를 확인하거나 먼저 로그인하세요',
    notExecutableHint: '명령은 이미지 안에 있는 프로그램이어야 합니다. 철자를 확인하거나 sh 같은 셸을 대신 실행해 보세요',
    execNotExecutable: (program: string, container: string, code: number) =>
      `${container} 안에서 '${program}'을(를) 시작할 수 없습니다. 그런 프로그램이 없거나 실행할 수 없습니다 (종료 코드 ${code}).`,
    runFailedHint: "플래그와 이미지를 확인하세요. 'docktutor try docker run --help'에 지원하는 플래그가 나옵니다",
    noSuchContainerHint: "'docktutor try docker ps -a'로 컨테이너 목록을 보고 그 이름이나 ID를 쓰세요",
    notRunningHint: (container: string) =>
      `exec은 실행 중인 컨테이너에서만 됩니다. '${container}'은(는) 멈춰 있습니다. 'docktutor try docker run -d --name web busybox sleep 3600'처럼 오래 실행되는 컨테이너를 시작한 뒤 그 안에서 exec 하세요`,
    badPort: (value: string) => `포트 매핑 '${value}'이(가) 올바르지 않습니다`,
    badPortHint: '-p는 [ip:][호스트포트:]컨테이너포트[/tcp|udp] 형식으로 쓰세요. 예: -p 8080:80',
    badVolume: (value: string) => `볼륨 '${value}'이(가) 올바르지 않습니다`,
    badVolumeHint: '-v는 /호스트/경로:/컨테이너/경로[:ro] 형식으로 쓰거나, 호스트 경로 대신 볼륨 이름을 쓰세요',
    interrupted: '중단: 컨테이너에 SIGINT를 보냅니다 (한 번 더 Ctrl-C를 누르면 강제로 종료합니다).',
    notATerminal: '입력 장치가 TTY(터미널)가 아닙니다',
    notATerminalHint: '-it는 터미널에서 실행하세요. 입력을 파이프로 넘길 때는 -t 없이 -i만 쓰세요',
  },
);
