/**
 * docktutor's own words around build, pull, push, login, logout and search. What the docker CLI
 * itself prints (`Login Succeeded`, `Successfully built`, table headers) stays in English in the
 * command code, exactly as docker prints it, because lessons and learners compare it with docker.
 */
import { defineMessages } from './index.js';
import { dockerCommand, commandName } from '../command-name.js';

export const registryMessages = defineMessages(
  {
    exactlyOneArgument: (command: string) => `"docker ${command}" requires exactly 1 argument.`,
    atMostOneArgument: (command: string) => `"docker ${command}" requires at most 1 argument.`,
    pullUsage: 'Usage: docker pull [-a] [-q] NAME[:TAG|@DIGEST], for example: docker pull busybox:latest',
    pushUsage: 'Usage: docker push [-a] [-q] NAME[:TAG], for example: docker push localhost:5000/hello:1',
    buildUsage: 'Usage: docker build [-t NAME:TAG] [-f Dockerfile] [--build-arg K=V] [--target STAGE] [--no-cache] [--pull] [--progress MODE] [-q] FOLDER',
    searchUsage: 'Usage: docker search [--limit N] [--filter stars=N] [--filter is-official=true] [--no-trunc] TERM',
    loginUsage: 'Usage: docker login [-u USER] [--password-stdin] [SERVER]',
    allTagsWithTag: 'A tag cannot be used with --all-tags/-a.',
    pushDigest: 'A digest cannot be pushed: push a tag (NAME:TAG).',
    invalidReference: (text: string) => `invalid reference format: '${text}' is not an image name.`,
    uppercaseReference: (text: string) => `invalid reference format: repository name '${text}' must be lowercase.`,
    referenceHint: 'Image names look like busybox, busybox:1.36, me/app:1 or localhost:5000/app:1 (lowercase letters, digits, . _ -).',
    hubUnreachable: (why: string) => `Cannot reach Docker Hub from the Docker daemon (${why}).`,
    hubUnreachableHint: (registry: string) =>
      `This daemon has no route to the internet. Practise with a local registry instead, for example '${dockerCommand(`pull ${registry}/busybox`)}'.`,
    registryUnreachable: (host: string, why: string) => `Cannot reach the registry ${host} from the Docker daemon (${why}).`,
    registryUnreachableHint: (host: string) => `Is a registry running at ${host}? Check the host name and the port.`,
    certificateRefused: (host: string, code: string) => `The registry ${host} offered a TLS certificate that does not verify (${code}); docktutor sent nothing and will not retry over plain HTTP.`,
    certificateHint: (host: string) => `Trust the registry's certificate authority on this machine, or, if ${host} is yours and on a network you trust, list it in the daemon's insecure-registries.`,
    plainHttpRefused: (host: string) => `The registry ${host} does not speak TLS, and docktutor sends nothing over plain HTTP to a registry that is neither on this machine nor listed as insecure by the daemon.`,
    plainHttpHint: (host: string) => `If ${host} is yours, list it in the daemon's insecure-registries (docker info shows the list), or give it a TLS certificate.`,
    invalidRepository: (name: string) => `'${name}' is not a repository name: lower-case letters, digits and . _ - separated by /.`,
    answerTooLarge: (host: string, path: string, max: number) => `The registry ${host} sent more than ${Math.round(max / 1048576)} MiB for ${path}; docktutor stopped reading.`,
    notJson: (host: string, path: string) => `The registry ${host} answered ${path} with something that is not JSON.`,
    badChallenge: (host: string) => `The registry ${host} asked for a login in a way docktutor cannot read.`,
    loginHint: (host: string) => `Log in first: ${dockerCommand(`login ${host}`)}`,
    deniedHint: (host: string) =>
      `The registry refused access: check the name (on Docker Hub your images live under YOUR-USER/NAME) and log in with '${dockerCommand(`login ${host}`)}'.`,
    missingHint: (reference: string) => `Check the name and tag of ${reference}: '${dockerCommand('images')}' lists the local ones.`,
    pushMissingHint: (reference: string) =>
      `Build the image under that name first ('${dockerCommand(`build -t ${reference} .`)}'), or check the name with '${dockerCommand('images')}'.`,
    registryHint: 'Check the registry address and that the registry is running.',
    configUnreadable: (path: string, why: string) => `Cannot use the docker CLI configuration ${path}: ${why}`,
    configHint: (path: string) => `Fix or move ${path}; it is the docker CLI's file and holds your registry logins.`,
    notAnObject: 'it does not hold a JSON object',
    helperMissing: (program: string) => `The credential helper ${program} is not installed (it is not on PATH).`,
    helperMissingHint: (helper: string) =>
      `Install docker-credential-${helper}, or remove "credsStore"/"credHelpers" naming it from the docker CLI's config.json.`,
    helperFailed: (program: string, action: string, why: string) => `${program} ${action} failed: ${why}`,
    helperFailedHint: 'Check that the credential helper works: run it by hand, or remove it from the docker CLI configuration.',
    loginNeedsTerminal: 'Cannot ask for a password without a terminal.',
    get loginNeedsTerminalHint() {
      return `Pipe the password in instead: echo "$PASSWORD" | ${commandName()} try docker login -u USER --password-stdin SERVER`;
    },
    usernameNeedsTerminal: 'Cannot ask for a user name without a terminal.',
    passwordStdinNeedsUser: 'Must provide --username with --password-stdin.',
    passwordAndStdin: '--password and --password-stdin are mutually exclusive.',
    emptyPassword: 'The password is empty.',
    emptyUsername: 'The user name is empty.',
    loginUserHint: 'Give the user name with -u USER.',
    usernamePrompt: 'Username',
    passwordPrompt: 'Password',
    loginFailedHint: (host: string) => `Check the user name and password for ${host}; nothing was stored.`,
  },
  {
    exactlyOneArgument: (command: string) => `"docker ${command}"에는 인자가 정확히 1개 필요합니다.`,
    atMostOneArgument: (command: string) => `"docker ${command}"에는 인자를 최대 1개만 줄 수 있습니다.`,
    pullUsage: '사용법: docker pull [-a] [-q] 이름[:태그|@다이제스트], 예: docker pull busybox:latest',
    pushUsage: '사용법: docker push [-a] [-q] 이름[:태그], 예: docker push localhost:5000/hello:1',
    buildUsage: '사용법: docker build [-t 이름:태그] [-f Dockerfile] [--build-arg K=V] [--target 스테이지] [--no-cache] [--pull] [--progress 방식] [-q] 폴더',
    searchUsage: '사용법: docker search [--limit N] [--filter stars=N] [--filter is-official=true] [--no-trunc] 검색어',
    loginUsage: '사용법: docker login [-u 사용자] [--password-stdin] [서버]',
    allTagsWithTag: '--all-tags/-a와 태그를 함께 쓸 수 없습니다.',
    pushDigest: '다이제스트는 push 할 수 없습니다: 태그(이름:태그)를 push 하세요.',
    invalidReference: (text: string) => `잘못된 참조 형식: '${text}'은(는) 이미지 이름이 아닙니다.`,
    uppercaseReference: (text: string) => `잘못된 참조 형식: 저장소 이름 '${text}'은(는) 소문자여야 합니다.`,
    referenceHint: '이미지 이름은 busybox, busybox:1.36, me/app:1, localhost:5000/app:1 같은 모양입니다 (소문자, 숫자, . _ -).',
    hubUnreachable: (why: string) => `Docker 데몬에서 Docker Hub에 연결할 수 없습니다 (${why}).`,
    hubUnreachableHint: (registry: string) =>
      `이 데몬은 인터넷에 연결되어 있지 않습니다. 로컬 레지스트리로 연습하세요. 예: '${dockerCommand(`pull ${registry}/busybox`)}'`,
    registryUnreachable: (host: string, why: string) => `Docker 데몬에서 레지스트리 ${host}에 연결할 수 없습니다 (${why}).`,
    registryUnreachableHint: (host: string) => `${host}에서 레지스트리가 실행 중인가요? 호스트 이름과 포트를 확인하세요.`,
    certificateRefused: (host: string, code: string) => `레지스트리 ${host}의 TLS 인증서를 검증할 수 없습니다 (${code}). docktutor는 아무것도 보내지 않았고, 평문 HTTP로 다시 시도하지도 않습니다.`,
    certificateHint: (host: string) => `이 컴퓨터가 레지스트리의 인증 기관을 신뢰하게 하거나, ${host}이(가) 믿을 수 있는 네트워크의 내 레지스트리라면 데몬의 insecure-registries에 넣으세요.`,
    plainHttpRefused: (host: string) => `레지스트리 ${host}은(는) TLS를 쓰지 않습니다. docktutor는 이 컴퓨터에 있거나 데몬이 insecure로 지정한 레지스트리에만 평문 HTTP로 요청을 보냅니다.`,
    plainHttpHint: (host: string) => `${host}이(가) 내 레지스트리라면 데몬의 insecure-registries에 넣거나 (docker info에 목록이 나옵니다), TLS 인증서를 붙이세요.`,
    invalidRepository: (name: string) => `'${name}'은(는) 저장소(리포지토리) 이름이 아닙니다: 소문자, 숫자, . _ -를 /로 이은 이름이어야 합니다.`,
    answerTooLarge: (host: string, path: string, max: number) => `레지스트리 ${host}이(가) ${path}에 ${Math.round(max / 1048576)} MiB가 넘는 응답을 보내서 읽기를 멈췄습니다.`,
    notJson: (host: string, path: string) => `레지스트리 ${host}이(가) ${path}에 JSON이 아닌 응답을 보냈습니다.`,
    badChallenge: (host: string) => `레지스트리 ${host}이(가) docktutor가 읽을 수 없는 방식으로 로그인을 요구했습니다.`,
    loginHint: (host: string) => `먼저 로그인하세요: ${dockerCommand(`login ${host}`)}`,
    deniedHint: (host: string) =>
      `레지스트리가 접근을 거부했습니다: 이름을 확인하고 (Docker Hub에서는 내 이미지가 내-사용자/이름 아래에 있습니다) '${dockerCommand(`login ${host}`)}'(으)로 로그인하세요.`,
    missingHint: (reference: string) => `${reference}의 이름과 태그를 확인하세요: '${dockerCommand('images')}'가 로컬 이미지를 보여 줍니다.`,
    pushMissingHint: (reference: string) =>
      `먼저 그 이름으로 이미지를 빌드하거나 ('${dockerCommand(`build -t ${reference} .`)}'), '${dockerCommand('images')}'로 이름을 확인하세요.`,
    registryHint: '레지스트리 주소와 레지스트리가 실행 중인지 확인하세요.',
    configUnreadable: (path: string, why: string) => `docker CLI 설정 파일 ${path}을(를) 사용할 수 없습니다: ${why}`,
    configHint: (path: string) => `${path}을(를) 고치거나 옮기세요. docker CLI의 파일이며 레지스트리 로그인 정보가 들어 있습니다.`,
    notAnObject: 'JSON 객체가 아닙니다',
    helperMissing: (program: string) => `자격 증명 도우미 ${program}이(가) 설치되어 있지 않습니다 (PATH에 없음).`,
    helperMissingHint: (helper: string) =>
      `docker-credential-${helper}을(를) 설치하거나, docker CLI의 config.json에서 이를 가리키는 "credsStore"/"credHelpers"를 지우세요.`,
    helperFailed: (program: string, action: string, why: string) => `${program} ${action} 실패: ${why}`,
    helperFailedHint: '자격 증명 도우미가 동작하는지 직접 실행해 확인하거나, docker CLI 설정에서 지우세요.',
    loginNeedsTerminal: '터미널이 없어서 비밀번호를 물어볼 수 없습니다.',
    get loginNeedsTerminalHint() {
      return `비밀번호를 파이프로 넘기세요: echo "$PASSWORD" | ${commandName()} try docker login -u 사용자 --password-stdin 서버`;
    },
    usernameNeedsTerminal: '터미널이 없어서 사용자 이름을 물어볼 수 없습니다.',
    passwordStdinNeedsUser: '--password-stdin을 쓰려면 --username이 필요합니다.',
    passwordAndStdin: '--password와 --password-stdin은 함께 쓸 수 없습니다.',
    emptyPassword: '비밀번호가 비어 있습니다.',
    emptyUsername: '사용자 이름이 비어 있습니다.',
    loginUserHint: '-u 사용자 로 사용자 이름을 주세요.',
    usernamePrompt: '사용자 이름',
    passwordPrompt: '비밀번호',
    loginFailedHint: (host: string) => `${host}의 사용자 이름과 비밀번호를 확인하세요. 아무것도 저장하지 않았습니다.`,
  },
);
