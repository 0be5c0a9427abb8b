import { defineMessages } from './index.js';
import { commandName } from '../command-name.js';

export const learnMessages = defineMessages(
  {
    needsTerminal: (command: string) => `${commandName()} ${command} is interactive and needs a terminal (stdin and stdout are not one)`,
    get needsTerminalHint() {
      return `run it in a terminal; scripts can read ${commandName()} progress --json`;
    },
    noLessons: (dir: string) => `no lessons found in ${dir}`,
    get noLessonsHint() {
      return `check the folder given with --lessons (or DOCKTUTOR_LESSONS): ${commandName()} lessons --check`;
    },
    unknownLesson: (arg: string) => `no lesson '${arg}'`,
    unknownLessonHint: (ids: string) => `use a lesson id or number: ${ids}`,
    menuMessage: 'Which lesson?',
    continueAt: (title: string, step: number) => `Continue: ${title}, step ${step}`,
    statusQuizNotPassed: 'quiz not passed yet',
    statusNotStarted: 'not started',
    statusInProgress: (done: number, total: number) => `${done}/${total}`,
    statusDone: 'done',
    best: (percent: number) => `best ${percent}%`,
    quit: 'Quit',
    resumed: (step: number, total: number) => `Picking up where you left off: step ${step} of ${total}.`,
    actionMessage: 'What next?',
    actions: {
      next: 'Next step',
      back: 'Back',
      hint: 'Show a hint',
      run: 'Run the command',
      skip: 'Skip this step',
      quiz: 'Take the quiz',
      quit: 'Quit (your place is saved)',
    },
    commandMessage: 'Type the command (Enter runs the suggested one):',
    hint: (text: string) => `Hint: ${text}`,
    suggested: (command: string) => `Suggested: ${command}`,
    checkPassed: 'Check passed.',
    checkFailed: 'Check not passed yet:',
    daemonProblem: (message: string) => `Could not run it: ${message}`,
    nextLesson: (title: string) => `Go on to the next lesson, "${title}"?`,
    get allDone() {
      return `That was the last lesson. Well done! See the whole picture with ${commandName()} progress.`;
    },
    get saved() {
      return `Your place is saved: ${commandName()} learn brings you back here.`;
    },
    lessonFinished: (title: string, number: number, next: string) => `"${title}" is finished. To go on, ${commandName()} learn ${number} opens the next lesson, "${next}".`,
    yes: 'Yes',
    no: 'No',
    keyActions: { navigate: 'navigate', select: 'select', submit: 'submit', all: 'all', invert: 'invert' } as Record<string, string>,
  },
  {
    needsTerminal: (command: string) => `${commandName()} ${command}은(는) 대화형이라 터미널이 필요합니다 (stdin과 stdout이 터미널이 아닙니다)`,
    get needsTerminalHint() {
      return `터미널에서 실행하세요. 스크립트에서는 ${commandName()} progress --json을 읽을 수 있습니다`;
    },
    noLessons: (dir: string) => `${dir}에 레슨이 없습니다`,
    get noLessonsHint() {
      return `--lessons (또는 DOCKTUTOR_LESSONS)로 준 폴더를 확인하세요: ${commandName()} lessons --check`;
    },
    unknownLesson: (arg: string) => `'${arg}' 레슨이 없습니다`,
    unknownLessonHint: (ids: string) => `레슨 id나 번호를 쓰세요: ${ids}`,
    menuMessage: '어떤 레슨을 할까요?',
    continueAt: (title: string, step: number) => `이어서 하기: ${title}, ${step}단계`,
    statusQuizNotPassed: '퀴즈 미통과',
    statusNotStarted: '시작 전',
    statusInProgress: (done: number, total: number) => `${done}/${total}`,
    statusDone: '완료',
    best: (percent: number) => `최고 ${percent}%`,
    quit: '끝내기',
    resumed: (step: number, total: number) => `지난번에 멈춘 곳부터 이어 갑니다: ${total}단계 중 ${step}단계.`,
    actionMessage: '다음은?',
    actions: {
      next: '다음 단계',
      back: '이전',
      hint: '힌트 보기',
      run: '명령 실행하기',
      skip: '이 단계 건너뛰기',
      quiz: '퀴즈 풀기',
      quit: '끝내기 (현재 위치는 저장됩니다)',
    },
    commandMessage: '명령을 입력하세요 (Enter를 누르면 제안된 명령을 실행합니다):',
    hint: (text: string) => `힌트: ${text}`,
    suggested: (command: string) => `제안: ${command}`,
    checkPassed: '확인 통과.',
    checkFailed: '아직 통과하지 못했습니다:',
    daemonProblem: (message: string) => `실행하지 못했습니다: ${message}`,
    nextLesson: (title: string) => `다음 레슨 "${title}"(으)로 넘어갈까요?`,
    get allDone() {
      return `마지막 레슨이었습니다. 수고하셨습니다! 전체 진도는 ${commandName()} progress로 볼 수 있습니다.`;
    },
    get saved() {
      return `현재 위치를 저장했습니다: ${commandName()} learn으로 여기로 돌아옵니다.`;
    },
    lessonFinished: (title: string, number: number, next: string) => `"${title}" 레슨을 마쳤습니다. 이어서 하려면 ${commandName()} learn ${number}(으)로 다음 레슨 "${next}"을(를) 여세요.`,
    yes: '예',
    no: '아니요',
    keyActions: { navigate: '이동', select: '선택', submit: '제출', all: '전체', invert: '반전' } as Record<string, string>,
  },
);
