import { defineMessages } from './index.js';
import { commandName, dockerCommand } from '../command-name.js';

export const daemonMessages = defineMessages(
  {
    unreachable: (url: string, code: string) => `Cannot connect to the Docker daemon at ${url} (${code}).`,
    unreachableHint:
      "Is the daemon running? Start it (for example 'sudo systemctl start docker' or open Docker Desktop), or point docktutor at another one with --host or DOCKER_HOST.",
    permission: (url: string) => `Permission denied while connecting to the Docker daemon at ${url}.`,
    permissionHint:
      "Add your user to the docker group ('sudo usermod -aG docker $USER', then log in again), or use rootless Docker.",
    tls: (url: string, why: string) => `TLS handshake with the Docker daemon at ${url} failed: ${why}`,
    tlsHint: 'Check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY, or the TLS files of your Docker context.',
    timeout: (url: string) => `The Docker daemon at ${url} did not answer in time.`,
    daemonSays: (reason: string) => `Error response from daemon: ${reason}`,
    get notFoundHint() {
      return `Check the name with '${dockerCommand('ps -a')}' or '${dockerCommand('images')}'.`;
    },
    conflictHint: 'Pick another name, or remove the old object first.',
    get authHint() {
      return `Log in first with '${dockerCommand('login REGISTRY')}', and check the user name and password.`;
    },
    foundAt: (path: string, what: string) => `The default socket did not answer; found ${what} at unix://${path}.`,
    alsoTried: (places: string) => `Also looked for rootless Docker, Docker Desktop and Podman at ${places}: none answered.`,
    unknownHost: (url: string, host: string) => `Cannot connect to the Docker daemon at ${url}: the host name '${host}' does not resolve.`,
    unknownHostHint: 'Check the spelling of the host in --host or DOCKER_HOST (or your Docker context).',
    answerCut: (url: string, request: string) => `The Docker daemon at ${url} closed the connection before its answer to ${request} was complete.`,
    answerTooLarge: (url: string, request: string, limit: string) => `The Docker daemon at ${url} sent more than ${limit} in answer to ${request}; docktutor stopped reading.`,
    answerNotJson: (url: string, request: string) => `The Docker daemon at ${url} answered ${request} with something that is not valid JSON.`,
    answerUnexpected: (url: string, request: string, where: string) => `The Docker daemon at ${url} answered ${request} with something docktutor cannot read (at ${where}).`,
    messageTooLarge: (limit: string) => `The Docker daemon sent one progress message longer than ${limit}; docktutor stopped reading.`,
    messageUnexpected: (url: string, request: string, where: string) =>
      `The Docker daemon at ${url} sent a progress message in answer to ${request} that docktutor cannot read (at ${where}).`,
    wholeAnswer: '(the whole answer)',
    get badAnswerHint() {
      return `Check that the daemon is still running (${commandName()} doctor) and that --host or DOCKER_HOST points at a Docker daemon, not another program.`;
    },
  },
  {
    unreachable: (url: string, code: string) => `${url}에서 Docker 데몬에 연결할 수 없습니다 (${code}).`,
    unreachableHint:
      "데몬이 실행 중인가요? 데몬을 시작하거나 ('sudo systemctl start docker', 또는 Docker Desktop 실행), --host나 DOCKER_HOST로 다른 데몬을 지정하세요.",
    permission: (url: string) => `${url}의 Docker 데몬에 연결할 권한이 없습니다.`,
    permissionHint: "사용자를 docker 그룹에 추가한 뒤 ('sudo usermod -aG docker $USER') 다시 로그인하거나, rootless Docker를 사용하세요.",
    tls: (url: string, why: string) => `${url}의 Docker 데몬과 TLS 연결에 실패했습니다: ${why}`,
    tlsHint: 'DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem)와 DOCKER_TLS_VERIFY, 또는 Docker 컨텍스트의 TLS 파일을 확인하세요.',
    timeout: (url: string) => `${url}의 Docker 데몬이 제때 응답하지 않았습니다.`,
    daemonSays: (reason: string) => `데몬의 오류 응답: ${reason}`,
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}'나 '${dockerCommand('images')}'로 이름을 확인하세요.`;
    },
    conflictHint: '다른 이름을 쓰거나 기존 객체를 먼저 지우세요.',
    get authHint() {
      return `먼저 '${dockerCommand('login 레지스트리')}'로 로그인하고, 사용자 이름과 비밀번호를 확인하세요.`;
    },
    foundAt: (path: string, what: string) => `기본 소켓이 응답하지 않아 unix://${path}에서 ${what}을(를) 찾았습니다.`,
    alsoTried: (places: string) => `rootless Docker, Docker Desktop, Podman 소켓(${places})도 찾아봤지만 응답이 없었습니다.`,
    unknownHost: (url: string, host: string) => `${url}의 Docker 데몬에 연결할 수 없습니다: 호스트 이름 '${host}'을(를) 찾을 수 없습니다.`,
    unknownHostHint: '--host, DOCKER_HOST (또는 Docker 컨텍스트)의 호스트 이름 철자를 확인하세요.',
    answerCut: (url: string, request: string) => `${url}의 Docker 데몬이 ${request}에 대한 응답을 끝내기 전에 연결을 닫았습니다.`,
    answerTooLarge: (url: string, request: string, limit: string) => `${url}의 Docker 데몬이 ${request}에 ${limit}가 넘는 응답을 보내서 읽기를 멈췄습니다.`,
    answerNotJson: (url: string, request: string) => `${url}의 Docker 데몬이 ${request}에 올바른 JSON이 아닌 응답을 보냈습니다.`,
    answerUnexpected: (url: string, request: string, where: string) => `${url}의 Docker 데몬이 ${request}에 docktutor가 읽을 수 없는 응답을 보냈습니다 (${where} 부분).`,
    messageTooLarge: (limit: string) => `Docker 데몬이 ${limit}가 넘는 진행 메시지 하나를 보내서 읽기를 멈췄습니다.`,
    messageUnexpected: (url: string, request: string, where: string) =>
      `${url}의 Docker 데몬이 ${request}에 대한 응답으로 docktutor가 읽을 수 없는 진행 메시지를 보냈습니다 (${where} 부분).`,
    wholeAnswer: '(응답 전체)',
    get badAnswerHint() {
      return `데몬이 아직 실행 중인지 확인하고 (${commandName()} doctor), --host나 DOCKER_HOST가 다른 프로그램이 아닌 Docker 데몬을 가리키는지 확인하세요.`;
    },
  },
);
