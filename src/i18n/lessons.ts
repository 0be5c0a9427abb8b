import { defineMessages } from './index.js';
import { commandName } from '../command-name.js';

/** The lesson checker: every message says what is wrong, then what was expected. */
export const checkMessages = defineMessages(
  {
    frontMatter: 'front matter',
    tryBlock: (id?: string) => (id ? `try '${id}'` : 'try block'),
    quizBlock: (id?: string) => (id ? `quiz '${id}'` : 'quiz block'),
    noFrontMatter: "no front matter: the file must start with a '---' line, the lesson's YAML fields, then a closing '---' line",
    unclosed: 'the block is never closed: expected a closing ``` line',
    unknownPlaceholder: (name: string) => `unknown placeholder {{${name}}}: expected {{image}}, {{registry}} or {{user}}`,
    yamlSyntax: (detail: string) => `YAML syntax error: ${detail}`,
    unknownField: (names: string) => `unexpected field ${names}: check its spelling against docs/lesson-format.md`,
    didYouMean: (name: string, meant: string) => `unexpected field ${name}: did you mean ${meant}?`,
    missing: (field: string, kind: string) => `${field} is missing: expected ${kind}`,
    wrongType: (field: string, kind: string) => `${field} must be ${kind}`,
    oneOf: (field: string, values: string[]) => `${field} must be one of ${values.join(', ')}`,
    atLeastItems: (field: string, n: number) => `${field} must have at least ${n} ${n === 1 ? 'item' : 'items'}`,
    notEmpty: (field: string) => `${field} must not be empty`,
    positive: (field: string) => `${field} must be greater than 0`,
    invalid: (field: string, detail: string) => `${field} is invalid: ${detail}`,
    relativePath: (field: string) => `${field} must be a relative path inside the practice folder (no leading /, no ..)`,
    checkEmpty: 'check must list at least one of exitCode, output, container, image, build, login, registry',
    singleCorrect: (count: number) => `options: a single-choice question needs exactly one option with correct: true, found ${count}`,
    multipleCorrect: 'options: a multiple-choice question needs at least one option with correct: true',
    kinds: {
      size: 'a size like 20MiB, 512KiB or a plain byte count',
      integer: 'a whole number',
      boolean: 'true or false',
      trueFalse: 'true or false (without quotes)',
      list: 'a list',
      mapping: 'a mapping of fields',
      number: 'a number',
      text: 'text',
      textOrList: 'text, or a list of texts',
      kebab: 'kebab-case: lowercase letters and digits joined by single dashes (like run-hello)',
      memory: 'a memory size like 64m or 1g',
      dockerCommand: "a docker command starting with 'docker '",
    },
    missingFile: (lang: string) => `missing file: every lesson needs en.md and ko.md, and ${lang}.md is not there`,
    unexpectedEntry: (name: string) => `unexpected '${name}' in a lesson folder: expected only en.md, ko.md and workspace/`,
    duplicateLessonId: (id: string, other: string) => `lesson id '${id}' is also used by ${other}: expected ids unique across the folder`,
    duplicateOrder: (order: number, other: string) => `order ${order} is also used by ${other}: expected a unique order per lesson`,
    duplicateBlockId: (kind: string, id: string, line: number) => `${kind} id '${id}' is already used at line ${line}: expected ids unique within a lesson`,
    langDiffers: (field: string, here: string, there: string, file: string) => `${field} is ${here} but ${there} in ${file}: expected the same in every language`,
    idsDiffer: (kind: string, position: number, expected: string | undefined, found: string | undefined, file: string) =>
      `${kind} block ${position} is ${found === undefined ? 'missing' : `'${found}'`}: expected ${expected === undefined ? 'no more' : `'${expected}'`} as in ${file} (the same ids in the same order in every language)`,
    tooFewQuestions: (count: number, min: number) => `only ${count} ${count === 1 ? 'question' : 'questions'}: expected at least ${min} per lesson`,
    badCommand: (command: string, reason: string) => `'${command}' cannot run: ${reason}`,
    workspaceFileMissing: (path: string) => `${path} is not in the lesson's workspace/ folder: expected every file a command names to be there`,
    noWorkspace: 'the command builds from the practice folder, but the lesson has no workspace/ folder',
  },
  {
    frontMatter: '머리말(front matter)',
    tryBlock: (id?: string) => (id ? `실습 '${id}'` : '실습 블록'),
    quizBlock: (id?: string) => (id ? `퀴즈 '${id}'` : '퀴즈 블록'),
    noFrontMatter: "머리말이 없습니다: 파일은 '---' 줄, 레슨의 YAML 필드, 닫는 '---' 줄로 시작해야 합니다",
    unclosed: '블록이 닫히지 않았습니다: 닫는 ``` 줄이 필요합니다',
    unknownPlaceholder: (name: string) => `알 수 없는 자리표시자 {{${name}}}: {{image}}, {{registry}}, {{user}} 중 하나여야 합니다`,
    yamlSyntax: (detail: string) => `YAML 문법 오류: ${detail}`,
    unknownField: (names: string) => `예상하지 못한 필드 ${names}: docs/lesson-format.md와 철자를 비교해 보세요`,
    didYouMean: (name: string, meant: string) => `예상하지 못한 필드 ${name}: ${meant}의 오타인가요?`,
    missing: (field: string, kind: string) => `${field}가 없습니다: ${kind}이어야 합니다`,
    wrongType: (field: string, kind: string) => `${field}는 ${kind}이어야 합니다`,
    oneOf: (field: string, values: string[]) => `${field}는 ${values.join(', ')} 중 하나여야 합니다`,
    atLeastItems: (field: string, n: number) => `${field}에는 항목이 ${n}개 이상 있어야 합니다`,
    notEmpty: (field: string) => `${field}는 비어 있으면 안 됩니다`,
    positive: (field: string) => `${field}는 0보다 커야 합니다`,
    invalid: (field: string, detail: string) => `${field}가 올바르지 않습니다: ${detail}`,
    relativePath: (field: string) => `${field}는 실습 폴더 안의 상대 경로여야 합니다 (맨 앞의 /나 ..은 안 됨)`,
    checkEmpty: 'check에는 exitCode, output, container, image, build, login, registry 중 하나 이상이 있어야 합니다',
    singleCorrect: (count: number) => `options: 단일 선택 문제는 correct: true 인 보기가 정확히 하나여야 하는데 ${count}개입니다`,
    multipleCorrect: 'options: 복수 선택 문제는 correct: true 인 보기가 하나 이상 있어야 합니다',
    kinds: {
      size: '20MiB, 512KiB 같은 크기나 바이트 수',
      integer: '정수',
      boolean: 'true 또는 false',
      trueFalse: '따옴표 없는 true 또는 false',
      list: '목록',
      mapping: '필드의 매핑',
      number: '숫자',
      text: '텍스트',
      textOrList: '텍스트 또는 텍스트 목록',
      kebab: '케밥 표기: 소문자와 숫자를 대시 하나로 이은 형태 (예: run-hello)',
      memory: '64m, 1g 같은 메모리 크기',
      dockerCommand: "'docker '로 시작하는 docker 명령",
    },
    missingFile: (lang: string) => `파일이 없습니다: 모든 레슨에는 en.md와 ko.md가 있어야 하는데 ${lang}.md가 없습니다`,
    unexpectedEntry: (name: string) => `레슨 폴더에 예상하지 못한 '${name}'가 있습니다: en.md, ko.md, workspace/만 있어야 합니다`,
    duplicateLessonId: (id: string, other: string) => `레슨 id '${id}'를 ${other}도 쓰고 있습니다: id는 폴더 전체에서 고유해야 합니다`,
    duplicateOrder: (order: number, other: string) => `order ${order}를 ${other}도 쓰고 있습니다: 레슨마다 order가 달라야 합니다`,
    duplicateBlockId: (kind: string, id: string, line: number) => `${kind} id '${id}'는 이미 ${line}번째 줄에서 쓰였습니다: 레슨 안에서 id는 고유해야 합니다`,
    langDiffers: (field: string, here: string, there: string, file: string) => `${field}가 ${here}인데 ${file}에서는 ${there}입니다: 모든 언어에서 같아야 합니다`,
    idsDiffer: (kind: string, position: number, expected: string | undefined, found: string | undefined, file: string) =>
      `${position}번째 ${kind} 블록이 ${found === undefined ? '없습니다' : `'${found}'입니다`}: ${file}처럼 ${expected === undefined ? '더 없어야' : `'${expected}'여야`} 합니다 (모든 언어에서 같은 id가 같은 순서로)`,
    tooFewQuestions: (count: number, min: number) => `문제가 ${count}개뿐입니다: 레슨마다 ${min}개 이상 있어야 합니다`,
    badCommand: (command: string, reason: string) => `'${command}'는 실행할 수 없습니다: ${reason}`,
    workspaceFileMissing: (path: string) => `${path}가 레슨의 workspace/ 폴더에 없습니다: 명령이 가리키는 파일은 모두 그곳에 있어야 합니다`,
    noWorkspace: '명령이 실습 폴더에서 빌드하는데 레슨에 workspace/ 폴더가 없습니다',
  },
);

