import { defineMessages } from '../../../i18n/index.js';
import { dockerCommand } from '../../../command-name.js';

/** `docker exec`: its flags in --help, the sentences of its "What happened" note and its own errors. */
export const execCommandMessages = defineMessages(
  {
    flags: {
      'detach': 'Detached mode: run the command in the background',
      'interactive': 'Keep STDIN open even if not attached',
      'tty': 'Allocate a pseudo-TTY',
      'env': 'Set environment variables',
      'workdir': 'Working directory inside the container',
      'user': 'Username or UID (format: "<name|uid>[:<group|gid>]")',
    },
    explained: (container: string, exitCode: number, detached: boolean): string =>
      detached
        ? `The daemon started an extra process inside ${container} and did not wait for it; the container's main process was not touched.`
        : `The daemon ran an extra process inside the running container ${container}, which exited with code ${exitCode}; the container kept running.`,
    notStarted: 'The daemon refused to start a process in that container.',
    notExecutable: (program: string, container: string) =>
      `The daemon created an extra process in ${container}, but '${program}' is not a program it could start there; the container kept running.`,
    cannotStart: (program: string, container: string, code: number) =>
      `'${program}' could not be started inside ${container}: no such program there, or it is not executable (exit code ${code}).`,
    get noSuchContainerHint() {
      return `list the containers with '${dockerCommand('ps -a')}' and use one of their names or IDs`;
    },
    notRunningHint: (container: string) =>
      `exec only works in a running container; '${container}' has stopped. Start a long-running one, for example '${dockerCommand('run -d --name web busybox sleep 3600')}', and exec into it`,
    stillRunning: (seconds: number) => `the command in the container closed its output but had not ended ${seconds} s later; its exit code is unknown`,
    stillRunningHint: (container: string) =>
      `it may have left something running in the background: look with '${dockerCommand(`exec ${container} ps`)}', or run the command with -d if it is meant to keep running`,
    noExitCode: (reason: string) => `the daemon did not give the exit code of the command in the container (${reason}); it is unknown`,
    noExitCodeField: 'its answer carried no ExitCode',
    get noExitCodeHint() {
      return `look at the container with '${dockerCommand('ps -a')}'; if it is still running, run the command again`;
    },
    stillRunningNote: 'The process closed its output but had not ended when docktutor stopped waiting for its exit code; it may still be running in the container.',
    noExitCodeNote: 'The process ran, but the daemon did not say how it ended: there is no exit code to report.',
  },
  {
    flags: {
      'detach': '분리 모드: 명령을 백그라운드에서 실행',
      'interactive': '연결하지 않아도 STDIN을 열어 둠',
      'tty': '가상 터미널(TTY) 할당',
      'env': '환경 변수 설정',
      'workdir': '컨테이너 안의 작업 디렉터리',
      'user': '사용자 이름 또는 UID (형식: "<이름|uid>[:<그룹|gid>]")',
    },
    explained: (container: string, exitCode: number, detached: boolean): string =>
      detached
        ? `데몬이 ${container} 안에서 프로세스를 하나 더 시작했고 끝나기를 기다리지 않았습니다. 컨테이너의 메인 프로세스는 그대로입니다.`
        : `데몬이 실행 중인 컨테이너 ${container} 안에서 프로세스를 하나 더 실행했고, 그 프로세스는 종료 코드 ${exitCode}(으)로 끝났습니다. 컨테이너는 계속 실행 중입니다.`,
    notStarted: '데몬이 그 컨테이너에서 프로세스를 시작하기를 거부했습니다.',
    notExecutable: (program: string, container: string) =>
      `데몬이 ${container} 안에 프로세스를 하나 더 만들었지만 '${program}'은(는) 거기서 시작할 수 있는 프로그램이 아니었습니다. 컨테이너는 계속 실행 중입니다.`,
    cannotStart: (program: string, container: string, code: number) =>
      `${container} 안에서 '${program}'을(를) 시작할 수 없습니다. 그런 프로그램이 없거나 실행할 수 없습니다 (종료 코드 ${code}).`,
    get noSuchContainerHint() {
      return `'${dockerCommand('ps -a')}'로 컨테이너 목록을 보고 그 이름이나 ID를 쓰세요`;
    },
    notRunningHint: (container: string) =>
      `exec은 실행 중인 컨테이너에서만 됩니다. '${container}'은(는) 멈춰 있습니다. '${dockerCommand('run -d --name web busybox sleep 3600')}'처럼 오래 실행되는 컨테이너를 시작한 뒤 그 안에서 exec 하세요`,
    stillRunning: (seconds: number) => `컨테이너 안의 명령이 출력을 닫았지만 ${seconds}초가 지나도 끝나지 않았습니다. 종료 코드는 알 수 없습니다`,
    stillRunningHint: (container: string) =>
      `백그라운드에서 무언가가 아직 실행 중일 수 있습니다. '${dockerCommand(`exec ${container} ps`)}'로 확인하거나, 계속 실행되어야 하는 명령이면 -d를 붙여 실행하세요`,
    noExitCode: (reason: string) => `데몬이 컨테이너 안 명령의 종료 코드를 알려 주지 않았습니다 (${reason}). 종료 코드는 알 수 없습니다`,
    noExitCodeField: '응답에 ExitCode가 없습니다',
    get noExitCodeHint() {
      return `'${dockerCommand('ps -a')}'로 컨테이너를 살펴보고, 아직 실행 중이면 명령을 다시 실행하세요`;
    },
    stillRunningNote: '프로세스가 출력을 닫았지만, docktutor가 종료 코드를 기다리는 동안 끝나지 않았습니다. 컨테이너 안에서 아직 실행 중일 수 있습니다.',
    noExitCodeNote: '프로세스는 실행되었지만, 데몬이 어떻게 끝났는지 알려 주지 않았습니다. 알려 줄 종료 코드가 없습니다.',
  },
);
