import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand, commandName } from '../../../command-name.js';

interface RunOutcome {
  image: string;
  pulled: boolean;
  detached: boolean;
  removed: boolean;
  exitCode: number;
}

/** `docker run`: its flags in --help, the sentences of its "What happened" note and its own errors. */
export const runCommandMessages = defineMessages(
  {
    flags: {
      'detach': 'Run in the background and print the container ID',
      'interactive': 'Keep STDIN open even if not attached',
      'tty': 'Allocate a pseudo-TTY',
      'rm': 'Remove the container when it exits',
      'name': 'Assign a name to the container',
      'env': 'Set environment variables',
      'publish': "Publish a container's port(s) to the host",
      'volume': 'Bind mount a volume (host-path:container-path)',
      'workdir': 'Working directory inside the container',
      'memory': 'Memory limit (b, k, m, g)',
      'cpus': 'Number of CPUs',
      'entrypoint': 'Overwrite the default ENTRYPOINT of the image',
      'network': 'Connect a container to a network',
      'mount': 'Attach a filesystem mount to the container',
      'env-file': 'Read in a file of environment variables',
      'publish-all': 'Publish all exposed ports to random ports',
      'read-only': "Mount the container's root filesystem as read only",
      'cap-add': 'Add Linux capabilities',
      'cap-drop': 'Drop Linux capabilities',
      'user': 'Username or UID (format: <name|uid>[:<group|gid>])',
    },
    explained: (o: RunOutcome): string =>
      (o.pulled ? `The daemon pulled ${o.image} from its registry, created a container from it and started it` : `The daemon created a container from ${o.image} and started it`) +
      (o.detached
        ? '; it keeps running in the background.'
        : `; docktutor streamed its output and the main process exited with code ${o.exitCode}` +
          (o.removed ? ', then docktutor removed the container (--rm).' : '.')),
    notCreated: (image: string) => `The daemon did not create a container from ${image}, so nothing was left behind.`,
    notStarted: 'The daemon created the container but could not start its command; docktutor removed it again.',
    nameInUseHint: (name: string) =>
      `remove the old container with 'docker rm -f ${name}' (or '${commandName()} clean' if docktutor created it), or pick another --name`,
    noSuchImageHint: (image: string) =>
      `check the image name and tag with '${dockerCommand('images')}', or pull it first with '${dockerCommand(`pull ${image}`)}'`,
    pullFailedHint: 'docker run pulls a missing image from its registry; check the name, the registry address and your network, or log in first',
    get runFailedHint() {
      return `check the flags and the image; '${dockerCommand('run --help')}' lists what is supported`;
    },
    badPort: (value: string) => `invalid port mapping '${value}'`,
    badPortHint: 'write -p as [ip:][hostPort:]containerPort[/tcp|udp], for example -p 8080:80',
    badVolume: (value: string) => `invalid volume '${value}'`,
    badVolumeHint: 'write -v as /host/path:/container/path[:ro], or a volume name instead of the host path',
    badMountHint: 'write --mount as type=bind|volume|tmpfs,source=...,target=/path[,readonly], for example --mount type=bind,source=./notes,target=/notes',
    envFileHint: 'an env file holds KEY=VALUE lines (a bare KEY copies your own value; # starts a comment), read from the practice folder',
    noBridge:
      'this daemon has no bridge network, so ports cannot be published: -p and -P need the default bridge network, which this daemon was started without; on Docker Desktop or a normal Docker Engine it works',
    noBridgeHint: 'run it here without -p/-P (the container runs the same, only unreachable from this machine), or on a daemon with its bridge network',
    volumesCreated: (names: string[]) =>
      `docktutor created the volume${names.length === 1 ? '' : 's'} ${names.join(', ')} first, with its labels, so that '${commandName()} clean' can find ${names.length === 1 ? 'it' : 'them'} (the docker CLI lets the daemon create ${names.length === 1 ? 'it' : 'them'} with the container).`,
    bindLeavesFolder: (spec: string, real: string) => `a lesson step only mounts what is inside its practice folder; '${spec}' leads to ${real}`,
    envFileLeavesFolder: (file: string, real: string) => `a lesson step only reads files inside its practice folder; --env-file ${file} leads to ${real}`,
    get leavesFolderHint() {
      return `use a path inside the practice folder (./name); to mount the rest of your machine, run the command yourself with '${commandName()} try'`;
    },
  },
  {
    flags: {
      'detach': '백그라운드에서 실행하고 컨테이너 ID 출력',
      'interactive': '연결하지 않아도 STDIN을 열어 둠',
      'tty': '가상 터미널(TTY) 할당',
      'rm': '컨테이너가 끝나면 삭제',
      'name': '컨테이너에 이름 붙이기',
      'env': '환경 변수 설정',
      'publish': '컨테이너 포트를 호스트에 공개',
      'volume': '볼륨 바인드 마운트 (호스트 경로:컨테이너 경로)',
      'workdir': '컨테이너 안의 작업 디렉터리',
      'memory': '메모리 제한 (b, k, m, g)',
      'cpus': 'CPU 개수',
      'entrypoint': '이미지의 기본 ENTRYPOINT 덮어쓰기',
      'network': '컨테이너를 네트워크에 연결',
      'mount': '컨테이너에 파일 시스템 마운트 연결',
      'env-file': '파일에서 환경 변수 읽기',
      'publish-all': '노출된 모든 포트를 임의의 포트로 공개',
      'read-only': '컨테이너의 루트 파일 시스템을 읽기 전용으로 마운트',
      'cap-add': '리눅스 기능(capability) 추가',
      'cap-drop': '리눅스 기능(capability) 제거',
      'user': '사용자 이름 또는 UID (형식: <이름|uid>[:<그룹|gid>])',
    },
    explained: (o: RunOutcome): string =>
      [
        '데몬이',
        o.pulled ? `${o.image}을(를) 레지스트리에서 내려받고,` : '',
        `${o.image}(으)로 컨테이너를 만들어 시작했습니다.`,
        o.detached
          ? '컨테이너는 백그라운드에서 계속 실행됩니다.'
          : `docktutor가 출력을 받아 보여 주었고, 메인 프로세스는 종료 코드 ${o.exitCode}(으)로 끝났습니다.`,
        !o.detached && o.removed ? '그 뒤 docktutor가 컨테이너를 삭제했습니다 (--rm).' : '',
      ]
        .filter(Boolean)
        .join(' '),
    notCreated: (image: string) => `데몬이 ${image}(으)로 컨테이너를 만들지 않았으므로 남은 것은 없습니다.`,
    notStarted: '데몬이 컨테이너는 만들었지만 명령을 시작하지 못했습니다. docktutor가 컨테이너를 다시 삭제했습니다.',
    nameInUseHint: (name: string) =>
      `'docker rm -f ${name}'(으)로 기존 컨테이너를 지우거나 (docktutor가 만든 것이면 '${commandName()} clean'), 다른 --name을 쓰세요`,
    noSuchImageHint: (image: string) =>
      `'${dockerCommand('images')}'로 이미지 이름과 태그를 확인하거나, '${dockerCommand(`pull ${image}`)}'(으)로 먼저 내려받으세요`,
    pullFailedHint: 'docker run은 없는 이미지를 레지스트리에서 내려받습니다. 이름과 레지스트리 주소, 네트워크를 확인하거나 먼저 로그인하세요',
    get runFailedHint() {
      return `플래그와 이미지를 확인하세요. '${dockerCommand('run --help')}'에 지원하는 플래그가 나옵니다`;
    },
    badPort: (value: string) => `포트 매핑 '${value}'이(가) 올바르지 않습니다`,
    badPortHint: '-p는 [ip:][호스트포트:]컨테이너포트[/tcp|udp] 형식으로 쓰세요. 예: -p 8080:80',
    badVolume: (value: string) => `볼륨 '${value}'이(가) 올바르지 않습니다`,
    badVolumeHint: '-v는 /호스트/경로:/컨테이너/경로[:ro] 형식으로 쓰거나, 호스트 경로 대신 볼륨 이름을 쓰세요',
    badMountHint: '--mount는 type=bind|volume|tmpfs,source=...,target=/경로[,readonly] 형식으로 쓰세요. 예: --mount type=bind,source=./notes,target=/notes',
    envFileHint: 'env 파일은 KEY=VALUE 줄로 이루어집니다(KEY만 쓰면 내 환경의 값을 복사하고, #은 주석). 실습 폴더에서 읽습니다',
    noBridge:
      '이 데몬에는 브리지 네트워크가 없어서 포트를 공개할 수 없습니다. -p와 -P에는 기본 브리지 네트워크가 필요한데, 이 데몬은 브리지 네트워크 없이 시작되었습니다. Docker Desktop이나 일반 Docker Engine에서는 동작합니다',
    noBridgeHint: '여기서는 -p/-P 없이 실행하거나(컨테이너는 똑같이 실행되고 이 머신에서 접속할 수만 없습니다), 브리지 네트워크가 있는 데몬에서 실행하세요',
    volumesCreated: (names: string[]) =>
      `'${commandName()} clean'이 찾을 수 있도록 docktutor가 볼륨 ${names.join(', ')}을(를) 레이블과 함께 먼저 만들었습니다(docker CLI는 컨테이너를 만들 때 데몬이 볼륨을 만들게 합니다).`,
    bindLeavesFolder: (spec: string, real: string) => `레슨 단계는 실습 폴더 안에 있는 것만 마운트합니다. '${spec}'은(는) ${real}(으)로 이어집니다`,
    envFileLeavesFolder: (file: string, real: string) => `레슨 단계는 실습 폴더 안의 파일만 읽습니다. --env-file ${file}은(는) ${real}(으)로 이어집니다`,
    get leavesFolderHint() {
      return `실습 폴더 안의 경로(./이름)를 쓰세요. 실습 폴더 밖을 마운트하려면 '${commandName()} try'로 직접 실행하세요`;
    },
  },
);
