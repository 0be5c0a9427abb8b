import { defineMessages } from './index.js';

/**
 * The lesson checker on the step kinds that ask the learner to produce something (recall and predict
 * try steps, edit blocks): what is wrong, then what was expected.
 */
export const ruleMessages = defineMessages(
  {
    editBlock: (id?: string) => (id ? `edit '${id}'` : 'edit block'),
    oneAction: (first: string) => `a section holds at most one try or edit block and '${first}' is already in it: move this one to a section of its own`,
    recallNeedsGoal: 'mode recall needs goal: the task in words, shown instead of the command',
    recallNeedsHints: 'mode recall needs hints: a ladder of at least 2 rungs (the first names the command, the next its flags; the engine adds the reveal)',
    recallTooFewHints: (count: number) => `hints: a recall step needs a ladder of at least 2 rungs, found ${count}`,
    recallSingleHint: 'hint: a recall step takes a ladder: write hints: with at least 2 rungs instead',
    hintMissing: 'hint is missing: expected hint (one sentence) or hints (a ladder)',
    hintAndHints: 'hint and hints are both given: keep one (hint is a ladder of one rung)',
    missingSolution: (field: string) => `${field} is missing: every edited file needs its reference solution (the tests write it and require every check to pass)`,
    startFailsUnchecked: (kind: string) => `startFails names ${kind}, but checks has no ${kind} check: expected each entry to be the kind of one of the checks`,
    duplicatePath: (path: string) => `${path} is listed twice: expected each file once`,
    unknownCheck: (field: string, kind: string, closest: string) => `${field}: unknown check kind ${kind}: did you mean ${closest}?`,
    checkTwoKinds: (field: string, kinds: string[]) => `${field} names ${kinds.length} check kinds (${kinds.join(', ')}): expected one per list item`,
    checkNoKind: (field: string) => `${field} names no check kind: expected one of the kinds in docs/lesson-format.md, like builds: true`,
    checkItem: (field: string) => `${field} must be a mapping like maxLayers: 3`,
    whyText: (field: string) => `${field} must be text: the message shown when the check fails`,
    absolutePath: (field: string) => `${field} must be an absolute path in the image, like /app`,
    mapEmpty: (field: string) => `${field} must list at least one name: value`,
    port: (field: string) => `${field} must be a port like 8080 or 8080/tcp (tcp, udp or sctp)`,
    cacheReuseShape: (field: string) => `${field} must be a path in the practice folder (logs/app.log) or a mapping like {file: app.sh, keep: install}`,
    runEmpty: (field: string) => `${field} must say what to expect: output, exitCode or both`,
    choice: (field: string) => `${field} must be a number (the right option is the measured result)`,
    choiceWhole: (field: string) => `${field} must be a whole number: the measure counts`,
    choiceTwice: (field: string) => `${field} repeats an earlier option: expected each option once`,
    toleranceSizeOnly: (field: string) => `${field} applies only to measure imageSizeMB: the other measures are whole numbers compared exactly`,
    predictNeedsBuild: (measure: string) => `predict.measure ${measure} measures a build: expected the command to be docker build`,
    predictNeedsImage: (measure: string) => `predict.measure ${measure} measures an image: expected the command to be docker build or docker pull`,
    needsUnknownStep: (field: string, step: string) => `${field}: this lesson has no try step '${step}': expected the id of an earlier try step`,
    needsLaterStep: (field: string, step: string) => `${field}: try '${step}' comes after this step: expected an earlier try step`,
    needsContainerNotMade: (field: string, container: string, step: string) =>
      `${field}: the command of try '${step}' does not name ${container}: expected the step whose command creates it (--name ${container})`,
    shellExpands: (list: string) =>
      `has ${list} outside single quotes: the learner's shell (and docktutor, as it) expands it from their environment before docker sees the line; put it in single quotes to leave it for the container`,
    needsUndeclared: (container: string, step: string) =>
      `command acts on ${container}, which try '${step}' creates: declare it in needs (- container: ${container}, step: the step that leaves it as this one needs it), so that learn can re-create it when it is gone`,
    editFileMissing: (field: string, path: string) => `${field}: ${path} is neither one of the step's files nor in the lesson's workspace/ folder`,
    atMost: (field: string, max: number) => `${field} must be at most ${max}`,
    imageTag: 'a lowercase image name with an optional tag, like dt-hello or dt-hello:1',
    codeDiffers: (field: string, file: string) => `${field} differs from ${file}: code is not translated, expected the same text in every language`,
    legacyOutput: (marker: string) =>
      `'${marker}' is the legacy builder's output, which BuildKit (docker build's builder since Engine 23) never prints: name the legacy builder in the paragraph, list item, table row, block or section that shows it, or show BuildKit's output`,
  },
  {
    editBlock: (id?: string) => (id ? `편집 실습 '${id}'` : '편집 실습 블록'),
    oneAction: (first: string) => `한 섹션에는 실습이나 편집 실습 블록을 하나만 둘 수 있는데 이미 '${first}'가 있습니다: 이 블록을 별도 섹션으로 옮기세요`,
    recallNeedsGoal: 'mode recall에는 goal이 필요합니다: 명령 대신 보여 줄 과제 설명',
    recallNeedsHints: 'mode recall에는 hints가 필요합니다: 2단계 이상의 힌트 사다리 (첫 단계는 명령, 다음 단계는 플래그를 알려 주고, 정답 공개는 엔진이 덧붙입니다)',
    recallTooFewHints: (count: number) => `hints: recall 실습의 힌트 사다리는 2단계 이상이어야 하는데 ${count}단계입니다`,
    recallSingleHint: 'hint: recall 실습은 힌트 사다리를 씁니다: hint 대신 2단계 이상의 hints를 쓰세요',
    hintMissing: 'hint가 없습니다: hint(한 문장)나 hints(힌트 사다리)가 있어야 합니다',
    hintAndHints: 'hint와 hints가 둘 다 있습니다: 하나만 두세요 (hint는 1단계짜리 사다리입니다)',
    missingSolution: (field: string) => `${field}가 없습니다: 편집하는 파일마다 참조 답안이 있어야 합니다 (테스트가 답안을 써 넣고 모든 검사가 통과하는지 확인합니다)`,
    startFailsUnchecked: (kind: string) => `startFails에 ${kind}가 있지만 checks에는 ${kind} 검사가 없습니다: 각 항목은 checks에 있는 검사 종류여야 합니다`,
    duplicatePath: (path: string) => `${path}가 두 번 나옵니다: 파일마다 한 번만 적어야 합니다`,
    unknownCheck: (field: string, kind: string, closest: string) => `${field}: 알 수 없는 검사 종류 ${kind}: ${closest}의 오타인가요?`,
    checkTwoKinds: (field: string, kinds: string[]) => `${field}에 검사 종류가 ${kinds.length}개(${kinds.join(', ')}) 있습니다: 목록 항목마다 하나씩이어야 합니다`,
    checkNoKind: (field: string) => `${field}에 검사 종류가 없습니다: builds: true처럼 docs/lesson-format.md에 있는 종류 중 하나여야 합니다`,
    checkItem: (field: string) => `${field}는 maxLayers: 3 같은 매핑이어야 합니다`,
    whyText: (field: string) => `${field}는 텍스트여야 합니다: 검사가 실패할 때 보여 줄 메시지`,
    absolutePath: (field: string) => `${field}는 /app 같은 이미지 안의 절대 경로여야 합니다`,
    mapEmpty: (field: string) => `${field}에는 이름: 값이 하나 이상 있어야 합니다`,
    port: (field: string) => `${field}는 8080이나 8080/tcp 같은 포트여야 합니다 (tcp, udp, sctp)`,
    cacheReuseShape: (field: string) => `${field}는 실습 폴더 안의 경로(logs/app.log)나 {file: app.sh, keep: install} 같은 매핑이어야 합니다`,
    runEmpty: (field: string) => `${field}에는 기대하는 결과가 있어야 합니다: output, exitCode 또는 둘 다`,
    choice: (field: string) => `${field}는 숫자여야 합니다 (정답은 실제로 측정한 결과입니다)`,
    choiceWhole: (field: string) => `${field}는 정수여야 합니다: 개수를 세는 측정입니다`,
    choiceTwice: (field: string) => `${field}가 앞의 보기와 같습니다: 보기는 한 번씩만 적어야 합니다`,
    toleranceSizeOnly: (field: string) => `${field}는 measure가 imageSizeMB일 때만 씁니다: 다른 측정은 정수라서 정확히 비교합니다`,
    predictNeedsBuild: (measure: string) => `predict.measure ${measure}는 빌드를 측정합니다: 명령이 docker build여야 합니다`,
    predictNeedsImage: (measure: string) => `predict.measure ${measure}는 이미지를 측정합니다: 명령이 docker build나 docker pull이어야 합니다`,
    needsUnknownStep: (field: string, step: string) => `${field}: 이 레슨에는 실습 '${step}'가 없습니다: 앞선 실습의 id여야 합니다`,
    needsLaterStep: (field: string, step: string) => `${field}: 실습 '${step}'는 이 단계보다 뒤에 있습니다: 앞선 실습이어야 합니다`,
    needsContainerNotMade: (field: string, container: string, step: string) =>
      `${field}: 실습 '${step}'의 명령에 ${container}가 없습니다: 그 컨테이너를 만드는 단계(--name ${container})여야 합니다`,
    shellExpands: (list: string) =>
      `작은따옴표 밖에 ${list}이(가) 있습니다: 학습자의 셸(과 셸처럼 읽는 docktutor)이 docker에 넘기기 전에 학습자의 환경 변수로 바꿉니다. 컨테이너 몫으로 남기려면 작은따옴표로 감싸세요`,
    needsUndeclared: (container: string, step: string) =>
      `command가 실습 '${step}'에서 만드는 ${container}을(를) 씁니다: needs에 적어 주세요(- container: ${container}, step: 이 단계에 필요한 상태로 남겨 두는 단계). 그래야 컨테이너가 없을 때 learn이 다시 만들 수 있습니다`,
    editFileMissing: (field: string, path: string) => `${field}: ${path}는 이 단계의 files에도, 레슨의 workspace/ 폴더에도 없습니다`,
    atMost: (field: string, max: number) => `${field}는 ${max} 이하여야 합니다`,
    imageTag: 'dt-hello나 dt-hello:1 같은 소문자 이미지 이름(태그는 선택)',
    codeDiffers: (field: string, file: string) => `${field}가 ${file}와 다릅니다: 코드는 번역하지 않으므로 모든 언어에서 같은 텍스트여야 합니다`,
    legacyOutput: (marker: string) =>
      `'${marker}'은(는) 레거시 빌더의 출력이고, BuildKit(Engine 23부터 docker build의 빌더)은 출력하지 않습니다: 그것을 보여 주는 문단, 목록 항목, 표의 행, 블록이나 섹션에서 레거시 빌더를 밝히거나, BuildKit의 출력을 보여 주세요`,
  },
);
