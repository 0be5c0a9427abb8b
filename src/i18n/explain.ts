import { defineMessages } from './index.js';

interface RunOutcome {
  image: string;
  pulled: boolean;
  detached: boolean;
  removed: boolean;
  exitCode: number;
}

/** The "what happened" note under each `docktutor try` result. */
export const explainMessages = defineMessages(
  {
    heading: 'What happened (Engine API requests):',
    run: (o: RunOutcome): string =>
      (o.pulled ? `The daemon pulled ${o.image} from its registry, created a container from it and started it` : `The daemon created a container from ${o.image} and started it`) +
      (o.detached
        ? '; it keeps running in the background.'
        : `; docktutor streamed its output and the main process exited with code ${o.exitCode}` +
          (o.removed ? ', then docktutor removed the container (--rm).' : '.')),
    runNotCreated: (image: string) => `The daemon did not create a container from ${image}, so nothing was left behind.`,
    runNotStarted: 'The daemon created the container but could not start its command; docktutor removed it again.',
    exec: (container: string, exitCode: number, detached: boolean): string =>
      detached
        ? `The daemon started an extra process inside ${container} and did not wait for it; the container's main process was not touched.`
        : `The daemon ran an extra process inside the running container ${container}, which exited with code ${exitCode}; the container kept running.`,
    execNotStarted: 'The daemon refused to start a process in that container.',
    ps: (all: boolean): string =>
      all
        ? 'The daemon listed every container it knows, running or stopped; docktutor laid them out like the docker CLI.'
        : 'The daemon listed the running containers only (add -a for stopped ones too); docktutor laid them out like the docker CLI.',
    version: 'The daemon reported its version and its components; client and daemon agree on the lower of their API versions.',
    info: 'The daemon reported its configuration and how many containers and images it holds.',
    failed: 'The daemon answered with an error; nothing was changed.',
    localHeading: 'What happened (no Engine API requests):',
    registryHeading: 'What happened (registry HTTP requests):',
    execNotExecutable: (program: string, container: string) =>
      `The daemon created an extra process in ${container}, but '${program}' is not a program it could start there; the container kept running.`,
    searchRegistry: (host: string) =>
      `The registry API has no search, so docktutor asked ${host} itself for its catalog and each match's tags and filtered the names here; the daemon was not involved.`,
    registryFailed: (host: string) => `docktutor asked ${host} directly, without the daemon, and did not get the list; nothing was changed.`,
    logoutLocal: (server: string) =>
      `docktutor erased the credentials stored for ${server} on this computer; logout sends nothing to the daemon or the registry.`,
    buildLabels:
      "docktutor added its io.docktutor.* labels as a final metadata step (no files, 0 B), which is why the image ID differs from the last step's.",
    other: {
      run: '',
      exec: '',
      ps: '',
      version: '',
      info: '',
      build: 'The daemon received the build context as a tar archive and ran the Dockerfile step by step, each step a cached layer.',
      pull: "The daemon downloaded the image's manifest and the layers it did not have yet from the registry.",
      push: "The daemon uploaded the image's layers the registry did not have yet, then its manifest.",
      login: 'The registry accepted the user name and password; the credentials are stored for later pulls and pushes.',
      logout: 'The stored credentials for that registry were removed.',
      search: 'The daemon asked the registry index for matching repositories.',
    },
  },
  {
    heading: '무슨 일이 있었나 (Engine API 요청):',
    run: (o: RunOutcome): string =>
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
    runNotCreated: (image: string) => `데몬이 ${image}(으)로 컨테이너를 만들지 않았으므로 남은 것은 없습니다.`,
    runNotStarted: '데몬이 컨테이너는 만들었지만 명령을 시작하지 못했습니다. docktutor가 컨테이너를 다시 삭제했습니다.',
    exec: (container: string, exitCode: number, detached: boolean): string =>
      detached
        ? `데몬이 ${container} 안에서 프로세스를 하나 더 시작했고 끝나기를 기다리지 않았습니다. 컨테이너의 메인 프로세스는 그대로입니다.`
        : `데몬이 실행 중인 컨테이너 ${container} 안에서 프로세스를 하나 더 실행했고, 그 프로세스는 종료 코드 ${exitCode}(으)로 끝났습니다. 컨테이너는 계속 실행 중입니다.`,
    execNotStarted: '데몬이 그 컨테이너에서 프로세스를 시작하기를 거부했습니다.',
    ps: (all: boolean): string =>
      all
        ? '데몬이 실행 중이거나 멈춘 모든 컨테이너를 알려 주었고, docktutor가 docker CLI처럼 표로 정리했습니다.'
        : '데몬이 실행 중인 컨테이너만 알려 주었습니다 (멈춘 것까지 보려면 -a). docktutor가 docker CLI처럼 표로 정리했습니다.',
    version: '데몬이 자신의 버전과 구성 요소를 알려 주었습니다. 클라이언트와 데몬은 둘 중 낮은 API 버전으로 통신합니다.',
    info: '데몬이 자신의 설정과 보유한 컨테이너, 이미지 수를 알려 주었습니다.',
    failed: '데몬이 오류로 응답했습니다. 바뀐 것은 없습니다.',
    localHeading: '무슨 일이 있었나 (Engine API 요청 없음):',
    registryHeading: '무슨 일이 있었나 (레지스트리 HTTP 요청):',
    execNotExecutable: (program: string, container: string) =>
      `데몬이 ${container} 안에 프로세스를 하나 더 만들었지만 '${program}'은(는) 거기서 시작할 수 있는 프로그램이 아니었습니다. 컨테이너는 계속 실행 중입니다.`,
    searchRegistry: (host: string) =>
      `레지스트리 API에는 검색 기능이 없어서, docktutor가 ${host}에 직접 카탈로그와 일치하는 저장소의 태그를 물어보고 이름을 여기서 걸렀습니다. 데몬은 관여하지 않았습니다.`,
    registryFailed: (host: string) => `docktutor가 데몬 없이 ${host}에 직접 물었지만 목록을 받지 못했습니다. 바뀐 것은 없습니다.`,
    logoutLocal: (server: string) =>
      `docktutor가 이 컴퓨터에 저장된 ${server}의 자격 증명을 지웠습니다. logout은 데몬에도 레지스트리에도 아무것도 보내지 않습니다.`,
    buildLabels:
      'docktutor가 마지막 메타데이터 단계로 io.docktutor.* 레이블을 붙였습니다 (파일 없음, 0 B). 그래서 이미지 ID가 마지막 단계의 ID와 다릅니다.',
    other: {
      run: '',
      exec: '',
      ps: '',
      version: '',
      info: '',
      build: '데몬이 빌드 컨텍스트를 tar 아카이브로 받아 Dockerfile을 한 단계씩 실행했습니다. 각 단계는 캐시되는 레이어입니다.',
      pull: '데몬이 레지스트리에서 이미지의 매니페스트와 아직 없던 레이어를 내려받았습니다.',
      push: '데몬이 레지스트리에 없던 레이어를 올린 뒤 매니페스트를 올렸습니다.',
      login: '레지스트리가 사용자 이름과 비밀번호를 받아들였고, 이후 pull과 push에 쓸 자격 증명이 저장되었습니다.',
      logout: '그 레지스트리에 저장된 자격 증명을 지웠습니다.',
      search: '데몬이 레지스트리 색인에서 일치하는 저장소를 찾아 달라고 요청했습니다.',
    },
  },
);