/** `docktutor lessons`: the list and the checker's summary. */
export const lessonListMessages = defineMessages(
  {
    columns: { order: '#', id: 'id', title: 'title', minutes: 'min', questions: 'questions' },
    empty: (dir: string) => `No lessons in ${dir}.`,
    checked: (lessons: number, languages: number, questions: number, tries: number, edits: number) => {
      const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      return `${count(lessons, 'lesson', 'lessons')}, ${count(languages, 'language', 'languages')}, ${count(questions, 'question', 'questions')}, ${count(tries, 'try step', 'try steps')}, ${count(edits, 'edit step', 'edit steps')}: no problems found.`;
    },
    problemsFound: (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'} found`,
    problemsHint: 'fix each line above; docs/lesson-format.md describes every field',
    invalidLessons: (dir: string) => `the lessons in ${dir} have problems`,
    invalidLessonsHint: (dir: string) => `run '${commandName()} lessons --check ${dir}' to see every problem with its file and line`,
    notADir: (dir: string) => `${dir} is not a lessons folder`,
    notADirHint: 'give a folder that holds one sub-folder per lesson (NN-slug/en.md, NN-slug/ko.md)',
    noSuchFolder: (dir: string) => `${dir} does not exist`,
    noSuchFolderHint: 'check the path: give a lessons folder (like lessons/, with NN-slug/en.md and NN-slug/ko.md) or one lesson folder',
    fileNotFolder: (dir: string) => `${dir} is a file, not a lessons folder`,
    noLessonFolder: (dir: string) => `${dir} is not a lessons folder: it holds no lesson (a folder with en.md and ko.md)`,
    noLessonFolderHint: 'give a folder of lesson folders (like lessons/, with NN-slug/en.md and NN-slug/ko.md) or one lesson folder itself',
  },
  {
    columns: { order: '#', id: 'id', title: '제목', minutes: '분', questions: '문제' },
    empty: (dir: string) => `${dir}에 레슨이 없습니다.`,
    checked: (lessons: number, languages: number, questions: number, tries: number, edits: number) =>
      `레슨 ${lessons}개, 언어 ${languages}개, 문제 ${questions}개, 실습 ${tries}개, 편집 실습 ${edits}개: 문제없음.`,
    problemsFound: (count: number) => `문제 ${count}건 발견`,
    problemsHint: '위의 각 줄을 고치세요. 모든 필드는 docs/lesson-format.md에 설명되어 있습니다',
    invalidLessons: (dir: string) => `${dir}의 레슨에 문제가 있습니다`,
    invalidLessonsHint: (dir: string) => `'${commandName()} lessons --check ${dir}'를 실행하면 모든 문제를 파일과 줄 번호와 함께 볼 수 있습니다`,
    notADir: (dir: string) => `${dir}는 레슨 폴더가 아닙니다`,
    notADirHint: '레슨마다 하위 폴더가 하나씩 있는 폴더를 지정하세요 (NN-slug/en.md, NN-slug/ko.md)',
    noSuchFolder: (dir: string) => `${dir} 폴더가 없습니다`,
    noSuchFolderHint: '경로를 확인하세요: 레슨 폴더들을 담은 폴더(lessons/처럼 NN-slug/en.md, NN-slug/ko.md가 있는 곳)나 레슨 폴더 하나를 지정하세요',
    fileNotFolder: (dir: string) => `${dir} 파일은 레슨 폴더가 아닙니다`,
    noLessonFolder: (dir: string) => `${dir}는 레슨 폴더가 아닙니다: 레슨(en.md와 ko.md가 있는 폴더)이 하나도 없습니다`,
    noLessonFolderHint: '레슨 폴더들을 담은 폴더(lessons/처럼 NN-slug/en.md, NN-slug/ko.md가 있는 곳)나 레슨 폴더 하나를 지정하세요',
  },
);

/** One step of a lesson on screen. */
export const renderMessages = defineMessages(
  {
    progress: (step: number, total: number) => `Step ${step}/${total}`,
    tryTitle: 'Try it',
    goalTitle: 'Your task',
    hiddenCommand: '… (the command is yours to write: see the task below)',
    files: (paths: string) => `Files: ${paths}`,
    hint: 'Hint',
    clipped: (lines: number, needed: number) =>
      `(${lines === 1 ? 'one line' : `${lines} lines`} of the block above cut at the edge: ${needed} columns show it whole)`,
    noSuchStep: (step: string, lesson: string, total: number) => `lesson ${lesson} has no step ${step}: it has steps 1 to ${total}`,
    noSuchStepHint: (command: string) => `leave out --step to see the whole lesson: ${command}`,
    badWidth: (width: string) => `--width ${width} is not a number of columns`,
    badWidthHint: 'give a whole number of at least 20, such as --width 80',
  },
  {
    progress: (step: number, total: number) => `단계 ${step}/${total}`,
    tryTitle: '직접 해 보기',
    goalTitle: '할 일',
    hiddenCommand: '… (명령은 아래 할 일을 보고 직접 작성하세요)',
    files: (paths: string) => `파일: ${paths}`,
    hint: '힌트',
    clipped: (lines: number, needed: number) => `(위 블록의 ${lines}줄이 화면 끝에서 잘렸습니다. 터미널 폭이 ${needed}칸이면 전부 보입니다)`,
    noSuchStep: (step: string, lesson: string, total: number) => `${lesson} 레슨에는 ${step}단계가 없습니다: 1단계부터 ${total}단계까지 있습니다`,
    noSuchStepHint: (command: string) => `--step을 빼면 레슨 전체를 볼 수 있습니다: ${command}`,
    badWidth: (width: string) => `--width ${width}은(는) 칸 수가 아닙니다`,
    badWidthHint: '20 이상의 정수를 주세요. 예: --width 80',
  },
);

/** A try step's check, one sentence per property: what was found, and what was expected when it differs. */
export const stepMessages = defineMessages(
  {
    exitCode: (actual: number, expected: number) =>
      actual === expected ? `the command exited with ${actual}` : `the command exited with ${actual}, expected ${expected}`,
    output: (text: string, found: boolean) => (found ? `the output contains "${text}"` : `the output does not contain "${text}"`),
    outputNot: (text: string, found: boolean) => (found ? `the output contains "${text}", and it should not` : `the output does not contain "${text}"`),
    noContainer: (what: string) => `no container that docktutor created matches ${what}`,
    containerWhat: (name?: string, image?: string) =>
      [name && `the name ${name}`, image && `the image ${image}`].filter(Boolean).join(' and ') || 'anything',
    running: (name: string, actual: boolean, expected: boolean) =>
      `a container named ${name} ${actual ? 'is running' : 'is not running'}${actual === expected ? '' : `, expected it ${expected ? 'running' : 'stopped'}`}`,
    containerExit: (name: string, actual: number | undefined, expected: number) =>
      actual === undefined
        ? `a container named ${name} is still running, expected it to exit with ${expected}`
        : `a container named ${name} exited with ${actual}${actual === expected ? '' : `, expected ${expected}`}`,
    oomKilled: (name: string, actual: boolean, expected: boolean) =>
      `a container named ${name} has OOMKilled ${actual}${actual === expected ? '' : `, expected ${expected}`}`,
    memory: (name: string, actual: number, expected: string, expectedBytes: number) =>
      `a container named ${name} has ${actual === 0 ? 'no memory limit' : `a memory limit of ${actual} bytes`}` +
      (actual === expectedBytes ? ` (${expected})` : `, expected ${expected} (${expectedBytes} bytes)`),
    cpus: (name: string, actual: string, expected: string) =>
      `a container named ${name} ${actual === '0' ? 'has no CPU limit' : `may use ${actual} CPUs`}${actual === expected ? '' : `, expected ${expected}`}`,
    image: (ref: string, exists: boolean, expected: boolean) =>
      `${exists ? `an image tagged ${ref} exists` : `no image is tagged ${ref}`}${exists === expected ? '' : `, expected ${expected ? 'one' : 'none'}`}`,
    imageEnv: (ref: string, name: string, actual: string | undefined, expected: string) =>
      actual === undefined ? `the image ${ref} has no ${name} in its environment, expected ${name}=${expected}` : `the image ${ref} has ${name}=${actual}${actual === expected ? '' : `, expected ${name}=${expected}`}`,
    removed: (actual: boolean, expected: boolean) =>
      `${actual ? 'the container was removed when it exited' : 'the container is still there after it exited'}${actual === expected ? '' : expected ? ' (--rm removes it)' : ', expected it to stay'}`,
    noBuild: 'the command ran no build, so there is no build to check',
    cachedSteps: (actual: number[], expected: number[]) => {
      const list = (steps: number[]) => (steps.length === 0 ? 'no step' : `${steps.length === 1 ? 'step' : 'steps'} ${steps.join(', ')}`);
      const same = actual.join() === expected.join();
      return `the build took ${list(actual)} from the cache${same ? '' : `, expected ${list(expected)}`}`;
    },
    cachedStepsWarm: (expected: number[]) =>
      `every step came from the cache, expected only ${expected.length === 1 ? 'step' : 'steps'} ${expected.join(', ')}: either the change this step asks for is missing, or you built exactly this before on this daemon (a lesson done a second time); in that case skip the step`,
    contextMax: (actual: string, max: string, passed: boolean) => `the build context was ${actual}, ${passed ? 'within' : 'more than'} the ${max} allowed`,
    contextMin: (actual: string, min: string, passed: boolean) => `the build context was ${actual}, ${passed ? 'at least' : 'less than'} the ${min} expected`,
    login: (server: string, actual: boolean, expected: boolean) =>
      `${actual ? `credentials for ${server} are stored` : `no credentials for ${server} are stored`}${actual === expected ? '' : `, expected ${expected ? 'a login' : 'none'}`}`,
    registry: (host: string, repo: string, tag: string, found: boolean, tags: string[]) =>
      found ? `the registry ${host} holds ${repo}:${tag}` : `the registry ${host} does not hold ${repo}:${tag} (its tags: ${tags.join(', ') || 'none'})`,
    registryFailed: (host: string, reason: string) => `could not ask the registry ${host} for its tags: ${reason}`,
    noStep: (lesson: string, step: number) => `lesson ${lesson} has no try-it step at step ${step}`,
  },
  {
    exitCode: (actual: number, expected: number) =>
      actual === expected ? `명령이 ${actual}(으)로 끝났습니다` : `명령이 ${actual}(으)로 끝났습니다. ${expected}(이)어야 합니다`,
    output: (text: string, found: boolean) => (found ? `출력에 "${text}"이(가) 있습니다` : `출력에 "${text}"이(가) 없습니다`),
    outputNot: (text: string, found: boolean) => (found ? `출력에 "${text}"이(가) 있는데, 없어야 합니다` : `출력에 "${text}"이(가) 없습니다`),
    noContainer: (what: string) => `docktutor가 만든 컨테이너 중 ${what}에 맞는 것이 없습니다`,
    containerWhat: (name?: string, image?: string) =>
      [name && `이름 ${name}`, image && `이미지 ${image}`].filter(Boolean).join(', ') || '조건',
    running: (name: string, actual: boolean, expected: boolean) =>
      `${name} 컨테이너가 ${actual ? '실행 중입니다' : '실행 중이 아닙니다'}${actual === expected ? '' : `. ${expected ? '실행 중이어야' : '멈춰 있어야'} 합니다`}`,
    containerExit: (name: string, actual: number | undefined, expected: number) =>
      actual === undefined
        ? `${name} 컨테이너가 아직 실행 중입니다. ${expected}(으)로 종료되어야 합니다`
        : `${name} 컨테이너가 ${actual}(으)로 종료되었습니다${actual === expected ? '' : `. ${expected}(이)어야 합니다`}`,
    oomKilled: (name: string, actual: boolean, expected: boolean) =>
      `${name} 컨테이너의 OOMKilled는 ${actual}입니다${actual === expected ? '' : `. ${expected}여야 합니다`}`,
    memory: (name: string, actual: number, expected: string, expectedBytes: number) =>
      `${name} 컨테이너의 메모리 제한은 ${actual === 0 ? '없습니다' : `${actual}바이트입니다`}` +
      (actual === expectedBytes ? ` (${expected})` : `. ${expected} (${expectedBytes}바이트)여야 합니다`),
    cpus: (name: string, actual: string, expected: string) =>
      `${name} 컨테이너는 ${actual === '0' ? 'CPU 제한이 없습니다' : `CPU를 ${actual}개까지 쓸 수 있습니다`}${actual === expected ? '' : `. ${expected}개여야 합니다`}`,
    image: (ref: string, exists: boolean, expected: boolean) =>
      `${exists ? `${ref} 태그의 이미지가 있습니다` : `${ref} 태그의 이미지가 없습니다`}${exists === expected ? '' : `. ${expected ? '있어야' : '없어야'} 합니다`}`,
    imageEnv: (ref: string, name: string, actual: string | undefined, expected: string) =>
      actual === undefined
        ? `${ref} 이미지의 환경 변수에 ${name}이(가) 없습니다 (기대한 값: ${name}=${expected})`
        : `${ref} 이미지의 환경 변수는 ${name}=${actual}입니다${actual === expected ? '' : ` (기대한 값: ${name}=${expected})`}`,
    removed: (actual: boolean, expected: boolean) =>
      `${actual ? '컨테이너가 끝나면서 삭제되었습니다' : '컨테이너가 끝난 뒤에도 남아 있습니다'}${actual === expected ? '' : expected ? ' (--rm을 쓰면 삭제됩니다)' : '. 남아 있어야 합니다'}`,
    noBuild: '이 명령은 빌드를 하지 않아서 빌드를 확인할 수 없습니다',
    cachedSteps: (actual: number[], expected: number[]) => {
      const list = (steps: number[]) => (steps.length === 0 ? '아무 단계도' : `${steps.join(', ')}단계를`);
      const same = actual.join() === expected.join();
      return `빌드가 캐시에서 ${list(actual)} 가져왔습니다${same ? '' : `. 캐시에서 ${list(expected)} 가져와야 합니다`}`;
    },
    cachedStepsWarm: (expected: number[]) =>
      `모든 단계를 캐시에서 가져왔습니다. ${expected.join(', ')}단계만 캐시에서 가져와야 합니다: 이 단계가 요구하는 변경이 빠졌거나, 이 데몬에서 똑같은 빌드를 한 적이 있습니다(레슨을 두 번째 하는 경우). 두 번째라면 이 단계를 건너뛰세요`,
    contextMax: (actual: string, max: string, passed: boolean) => `빌드 컨텍스트는 ${actual}로, 허용된 ${max}${passed ? ' 이내입니다' : '를 넘었습니다'}`,
    contextMin: (actual: string, min: string, passed: boolean) => `빌드 컨텍스트는 ${actual}로, 기대한 ${min}${passed ? ' 이상입니다' : '보다 작습니다'}`,
    login: (server: string, actual: boolean, expected: boolean) =>
      `${actual ? `${server}의 로그인 정보가 저장되어 있습니다` : `${server}의 로그인 정보가 없습니다`}${actual === expected ? '' : `. ${expected ? '로그인되어 있어야' : '로그아웃되어 있어야'} 합니다`}`,
    registry: (host: string, repo: string, tag: string, found: boolean, tags: string[]) =>
      found ? `레지스트리 ${host}에 ${repo}:${tag}가 있습니다` : `레지스트리 ${host}에 ${repo}:${tag}가 없습니다 (있는 태그: ${tags.join(', ') || '없음'})`,
    registryFailed: (host: string, reason: string) => `레지스트리 ${host}에 태그 목록을 물어보지 못했습니다: ${reason}`,
    noStep: (lesson: string, step: number) => `${lesson} 레슨의 ${step}단계에는 실습이 없습니다`,
  },
);
