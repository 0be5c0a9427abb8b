import { defineMessages } from './index.js';
import { countOf } from './plural.js';
import { commandName } from '../command-name.js';

export const progressMessages = defineMessages(
  {
    movedAside: (file: string, reason: string, aside: string) =>
      `${file} could not be read (${reason}); moved it to ${aside} and started a fresh one`,
    cannotMoveAside: (file: string, reason: string) => `${file} could not be read (${reason}) and could not be moved aside`,
    cannotMoveAsideHint: (file: string) => `check the permissions of ${file} and its folder, or set DOCKTUTOR_HOME to another folder`,
    unreadable: (file: string, reason: string) => `${file} could not be read (${reason}); showing no progress until the next change moves it aside`,
    repaired: (file: string, fields: string[]) => `${file} had ${fields.length === 1 ? 'a field' : `${fields.length} fields`} out of range (${fields.slice(0, 3).join(', ')}${fields.length > 3 ? ', ...' : ''}); kept everything else and reset ${fields.length === 1 ? 'it' : 'them'}`,
    cannotRead: (file: string, code: string) => `${file} exists but cannot be read (${code}); it was left as it is`,
    cannotReadHint: (file: string) => `give yourself read and write access to ${file} (chmod u+rw), or set DOCKTUTOR_HOME to another folder`,
    otherOwnerHint: (file: string) => `${file} belongs to another user: take it back (sudo chown "$USER" ${file}), or set DOCKTUTOR_HOME to another folder`,
    notWritable: (path: string, code: string) => `cannot write progress in ${path} (${code}): the folder is read-only or not yours`,
    notWritableHint: 'make the folder writable, or set DOCKTUTOR_HOME to a folder you can write',
    notJson: 'not valid JSON',
    notProgress: 'not a docktutor progress file',
    newerVersion: (file: string, version: number) => `${file} was written by a newer docktutor (progress version ${version})`,
    newerVersionHint: 'upgrade docktutor (npm install -g docktutor), or set DOCKTUTOR_HOME to another folder',
    locked: (file: string) => `${file} stayed locked by another docktutor`,
    lockedHint: (lock: string) => `if no other docktutor is running, remove ${lock}`,
    columns: { number: '#', lesson: 'Lesson', status: 'Status', steps: 'Steps', best: 'Best quiz', last: 'Latest quiz', visited: 'Last visited' },
    status: { 'not-started': 'not started', 'in-progress': 'in progress', 'quiz-not-passed': 'quiz not passed yet', done: 'done' } as Record<string, string>,
    /** Under a table too narrow for every column: which ones it left out, and where to see them. */
    columnsLeftOut: (names: string[], width: number) =>
      `Left out to fit ${width} columns: ${names.join(', ')}. A wider terminal shows them, as does ${commandName()} progress --json.`,
    never: '-',
    today: 'today',
    yesterday: 'yesterday',
    daysAgo: (days: number) => `${countOf(days, 'day')} ago`,
    overall: 'Overall',
    overallDetail: (steps: number, totalSteps: number, quizzes: number, totalQuizzes: number) =>
      `${steps} of ${countOf(totalSteps, 'step')} done, ${quizzes} of ${countOf(totalQuizzes, 'quiz', 'quizzes')} passed`,
    solvedLine: (unaided: number, hinted: number, revealed: number, skipped: number) =>
      `solved ${unaided} unaided, ${hinted} with hints; ${revealed} revealed, ${skipped} skipped`,
    predictionsLine: (right: number, made: number) => `${right} of ${countOf(made, 'prediction')} right`,
    missedTitle: 'Missed most often:',
    missedLine: (times: number, lesson: string, question: string) => `${times}×  ${lesson}  ${question}`,
    get nothingYet() {
      return `No progress yet: start with ${commandName()} learn.`;
    },
    reviewDue: (count: number) => `${countOf(count, 'question')} due for review: ${commandName()} quiz --review`,
    noLessons: 'no lessons to show',
    resetAllQuestion: (lessons: number, answers: number) =>
      `Erase all your progress (${countOf(lessons, 'lesson')}, ${countOf(answers, 'answer')})? This cannot be undone.`,
    resetLessonQuestion: (title: string, steps: number, answers: number) =>
      `Erase your progress in "${title}" (${countOf(steps, 'step')} done, ${countOf(answers, 'answer')})? This cannot be undone.`,
    resetAllDone: (lessons: number, answers: number) => `Erased all progress: ${countOf(lessons, 'lesson')}, ${countOf(answers, 'answer')}.`,
    resetLessonDone: (title: string, steps: number, answers: number) =>
      `Erased your progress in "${title}": ${countOf(steps, 'step')} done, ${countOf(answers, 'answer')}.`,
    resetFolderNote: (folder: string) => `Its practice folder ${folder} starts over too: files you changed or added there are deleted.`,
    resetFoldersNote: (folder: string) => `Every practice folder, in ${folder}, starts over too: files you changed or added there are deleted.`,
    resetFolderDone: (folder: string) => `Deleted ${folder}: the next start copies the lesson's files afresh.`,
    resetNothing: 'Nothing to erase: no progress is recorded.',
    resetLessonNothing: (title: string) => `Nothing to erase: no progress is recorded for "${title}".`,
    resetKept: 'Nothing was erased.',
    resetNeedsTerminal: 'reset asks before it erases, and there is no terminal to ask in',
    resetNeedsTerminalHint: 'add --yes to erase without asking',
  },
  {
    movedAside: (file: string, reason: string, aside: string) =>
      `${file}을(를) 읽을 수 없어 (${reason}) ${aside}(으)로 옮기고 새로 시작합니다`,
    cannotMoveAside: (file: string, reason: string) => `${file}을(를) 읽을 수 없고 (${reason}) 다른 곳으로 옮길 수도 없습니다`,
    cannotMoveAsideHint: (file: string) => `${file}와(과) 그 폴더의 권한을 확인하거나, DOCKTUTOR_HOME을 다른 폴더로 지정하세요`,
    unreadable: (file: string, reason: string) => `${file}을(를) 읽을 수 없어 (${reason}) 진도를 비워 둔 채 보여 줍니다. 다음에 진도가 바뀔 때 이 파일을 다른 이름으로 옮깁니다`,
    repaired: (file: string, fields: string[]) => `${file}에 범위를 벗어난 필드가 ${fields.length}개 있습니다 (${fields.slice(0, 3).join(', ')}${fields.length > 3 ? ', ...' : ''}). 나머지는 그대로 두고 이 필드만 초기화했습니다`,
    cannotRead: (file: string, code: string) => `${file}이(가) 있지만 읽을 수 없습니다 (${code}). 파일은 그대로 두었습니다`,
    cannotReadHint: (file: string) => `${file}에 읽기·쓰기 권한을 주거나 (chmod u+rw), DOCKTUTOR_HOME을 다른 폴더로 지정하세요`,
    otherOwnerHint: (file: string) => `${file}의 소유자가 다른 사용자입니다: 소유권을 되찾거나 (sudo chown "$USER" ${file}), DOCKTUTOR_HOME을 다른 폴더로 지정하세요`,
    notWritable: (path: string, code: string) => `${path}에 진도를 쓸 수 없습니다 (${code}): 읽기 전용이거나 내 폴더가 아닙니다`,
    notWritableHint: '폴더에 쓰기 권한을 주거나, 쓸 수 있는 폴더를 DOCKTUTOR_HOME으로 지정하세요',
    notJson: '올바른 JSON이 아님',
    notProgress: 'docktutor 진도 파일이 아님',
    newerVersion: (file: string, version: number) => `${file}은(는) 더 새로운 docktutor가 만든 파일입니다 (진도 버전 ${version})`,
    newerVersionHint: 'docktutor를 업그레이드하거나 (npm install -g docktutor), DOCKTUTOR_HOME을 다른 폴더로 지정하세요',
    locked: (file: string) => `다른 docktutor가 ${file}을(를) 계속 잠그고 있습니다`,
    lockedHint: (lock: string) => `다른 docktutor가 실행 중이 아니라면 ${lock}을(를) 지우세요`,
    columns: { number: '#', lesson: '레슨', status: '상태', steps: '단계', best: '퀴즈 최고 점수', last: '퀴즈 최근 점수', visited: '마지막 방문' },
    status: { 'not-started': '시작 전', 'in-progress': '진행 중', 'quiz-not-passed': '퀴즈 미통과', done: '완료' } as Record<string, string>,
    columnsLeftOut: (names: string[], width: number) =>
      `${width}칸 너비에 맞추느라 뺀 열: ${names.join(', ')}. 터미널을 넓히거나 ${commandName()} progress --json으로 볼 수 있습니다.`,
    never: '-',
    today: '오늘',
    yesterday: '어제',
    daysAgo: (days: number) => `${days}일 전`,
    overall: '전체',
    overallDetail: (steps: number, totalSteps: number, quizzes: number, totalQuizzes: number) =>
      `단계 ${totalSteps}개 중 ${steps}개 완료, 퀴즈 ${totalQuizzes}개 중 ${quizzes}개 통과`,
    solvedLine: (unaided: number, hinted: number, revealed: number, skipped: number) =>
      `단계 풀이: 스스로 ${unaided}, 힌트 보고 ${hinted}, 답 보고 ${revealed}, 건너뜀 ${skipped}`,
    predictionsLine: (right: number, made: number) => `예측 ${made}번 중 ${right}번 적중`,
    missedTitle: '가장 자주 틀린 문제:',
    missedLine: (times: number, lesson: string, question: string) => `${times}회  ${lesson}  ${question}`,
    get nothingYet() {
      return `아직 진도가 없습니다: ${commandName()} learn으로 시작하세요.`;
    },
    reviewDue: (count: number) => `복습할 문제 ${count}개: ${commandName()} quiz --review`,
    noLessons: '보여 줄 레슨이 없습니다',
    resetAllQuestion: (lessons: number, answers: number) =>
      `모든 진도를 지울까요? (레슨 ${lessons}개, 답 ${answers}개) 되돌릴 수 없습니다.`,
    resetLessonQuestion: (title: string, steps: number, answers: number) =>
      `"${title}" 레슨의 진도를 지울까요? (완료한 단계 ${steps}개, 답 ${answers}개) 되돌릴 수 없습니다.`,
    resetAllDone: (lessons: number, answers: number) => `모든 진도를 지웠습니다: 레슨 ${lessons}개, 답 ${answers}개.`,
    resetLessonDone: (title: string, steps: number, answers: number) =>
      `"${title}" 레슨의 진도를 지웠습니다: 완료한 단계 ${steps}개, 답 ${answers}개.`,
    resetFolderNote: (folder: string) => `실습 폴더 ${folder}도 처음 상태로 돌아갑니다: 그곳에서 고치거나 추가한 파일은 지워집니다.`,
    resetFoldersNote: (folder: string) => `${folder}에 있는 모든 실습 폴더도 처음 상태로 돌아갑니다: 그곳에서 고치거나 추가한 파일은 지워집니다.`,
    resetFolderDone: (folder: string) => `${folder}을(를) 지웠습니다: 다음에 시작할 때 레슨 파일을 새로 복사합니다.`,
    resetNothing: '지울 것이 없습니다: 기록된 진도가 없습니다.',
    resetLessonNothing: (title: string) => `지울 것이 없습니다: "${title}" 레슨에 기록된 진도가 없습니다.`,
    resetKept: '아무것도 지우지 않았습니다.',
    resetNeedsTerminal: 'reset은 지우기 전에 확인을 묻는데, 물어볼 터미널이 없습니다',
    resetNeedsTerminalHint: '묻지 않고 지우려면 --yes를 붙이세요',
  },
);
