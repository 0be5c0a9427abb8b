import { commandName } from '../command-name.js';
import { defineMessages } from './index.js';

/** `1048576` -> `1 MiB`: sizes in the binary units lessons write them in. */
function size(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** What a lesson folder may not do (docs/lesson-format.md, "What a lesson cannot do"), and the warnings about risky commands. */
export const safetyMessages = defineMessages(
  {
    lessonFileLink: 'is a symbolic link: a lesson file must be a regular file in the lesson folder',
    lessonFileNotRegular: 'is not a regular file (a FIFO, a device or a folder): expected a Markdown file',
    lessonFileUnreadable: (reason: string) => `cannot be read (${reason})`,
    lessonFileTooLarge: (bytes: number, limit: number) => `is ${size(bytes)}: a lesson file may be at most ${size(limit)}; split the lesson`,
    workspaceLink: 'is a symbolic link: a workspace/ holds only regular files and folders, and links are not copied; put the file itself there',
    workspaceSpecial: 'is not a regular file or folder (a FIFO, a socket or a device): remove it from workspace/',
    workspaceTooMany: (limit: number) => `workspace/ holds more than ${limit} files: expected a small practice folder`,
    practiceTooLarge: (total: number, workspace: number, generated: number, limit: number) =>
      `the practice folder would hold ${size(total)} (workspace/ ${size(workspace)}, generate ${size(generated)}): a lesson may put at most ${size(limit)} there`,
    control: (shown: string, column: number) => `control character ${shown} at column ${column}: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
    controlInField: (field: string, shown: string) => `${field} holds the control character ${shown}: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
    commandOneLine: (field: string, shown: string) => `${field} holds ${shown}: a command is one line of printable text`,
    aliasBomb: (limit: number) => `YAML aliases expand more than ${limit} times: a lesson block is plain data, so write the values out instead of repeating aliases`,
    markdownMarks: (count: number, limit: number) =>
      `${count} Markdown marks (*, _, ~, backticks, [) in one text, where at most ${limit} are rendered: the learner would see it unformatted; split it or use fewer marks`,
    markdownDepth: (depth: number, limit: number) => `lists or quotes nest ${depth} levels deep, where at most ${limit} are rendered: the learner would see the text unformatted`,
    warning: 'warning',
    risky: (subject: string, what: string) => `${subject}: ${what}; the learner is warned before it runs`,
    outsideBind: (subject: string, what: string) => `${subject}: ${what}; a lesson step mounts only folders inside its practice folder, so this step could never run`,
    rootMount: (flag: string) => `${flag} mounts this machine's root folder: the container can read and change every file on it`,
    socketMount: (flag: string) => `${flag} mounts the Docker socket: the container gets full control of the Docker daemon`,
    hostMount: (flag: string) => `${flag} mounts a folder of this machine from outside the practice folder`,
    parentMount: (flag: string) => `${flag} mounts a folder above the practice folder`,
    capAdd: (capability: string) => `--cap-add ${capability} gives the container a kernel privilege it does not have by default`,
    privileged: '--privileged gives the container every capability and every device of this machine',
    hostNamespace: (flag: string, value: string) => `--${flag} ${value} shares this machine's own ${flag === 'network' ? 'network' : flag === 'pid' ? 'processes' : 'namespace'} with the container`,
    hostEnv: (flag: string, name: string) => `${flag} ${name} copies the value of ${name} from this machine's environment`,
    learnWarning: (what: string) => `⚠ Careful: ${what}. Run it only if you trust this lesson (you may edit the command first).`,
    skipped: (names: string) => `Not copied into the practice folder (a lesson brings only regular files and folders): ${names}`,
    writeEscapes: (path: string) => `${path} leads outside the practice folder: docktutor writes only inside it`,
    get writeEscapesHint() {
      return `the practice folder holds a symbolic link; ${commandName()} reset <lesson> starts it over with a fresh copy`;
    },
    practiceTooLargeHint: 'the lesson asks for more than docktutor puts in a practice folder; ask its author to make it smaller',
  },
  {
    lessonFileLink: '심볼릭 링크입니다: 레슨 파일은 레슨 폴더 안의 일반 파일이어야 합니다',
    lessonFileNotRegular: '일반 파일이 아닙니다(FIFO, 장치 또는 폴더): Markdown 파일이어야 합니다',
    lessonFileUnreadable: (reason: string) => `읽을 수 없습니다(${reason})`,
    lessonFileTooLarge: (bytes: number, limit: number) => `크기가 ${size(bytes)}입니다: 레슨 파일은 ${size(limit)}까지만 허용됩니다. 레슨을 나누세요`,
    workspaceLink: '심볼릭 링크입니다: workspace/에는 일반 파일과 폴더만 둘 수 있고 링크는 복사되지 않습니다. 파일 자체를 넣으세요',
    workspaceSpecial: '일반 파일이나 폴더가 아닙니다(FIFO, 소켓 또는 장치): workspace/에서 지우세요',
    workspaceTooMany: (limit: number) => `workspace/의 파일이 ${limit}개를 넘습니다: 작은 실습 폴더여야 합니다`,
    practiceTooLarge: (total: number, workspace: number, generated: number, limit: number) =>
      `실습 폴더가 ${size(total)}가 됩니다(workspace/ ${size(workspace)}, generate ${size(generated)}): 레슨은 ${size(limit)}까지만 넣을 수 있습니다`,
    control: (shown: string, column: number) => `${column}번째 칸에 제어 문자 ${shown}가 있습니다: 레슨에는 출력 가능한 문자만 쓸 수 있습니다(터미널이 이를 보여 주는 대신 실행합니다)`,
    controlInField: (field: string, shown: string) => `${field}에 제어 문자 ${shown}가 있습니다: 레슨에는 출력 가능한 문자만 쓸 수 있습니다(터미널이 이를 보여 주는 대신 실행합니다)`,
    commandOneLine: (field: string, shown: string) => `${field}에 ${shown}가 있습니다: 명령은 출력 가능한 문자로 된 한 줄입니다`,
    aliasBomb: (limit: number) => `YAML 별칭(alias)이 ${limit}번 넘게 펼쳐집니다: 레슨 블록은 단순한 데이터이니 별칭을 되풀이하지 말고 값을 직접 쓰세요`,
    markdownMarks: (count: number, limit: number) =>
      `한 텍스트에 Markdown 기호(*, _, ~, 백틱, [)가 ${count}개 있습니다. 서식은 ${limit}개까지만 적용되므로 학습자는 서식 없는 텍스트를 보게 됩니다: 나누거나 기호를 줄이세요`,
    markdownDepth: (depth: number, limit: number) => `목록이나 인용이 ${depth}단계로 중첩됩니다. 서식은 ${limit}단계까지만 적용되므로 학습자는 서식 없는 텍스트를 보게 됩니다`,
    warning: '경고',
    risky: (subject: string, what: string) => `${subject}: ${what}. 실행 전에 학습자에게 경고가 표시됩니다`,
    outsideBind: (subject: string, what: string) => `${subject}: ${what}. 레슨 단계는 실습 폴더 안의 폴더만 마운트하므로 이 단계는 실행될 수 없습니다`,
    rootMount: (flag: string) => `${flag}는 이 컴퓨터의 루트 폴더를 마운트합니다: 컨테이너가 모든 파일을 읽고 바꿀 수 있습니다`,
    socketMount: (flag: string) => `${flag}는 Docker 소켓을 마운트합니다: 컨테이너가 Docker 데몬을 마음대로 제어할 수 있습니다`,
    hostMount: (flag: string) => `${flag}는 실습 폴더 밖에 있는 이 컴퓨터의 폴더를 마운트합니다`,
    parentMount: (flag: string) => `${flag}는 실습 폴더보다 위에 있는 폴더를 마운트합니다`,
    capAdd: (capability: string) => `--cap-add ${capability}는 컨테이너에 기본으로는 없는 커널 권한을 줍니다`,
    privileged: '--privileged는 컨테이너에 이 컴퓨터의 모든 권한(capability)과 모든 장치를 줍니다',
    hostNamespace: (flag: string, value: string) => `--${flag} ${value}는 이 컴퓨터의 ${flag === 'network' ? '네트워크' : flag === 'pid' ? '프로세스' : '네임스페이스'}를 컨테이너와 공유합니다`,
    hostEnv: (flag: string, name: string) => `${flag} ${name}는 이 컴퓨터의 환경 변수 ${name}의 값을 복사합니다`,
    learnWarning: (what: string) => `⚠ 주의: ${what}. 믿을 수 있는 레슨일 때만 실행하세요(먼저 명령을 고칠 수도 있습니다).`,
    skipped: (names: string) => `실습 폴더에 복사하지 않았습니다(레슨은 일반 파일과 폴더만 가져옵니다): ${names}`,
    writeEscapes: (path: string) => `${path}는 실습 폴더 밖으로 이어집니다: docktutor는 실습 폴더 안에만 씁니다`,
    get writeEscapesHint() {
      return `실습 폴더에 심볼릭 링크가 있습니다. ${commandName()} reset <레슨>으로 실습 폴더를 새 복사본으로 되돌리세요`;
    },
    practiceTooLargeHint: '레슨이 docktutor가 실습 폴더에 넣는 양보다 많이 요구합니다. 레슨 작성자에게 줄여 달라고 하세요',
  },
);
