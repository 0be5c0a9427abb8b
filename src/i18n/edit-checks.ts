/**
 * An edit step's checks in the learner's words: for each kind, what holds when it passes, and when it
 * fails, what is wrong and where to look. A lesson's `why` replaces the failure sentence; the facts
 * (what was found) are still shown under it.
 */
import { defineMessages } from './index.js';

/** What a check's container did: its output's first line, how it ended. */
export interface RunSeen {
  /** The one line printed ('' for none); with `lines`, '' and the lines are listed under the message. */
  output: string;
  /** How many lines it printed, when more than one. */
  lines?: number;
  exitCode?: number;
  /** Seconds after which it was stopped, when it did not end by itself. */
  timedOut?: number;
}

export interface RunExpected {
  output?: string;
  exitCode?: number;
}

/** `below`: the lines printed are listed under the message (a failed check). */
function describeRunEn(seen: RunSeen, below = false): string {
  const printed = seen.lines !== undefined ? `printed ${seen.lines} lines${below ? ' (the last ones below)' : ''}` : seen.output === '' ? 'printed nothing' : `printed "${seen.output}"`;
  const ended = seen.timedOut !== undefined ? `was still running after ${seen.timedOut} seconds (stopped)` : `exited with ${seen.exitCode}`;
  return `${printed} and ${ended}`;
}

function describeRunKo(seen: RunSeen, below = false): string {
  const printed = seen.lines !== undefined ? `${seen.lines}줄을 출력하고${below ? '(마지막 줄들은 아래에 있습니다)' : ''}` : seen.output === '' ? '아무것도 출력하지 않고' : `"${seen.output}"을(를) 출력하고`;
  const ended = seen.timedOut !== undefined ? `${seen.timedOut}초가 지나도 끝나지 않았습니다 (멈췄습니다)` : `${seen.exitCode}(으)로 종료되었습니다`;
  return `${printed} ${ended}`;
}

