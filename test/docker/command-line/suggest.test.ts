/** "Did you mean" for a mistyped command, and the docker CLI for a docker command docktutor does not run. */
import { describe, expect, it } from 'vitest';
import { knownDockerCommand } from '../../../src/docker/command-line/docker-commands.js';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { commandSpellings } from '../../../src/docker/command-line/spec.js';
import { editDistance, suggestCommand, findNearestName } from '../../../src/docker/command-line/suggest.js';
import { DocktutorError } from '../../../src/errors.js';
import { inLanguage } from '../../../src/i18n/index.js';

function refusal(line: string): DocktutorError {
  try {
    parseCommandLine(line);
  } catch (error) {
    if (error instanceof DocktutorError) return error;
    throw error;
  }
  throw new Error(`expected ${line} to be refused`);
}

describe('editDistance', () => {
  it.each([
    ['stop', 'stop', 0],
    ['stoop', 'stop', 1],
    ['sotp', 'stop', 1],
    ['stpo', 'stop', 1],
    ['rn', 'rm', 1],
    ['logz', 'logs', 1],
    ['contaner ls', 'container ls', 1],
    ['', 'ps', 2],
    ['ca', 'abc', 3],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('suggestCommand', () => {
  const spellings = commandSpellings();

  it('lists every spelling: top-level names, management forms, and group-only commands by their words', () => {
    expect(spellings).toEqual(expect.arrayContaining(['stop', 'container stop', 'container ls', 'image rm', 'container prune', 'image prune']));
    expect(spellings).not.toContain('container-prune');
  });

  it.each([
    [['stoop'], 'stop'],
    [['sotp', 'web'], 'stop'],
    [['lgos', 'web'], 'logs'],
    [['imagse'], 'images'],
    [['histroy', 'busybox'], 'history'],
    [['contaner', 'ls'], 'container ls'],
    [['container', 'stoop', 'web'], 'container stop'],
    [['image', 'lss'], 'image ls'],
    [['image', 'prun'], 'image prune'],
  ])('%j suggests %s', (words, expected) => {
    expect(suggestCommand(words, spellings)).toBe(expected);
  });

  it.each([[['x']], [['compose', 'up']], [['frobnicate']], [['ps']]])('%j suggests nothing', (words) => {
    expect(suggestCommand(words, spellings)).toBeUndefined();
  });
});

describe('findNearestName', () => {
  const psFlags = ['all', 'filter', 'last', 'latest', 'no-trunc', 'quiet', 'size', 'help'];

  it.each([
    ['al', 'all'],
    ['alll', 'all'],
    ['quite', 'quiet'],
    ['no-trunk', 'no-trunc'],
    ['fliter', 'filter'],
  ])('--%s suggests --%s', (typed, expected) => {
    expect(findNearestName(typed, psFlags)).toBe(expected);
  });

  it.each([['a'], ['format'], ['all'], ['privileged']])('--%s suggests nothing', (typed) => {
    expect(findNearestName(typed, psFlags)).toBeUndefined();
  });
});

describe('a mistyped flag', () => {
  it('is refused with the supported flags and the nearest one, in English and Korean', () => {
    const error = refusal('docker ps --al');
    expect(error.message).toMatch(/^docker ps: unknown or unsupported flag '--al'; supported: -a\/--all, /);
    expect(error.hint).toBe("did you mean '--all'?");
    expect(error.exitCode).toBe(125);
    expect(refusal('docker run --nmae web busybox').hint).toBe("did you mean '--name'?");
    expect(refusal('docker ps --al=true').hint).toBe("did you mean '--all'?");
    inLanguage('ko', () => expect(refusal('docker ps --al').hint).toBe("'--all'을(를) 입력하려던 것인가요?"));
  });

  it('without a near one, points at the command\'s flags', () => {
    expect(refusal('docker ps --format x').hint).toBe("see the flags docktutor supports with 'docktutor try docker ps --help'");
    expect(refusal('docker ps -x').hint).toBe("see the flags docktutor supports with 'docktutor try docker ps --help'");
  });
});

describe('a command docktutor does not run', () => {
  it('gets the docker CLI\'s "unknown command" and exit code 1, with the closest command docktutor runs', () => {
    const error = refusal('docker stoop web');
    expect(error.message).toBe('unknown command: docker stoop');
    expect(error.hint).toBe("did you mean 'docker stop'?");
    expect(error.exitCode).toBe(1);
    expect(refusal('docker container stoop web')).toMatchObject({ message: 'unknown command: docker container stoop', hint: "did you mean 'docker container stop'?" });
    expect(refusal('docker frobnicate').hint).toBe("see the commands docktutor runs with 'docktutor try docker --help'");
  });

  it.each([
    ['docker kill web', 'kill'],
    ['docker network create net', 'network create'],
    ['docker compose up -d', 'compose'],
    ['docker container kill web', 'container kill'],
    ['docker image save busybox', 'image save'],
    ['docker system prune -f', 'system prune'],
    ['docker network', 'network'],
  ])('%s is sent to the docker CLI in the learner\'s own terminal, with the reason, in one line', (line, words) => {
    const error = refusal(line);
    expect(error.message).toBe(
      `'docker ${words}' is a docker command docktutor does not run: run it with the docker CLI in your own terminal (docktutor runs only the commands its lessons teach, so that it can show the Engine API requests behind each one and 'docktutor clean' can remove everything it made)`,
    );
    expect(error.message).not.toContain('\n');
    expect(error.hint).toBeUndefined();
    expect(error.exitCode).toBe(1);
  });

  it('says it in Korean too', () => {
    inLanguage('ko', () => {
      expect(refusal('docker kill web').message).toMatch(/^'docker kill'은\(는\) docktutor가 실행하지 않는 docker 명령입니다\. 직접 연 터미널에서 docker CLI로 실행하세요/);
      expect(refusal('docker stoop').hint).toBe("'docker stop'을(를) 입력하려던 것인가요?");
    });
  });

  it('knows docker\'s own commands and groups, and nothing else', () => {
    expect(knownDockerCommand(['volume', 'ls'])).toBe('volume ls');
    expect(knownDockerCommand(['buildx', 'bake'])).toBe('buildx');
    expect(knownDockerCommand(['volume', 'lss'])).toBeUndefined();
    expect(knownDockerCommand(['stoop'])).toBeUndefined();
    expect(knownDockerCommand([])).toBeUndefined();
  });
});
