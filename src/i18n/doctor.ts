import { defineMessages } from './index.js';
import { dockerCommand, commandName } from '../command-name.js';

export const doctorMessages = defineMessages(
  {
    title: 'docktutor doctor',
    address: 'Daemon address',
    client: 'Client',
    server: 'Server',
    os: 'OS/Arch',
    image: 'Practice image',
    problems: 'Problems found:',
    get noProblems() {
      return `No problems found: you are ready to learn (${commandName()} learn).`;
    },
    fix: 'fix',
    source: {
      flag: 'from --host',
      DOCKER_HOST: 'from DOCKER_HOST',
      DOCKER_CONTEXT: 'from DOCKER_CONTEXT',
      config: 'from currentContext in config.json',
      default: 'the default socket',
      probe: 'found by looking beyond the default socket',
    } as Record<string, string>,
    context: (name: string) => `context '${name}'`,
    clientLine: (version: string, node: string, api: string, used: string) =>
      `docktutor ${version} on Node.js ${node}, Engine API ${api} (speaking ${used})`,
    clientAlone: (version: string, node: string, api: string) => `docktutor ${version} on Node.js ${node}, Engine API ${api}`,
    serverLine: (version: string, api: string, min: string) => `Docker Engine ${version}, API ${api} (oldest supported ${min})`,
    noAnswer: 'no answer (see the problem below)',
    noAnswerFix: 'check that the daemon is running, and the address in --host or DOCKER_HOST',
    imagePresent: (ref: string, id: string, size: string) => `${ref} present (${id}, ${size})`,
    imageMissing: (ref: string) => `${ref} is missing`,
    imageMissingFix: (ref: string) =>
      `pull it: ${dockerCommand(`pull ${ref}`)} (or set DOCKTUTOR_IMAGE to an image you have)`,
    imageLacks: (ref: string, paths: string[]) => `${ref} lacks ${new Intl.ListFormat('en').format(paths)}, which the lessons use`,
    imageLacksFix: (paths: string[]) =>
      `use Docker Hub's busybox: ${dockerCommand('pull busybox')} (or set DOCKTUTOR_IMAGE to an image that has ${new Intl.ListFormat('en').format(paths)})`,
    imageUnchecked: (ref: string, reason: string) => `could not look inside ${ref}: ${reason}`,
    noMemoryLimit: 'the daemon cannot enforce memory limits (MemoryLimit is false)',
    noMemoryLimitFix: 'the resource-limits lesson needs cgroup memory support: enable the memory cgroup in your kernel',
    oldApi: (api: string) => `the daemon speaks Engine API ${api}, older than 1.24`,
    oldApiFix: 'upgrade Docker Engine: docktutor needs API 1.24 or newer',
    probed: (path: string, what: string) => `the default socket did not answer; using ${what} at ${path}`,
    probedFix: (path: string) => `export DOCKER_HOST=unix://${path} to make this the default for docker and docktutor`,
  },
  {
    title: 'docktutor doctor',
    address: '데몬 주소',
    client: '클라이언트',
    server: '서버',
    os: 'OS/아키텍처',
    image: '실습용 이미지',
    problems: '발견된 문제:',
    get noProblems() {
      return `문제가 없습니다. 학습을 시작하세요 (${commandName()} learn).`;
    },
    fix: '해결',
    source: {
      flag: '--host에서',
      DOCKER_HOST: 'DOCKER_HOST에서',
      DOCKER_CONTEXT: 'DOCKER_CONTEXT에서',
      config: 'config.json의 currentContext에서',
      default: '기본 소켓',
      probe: '기본 소켓 밖에서 찾음',
    } as Record<string, string>,
    context: (name: string) => `컨텍스트 '${name}'`,
    clientLine: (version: string, node: string, api: string, used: string) =>
      `docktutor ${version}, Node.js ${node}, Engine API ${api} (통신에 ${used} 사용)`,
    clientAlone: (version: string, node: string, api: string) => `docktutor ${version}, Node.js ${node}, Engine API ${api}`,
    serverLine: (version: string, api: string, min: string) => `Docker Engine ${version}, API ${api} (최소 지원 ${min})`,
    noAnswer: '응답 없음 (아래 문제 참고)',
    noAnswerFix: '데몬이 실행 중인지, --host나 DOCKER_HOST의 주소가 맞는지 확인하세요',
    imagePresent: (ref: string, id: string, size: string) => `${ref} 있음 (${id}, ${size})`,
    imageMissing: (ref: string) => `${ref} 없음`,
    imageMissingFix: (ref: string) => `받아 오세요: ${dockerCommand(`pull ${ref}`)} (또는 DOCKTUTOR_IMAGE에 가진 이미지를 지정)`,
    imageLacks: (ref: string, paths: string[]) => `${ref}에는 레슨이 쓰는 ${paths.join(', ')}이(가) 없습니다`,
    imageLacksFix: (paths: string[]) =>
      `Docker Hub의 busybox를 쓰세요: ${dockerCommand('pull busybox')} (또는 DOCKTUTOR_IMAGE에 ${paths.join(', ')}이(가) 있는 이미지를 지정)`,
    imageUnchecked: (ref: string, reason: string) => `${ref}의 내용을 확인할 수 없습니다: ${reason}`,
    noMemoryLimit: '데몬이 메모리 제한을 적용할 수 없습니다 (MemoryLimit이 false)',
    noMemoryLimitFix: '리소스 제한 레슨에는 cgroup 메모리 지원이 필요합니다: 커널에서 memory cgroup을 켜세요',
    oldApi: (api: string) => `데몬의 Engine API ${api}은(는) 1.24보다 오래되었습니다`,
    oldApiFix: 'Docker Engine을 업그레이드하세요: docktutor는 API 1.24 이상이 필요합니다',
    probed: (path: string, what: string) => `기본 소켓이 응답하지 않아 ${path}의 ${what}을(를) 사용합니다`,
    probedFix: (path: string) => `export DOCKER_HOST=unix://${path}(으)로 docker와 docktutor의 기본값으로 만드세요`,
  },
);