export const editCheckMessages = defineMessages(
  {
    buildsPass: 'The image builds.',
    buildsFail: 'The image does not build: docker build stopped at an error. Read the error lines below, then fix the instruction they name.',
    blocked: 'Not checked yet: the image has to build first.',
    notRootPass: (user: string) => `The container runs as ${user}, not as root.`,
    notRootUnset: 'The container runs as root: the image sets no USER. Add a USER line (a user number such as 1000, or a user made with adduser) after the RUN lines that need root.',
    notRootRoot: (user: string) => `The container runs as root: USER ${user} is the root user. Name an unprivileged user instead (a user number such as 1000, or one made with adduser).`,
    execFormPass: 'CMD and ENTRYPOINT are in exec form (JSON arrays).',
    execFormNone: 'The Dockerfile sets neither ENTRYPOINT nor CMD yet: write them in exec form, as JSON arrays.',
    execFormFail: (instruction: string, written: string) =>
      `${instruction} is in shell form (${written}): /bin/sh -c becomes the container's first process, and your program never receives the SIGTERM of docker stop. Write it as a JSON array: ${instruction} ["program", "argument"].`,
    workdirPass: (path: string) => `The working directory is ${path}.`,
    workdirFail: (actual: string, expected: string) =>
      `The container's working directory is ${actual}, expected ${expected}. Set it with WORKDIR ${expected}: a RUN cd lasts only until the end of its own RUN line.`,
    envPass: (name: string, value: string) => `The variable ${name} is ${value}.`,
    envUnset: (name: string, expected: string) => `The variable ${name} is not set in the image. Add ENV ${name}=${expected}.`,
    envWrong: (name: string, actual: string, expected: string) =>
      `The variable ${name} is ${actual}, expected ${expected}. Look at the ENV line that sets it (a later ENV replaces an earlier one).`,
    labelPass: (name: string, value: string) => `The label ${name} is ${value}.`,
    labelUnset: (name: string, expected: string) => `The image has no label ${name}. Add LABEL ${name}="${expected}".`,
    labelWrong: (name: string, actual: string, expected: string) => `The label ${name} is ${actual}, expected ${expected}. Look at the LABEL line that sets it.`,
    exposePass: (port: string) => `Port ${port} is exposed.`,
    exposeFail: (port: string, exposed: string) => `Port ${port} is not exposed (exposed: ${exposed || 'none'}). Add EXPOSE ${port.replace(/\/tcp$/, '')}.`,
    layersPass: (count: number, max: number) => `The image adds ${count} ${count === 1 ? 'layer' : 'layers'} to its FROM image (at most ${max}).`,
    layersFail: (count: number, max: number) =>
      `The image adds ${count} layers to its FROM image, more than the ${max} allowed. Each RUN, COPY and ADD makes a layer: join RUN lines with &&, and copy together what belongs together.`,
    sizePass: (size: string, max: string) => `The image is ${size} (at most ${max}).`,
    sizeFail: (size: string, max: string) =>
      `The image is ${size}, more than the ${max} allowed. Look at what the final image keeps: build tools, package caches, files copied in that the program does not need.`,
    cachePass: (file: string, keep: string) => `After a change to ${file}, the rebuild took the steps holding "${keep}" from the cache.`,
    cacheAllPass: (file: string) => `After a change to ${file}, the rebuild took every step from the cache.`,
    cacheNotCopied: (file: string) => `${file} is left out of the build context, so a change to it rebuilds nothing.`,
    cacheFail: (file: string, reran: string) =>
      `After a change to ${file}, the rebuild ran ${reran} again instead of taking it from the cache. Copy ${file} after the instructions that do not need it: first what changes rarely, then the source.`,
    cacheAllFail: (file: string, reran: string) =>
      `After a change to ${file}, the rebuild ran ${reran} again: the file still reaches the build. Leave it out of the build context with a line in .dockerignore, or copy only what the image needs.`,
    cacheNoKeep: (keep: string) => `No step of the build holds "${keep}": the step the exercise is about is missing or was reworded. Keep it as the goal gives it.`,
    cacheBroken: (file: string) => `After a change to ${file}, the image no longer builds: see the error lines below.`,
    contextPass: (size: string, max: string) => `The build context sent is ${size} (at most ${max}).`,
    contextFail: (size: string, max: string, biggest: string) =>
      `The build context sent is ${size}, more than the ${max} allowed${biggest ? ` (the biggest file: ${biggest})` : ''}. Leave out what the image does not need with a line in .dockerignore.`,
    excludesPass: (path: string) => `${path} stays out of the build context.`,
    excludesFail: (path: string) => `${path} is sent to the daemon with the build context. Leave it out with a line in .dockerignore.`,
    absentPass: (path: string) => `${path} is not in the final image.`,
    presentPass: (path: string) => `${path} is in the image, where it belongs.`,
    presentFail: (path: string) => `${path} is not in the image. Look at where COPY puts the file: a relative destination is taken from the WORKDIR in force at that line.`,
    absentFail: (path: string) =>
      `${path} is in the final image. Build in one stage, then start a second stage FROM a small image and COPY --from the first stage only what the program needs.`,
    runPass: (seen: RunSeen) => `A container of the image ${describeRunEn(seen)}.`,
    runFail: (seen: RunSeen, expected: RunExpected) =>
      `A container of the image ${describeRunEn(seen, true)}; expected it to ${[expected.output !== undefined && `print "${expected.output}"`, expected.exitCode !== undefined && `exit with ${expected.exitCode}`].filter(Boolean).join(' and ')}. Look at CMD (or ENTRYPOINT) and what it runs.`,
    probeFailed: (reason: string) => `Could not check the image: ${reason}`,
    found: (what: string) => `Found: ${what}`,
  },
  {
    buildsPass: '이미지가 빌드됩니다.',
    buildsFail: '이미지가 빌드되지 않습니다: docker build가 오류에서 멈췄습니다. 아래 오류 줄을 읽고 그 줄이 가리키는 명령어를 고치세요.',
    blocked: '아직 확인하지 않았습니다: 먼저 이미지가 빌드되어야 합니다.',
    notRootPass: (user: string) => `컨테이너가 root가 아닌 ${user}(으)로 실행됩니다.`,
    notRootUnset: '컨테이너가 root로 실행됩니다: 이미지에 USER가 없습니다. root가 필요한 RUN 줄 뒤에 USER 줄을 넣으세요 (1000 같은 사용자 번호나 adduser로 만든 사용자).',
    notRootRoot: (user: string) => `컨테이너가 root로 실행됩니다: USER ${user}은(는) root 사용자입니다. 권한이 없는 사용자를 지정하세요 (1000 같은 사용자 번호나 adduser로 만든 사용자).`,
    execFormPass: 'CMD와 ENTRYPOINT가 exec 형식(JSON 배열)입니다.',
    execFormNone: 'Dockerfile에 아직 ENTRYPOINT도 CMD도 없습니다. exec 형식(JSON 배열)으로 쓰세요.',
    execFormFail: (instruction: string, written: string) =>
      `${instruction}이(가) 셸 형식(${written})입니다: /bin/sh -c가 컨테이너의 첫 프로세스가 되어, 프로그램은 docker stop의 SIGTERM을 받지 못합니다. JSON 배열로 쓰세요: ${instruction} ["program", "argument"].`,
    workdirPass: (path: string) => `작업 디렉터리가 ${path}입니다.`,
    workdirFail: (actual: string, expected: string) =>
      `컨테이너의 작업 디렉터리가 ${actual}입니다. ${expected}여야 합니다. WORKDIR ${expected}(으)로 정하세요: RUN cd는 그 RUN 줄이 끝나면 사라집니다.`,
    envPass: (name: string, value: string) => `변수 ${name}의 값이 ${value}입니다.`,
    envUnset: (name: string, expected: string) => `이미지에 변수 ${name}이(가) 없습니다. ENV ${name}=${expected}를 넣으세요.`,
    envWrong: (name: string, actual: string, expected: string) =>
      `변수 ${name}의 값이 ${actual}입니다. ${expected}여야 합니다. 그 값을 정하는 ENV 줄을 보세요 (뒤의 ENV가 앞의 ENV를 덮어씁니다).`,
    labelPass: (name: string, value: string) => `레이블 ${name}의 값이 ${value}입니다.`,
    labelUnset: (name: string, expected: string) => `이미지에 레이블 ${name}이(가) 없습니다. LABEL ${name}="${expected}"를 넣으세요.`,
    labelWrong: (name: string, actual: string, expected: string) => `레이블 ${name}의 값이 ${actual}입니다. ${expected}여야 합니다. 그 값을 정하는 LABEL 줄을 보세요.`,
    exposePass: (port: string) => `포트 ${port}이(가) EXPOSE되어 있습니다.`,
    exposeFail: (port: string, exposed: string) => `포트 ${port}이(가) EXPOSE되어 있지 않습니다 (EXPOSE된 포트: ${exposed || '없음'}). EXPOSE ${port.replace(/\/tcp$/, '')}를 넣으세요.`,
    layersPass: (count: number, max: number) => `이미지가 FROM 이미지 위에 레이어 ${count}개를 더합니다 (최대 ${max}개).`,
    layersFail: (count: number, max: number) =>
      `이미지가 FROM 이미지 위에 레이어 ${count}개를 더해, 허용된 ${max}개를 넘습니다. RUN, COPY, ADD마다 레이어가 하나씩 생깁니다: RUN 줄은 &&로 잇고, 함께 가는 파일은 한 번에 복사하세요.`,
    sizePass: (size: string, max: string) => `이미지 크기는 ${size}입니다 (최대 ${max}).`,
    sizeFail: (size: string, max: string) =>
      `이미지 크기가 ${size}(으)로, 허용된 ${max}를 넘습니다. 최종 이미지에 남은 것을 보세요: 빌드 도구, 패키지 캐시, 프로그램에 필요 없는데 복사된 파일.`,
    cachePass: (file: string, keep: string) => `${file}을(를) 바꾼 뒤 다시 빌드해도 "${keep}"이(가) 들어 있는 단계를 캐시에서 가져왔습니다.`,
    cacheAllPass: (file: string) => `${file}을(를) 바꾼 뒤 다시 빌드해도 모든 단계를 캐시에서 가져왔습니다.`,
    cacheNotCopied: (file: string) => `${file}은(는) 빌드 컨텍스트에서 빠져 있어서, 바뀌어도 다시 빌드되는 것이 없습니다.`,
    cacheFail: (file: string, reran: string) =>
      `${file}을(를) 바꾼 뒤 다시 빌드하자 ${reran}을(를) 캐시에서 가져오지 않고 다시 실행했습니다. ${file}은(는) 그것이 필요 없는 명령어들 뒤에서 복사하세요: 잘 바뀌지 않는 것을 먼저, 소스는 그다음에.`,
    cacheAllFail: (file: string, reran: string) =>
      `${file}을(를) 바꾼 뒤 다시 빌드하자 ${reran}을(를) 다시 실행했습니다: 그 파일이 아직 빌드에 들어갑니다. .dockerignore에 한 줄 넣어 빌드 컨텍스트에서 빼거나, 이미지에 필요한 것만 복사하세요.`,
    cacheNoKeep: (keep: string) => `빌드에 "${keep}"이(가) 들어 있는 단계가 없습니다: 이 연습의 대상인 단계가 빠졌거나 다르게 쓰였습니다. 목표에 적힌 대로 두세요.`,
    cacheBroken: (file: string) => `${file}을(를) 바꾸자 이미지가 빌드되지 않습니다: 아래 오류 줄을 보세요.`,
    contextPass: (size: string, max: string) => `보낸 빌드 컨텍스트는 ${size}입니다 (최대 ${max}).`,
    contextFail: (size: string, max: string, biggest: string) =>
      `보낸 빌드 컨텍스트가 ${size}(으)로, 허용된 ${max}를 넘습니다${biggest ? ` (가장 큰 파일: ${biggest})` : ''}. 이미지에 필요 없는 것은 .dockerignore에 한 줄 넣어 빼세요.`,
    excludesPass: (path: string) => `${path}은(는) 빌드 컨텍스트에 들어가지 않습니다.`,
    excludesFail: (path: string) => `${path}이(가) 빌드 컨텍스트에 담겨 데몬으로 갑니다. .dockerignore에 한 줄 넣어 빼세요.`,
    absentPass: (path: string) => `${path}은(는) 최종 이미지에 없습니다.`,
    presentPass: (path: string) => `${path}이(가) 이미지의 제자리에 있습니다.`,
    presentFail: (path: string) => `${path}이(가) 이미지에 없습니다. COPY가 파일을 어디에 두는지 보세요: 상대 경로 대상은 그 줄에서 유효한 WORKDIR을 기준으로 합니다.`,
    absentFail: (path: string) =>
      `${path}이(가) 최종 이미지에 있습니다. 첫 스테이지에서 빌드하고, 작은 이미지 FROM으로 두 번째 스테이지를 시작해 프로그램에 필요한 것만 COPY --from으로 가져오세요.`,
    runPass: (seen: RunSeen) => `이미지로 만든 컨테이너가 ${describeRunKo(seen)}.`,
    runFail: (seen: RunSeen, expected: RunExpected) =>
      `이미지로 만든 컨테이너가 ${describeRunKo(seen, true)}. ${[expected.output !== undefined && `"${expected.output}"을(를) 출력`, expected.exitCode !== undefined && `${expected.exitCode}(으)로 종료`].filter(Boolean).join('하고 ')}해야 합니다. CMD(또는 ENTRYPOINT)와 그것이 실행하는 것을 보세요.`,
    probeFailed: (reason: string) => `이미지를 확인하지 못했습니다: ${reason}`,
    found: (what: string) => `찾은 값: ${what}`,
  },
);
