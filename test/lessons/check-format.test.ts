import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessons } from '../../src/cli/commands/lessons.js';
import { DocktutorError } from '../../src/errors.js';
import { checkLessonsDir, displayPath } from '../../src/lessons/load.js';
import { formatProblem } from '../../src/lessons/problems.js';
import { DOCKERFILE_EDIT, RECALL, editBlock, lineOf, tryBlock, writeWorld, type LessonSpec } from './format-world.js';
import { contextFor } from '../cli/learn-fixtures.js';
const worlds: (() => void)[] = [];
afterEach(() => {
  while (worlds.length > 0) worlds.pop()!();
});

/** The problems of a generated world, as `en.md:LINE: message`, and the world's texts for finding lines. */
function check(spec: LessonSpec) {
  const world = writeWorld(spec);
  worlds.push(world.remove);
  const prefix = `${displayPath(world.dir)}/`;
  return { ...world, problems: checkLessonsDir(world.dir).problems.map((problem) => formatProblem(problem).split(prefix).join('').replace(/^01-demo\//, '')) };
}

const one = (title: string, body: string): LessonSpec => ({ sections: [{ title, body }] });
const both = (line: number, message: string) => [`en.md:${line}: ${message}`, `ko.md:${line}: ${message}`];
const replace = (block: string, from: string | RegExp, to: string) => {
  const result = block.replace(from, to);
  if (result === block) throw new Error(`nothing to replace: ${from}`);
  return result;
};

describe('lessons --check on the step kinds that ask the learner to produce something', () => {
  let printed: string[];
  beforeEach(() => {
    printed = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  /** Runs the command itself on a generated world: problems on stdout, exit code 1. */
  async function run(spec: LessonSpec) {
    const world = writeWorld(spec);
    worlds.push(world.remove);
    const error = await lessons(contextFor(), { check: world.dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).exitCode).toBe(1);
    const prefix = `${displayPath(world.dir)}/01-demo/`;
    return { ...world, lines: printed.join('').split('\n').filter(Boolean).map((line) => line.replace(prefix, '')) };
  }

  it('accepts a lesson using every new field', async () => {
    const world = writeWorld({ front: 'passMark: 70', sections: [{ title: 'Recall', body: RECALL }, { title: 'Edit', body: DOCKERFILE_EDIT }] });
    worlds.push(world.remove);
    await lessons(contextFor(), { check: world.dir });
    expect(printed.join('')).toBe('1 lesson, 2 languages, 8 questions, 1 try step, 1 edit step: no problems found.\n');
  });

  it('rejects an edit step without a reference solution, at the line of its file', async () => {
    const block = replace(DOCKERFILE_EDIT, /    solution: \|\n      FROM \{\{image\}\}\n      WORKDIR \/app/, '');
    const { en, lines } = await run(one('Edit', block));
    expect(lines).toEqual(both(lineOf(en, /^  - path: Dockerfile/), "edit 'write-dockerfile': files[0].solution is missing: every edited file needs its reference solution (the tests write it and require every check to pass)"));
  });

  it('rejects a recall step without a hint ladder, at the line of its mode', async () => {
    const block = replace(RECALL, /hints:\n.*\n.*\n/, '');
    const { en, lines } = await run(one('Recall', block));
    expect(lines).toEqual(both(lineOf(en, /^mode: recall/), "try 'start-web': mode recall needs hints: a ladder of at least 2 rungs (the first names the command, the next its flags; the engine adds the reveal)"));
  });

  it('rejects an unknown check kind, suggesting the closest known one', async () => {
    const block = replace(DOCKERFILE_EDIT, '  - builds: true', '  - builds: true\n  - notroot: true');
    const { en, lines } = await run(one('Edit', block));
    expect(lines).toEqual(both(lineOf(en, /^  - notroot: true/), "edit 'write-dockerfile': checks[1]: unknown check kind notroot: did you mean notRoot?"));
  });
});

describe('checkLessonsDir on try steps', () => {
  it.each<[string, string, RegExp, string]>([
    ['a recall step with one rung', replace(RECALL, /\n  - "`-d`.*/, ''), /^hints:/, "try 'start-web': hints: a recall step needs a ladder of at least 2 rungs, found 1"],
    ['a recall step without a goal', replace(RECALL, /goal: .*\n/, ''), /^mode: recall/, "try 'start-web': mode recall needs goal: the task in words, shown instead of the command"],
    ['a recall step with a single hint', replace(RECALL, /hints:\n.*\n.*\n/, 'hint: Use docker run.\n'), /^hint:/, "try 'start-web': hint: a recall step takes a ladder: write hints: with at least 2 rungs instead"],
    ['a recall step without a check', replace(RECALL, /check:\n.*\n/, ''), /^id: start-web/, "try 'start-web': check is missing: expected a mapping of fields"],
    ['an unknown mode', replace(RECALL, 'mode: recall', 'mode: remember'), /^mode:/, "try 'start-web': mode must be one of copy, recall"],
    ['a copy step with hint and hints', tryBlock('id: ls', 'command: docker ps', 'hint: One.', 'hints: [Two.]', 'check: {exitCode: 0}', 'explain: E.'), /^hint: One/, "try 'ls': hint and hints are both given: keep one (hint is a ladder of one rung)"],
    ['a copy step without any hint', tryBlock('id: ls', 'command: docker ps', 'check: {exitCode: 0}', 'explain: E.'), /^command: docker ps/, "try 'ls': hint is missing: expected hint (one sentence) or hints (a ladder)"],
    ['an unknown network', tryBlock('id: ls', 'command: docker ps', 'hint: H.', 'network: host', 'check: {exitCode: 0}', 'explain: E.'), /^network:/, "try 'ls': network must be one of bridge"],
  ])('rejects %s', (_, body, at, message) => {
    const { en, problems } = check(one('Step', body));
    expect(problems).toEqual(both(lineOf(en, at), message));
  });

  const predict = (lines: string, command = 'docker run --rm {{image}} true') =>
    tryBlock('id: guess', `command: ${command}`, 'hint: H.', 'check: {exitCode: 0}', 'predict:', '  question: What?', lines, 'explain: E.');
  it.each<[string, string, RegExp, string]>([
    ['an unknown measure', predict('  measure: speed'), /^  measure:/, "try 'guess': predict.measure must be one of exitCode, cachedSteps, imageSizeMB, outputLines"],
    ['cached steps of a command that builds nothing', predict('  measure: cachedSteps'), /^  measure:/, "try 'guess': predict.measure cachedSteps measures a build: expected the command to be docker build"],
    ['an image size of docker run', predict('  measure: imageSizeMB'), /^  measure:/, "try 'guess': predict.measure imageSizeMB measures an image: expected the command to be docker build or docker pull"],
    ['a tolerance on a whole-number measure', predict('  measure: exitCode\n  tolerance: 0.3'), /^  tolerance:/, "try 'guess': predict.tolerance applies only to measure imageSizeMB: the other measures are whole numbers compared exactly"],
    ['an option that is no number', predict('  measure: exitCode\n  options: ["0", "many"]'), /^  options:/, "try 'guess': predict.options[1] must be a number (the right option is the measured result)"],
    ['a fractional exit code option', predict('  measure: exitCode\n  options: [0, 1.5]'), /^  options:/, "try 'guess': predict.options[1] must be a whole number: the measure counts"],
    ['a repeated option', predict('  measure: outputLines\n  options: [1, "1"]'), /^  options:/, "try 'guess': predict.options[1] repeats an earlier option: expected each option once"],
  ])('rejects a prediction with %s', (_, body, at, message) => {
    const { en, problems } = check(one('Guess', body));
    expect(problems).toEqual(both(lineOf(en, at, /^id: guess/), message));
  });

  const needing = (step: string, container = 'dt-web') =>
    tryBlock('id: stop-web', 'command: docker ps', 'hint: H.', 'check: {exitCode: 0}', 'needs:', `  - container: ${container}`, `    step: ${step}`, 'explain: E.');
  it.each<[string, LessonSpec, RegExp, string]>([
    ['a step that does not exist', { sections: [{ title: 'A', body: RECALL }, { title: 'B', body: needing('start-it') }] }, /^    step: start-it/, "try 'stop-web': needs[0].step: this lesson has no try step 'start-it': expected the id of an earlier try step"],
    ['a later step', { sections: [{ title: 'B', body: needing('start-web') }, { title: 'A', body: RECALL }] }, /^    step: start-web/, "try 'stop-web': needs[0].step: try 'start-web' comes after this step: expected an earlier try step"],
    ['a step that does not make the container', { sections: [{ title: 'A', body: RECALL }, { title: 'B', body: needing('start-web', 'dt-db') }] }, /^  - container: dt-db/, "try 'stop-web': needs[0].container: the command of try 'start-web' does not name dt-db: expected the step whose command creates it (--name dt-db)"],
  ])('rejects needs naming %s', (_, spec, at, message) => {
    const { en, problems } = check(spec);
    expect(problems).toEqual(both(lineOf(en, at), message));
  });

  const acting = (id: string, command: string, ...rest: string[]) => tryBlock(`id: ${id}`, `command: "${command}"`, 'hint: H.', ...rest, 'explain: E.');
  const after = (...bodies: string[]): LessonSpec => ({ sections: [{ title: 'A', body: RECALL }, ...bodies.map((body, index) => ({ title: `S${index}`, body }))] });
  it.each<[string, string, string]>([
    ['exec', 'docker exec dt-web ls', 'dt-web'],
    ['logs', 'docker logs --tail 3 dt-web', 'dt-web'],
    ['rm of several', 'docker rm -f dt-other dt-web', 'dt-web'],
    ['a shared network namespace', 'docker run --rm --network container:dt-web {{image}} true', 'dt-web'],
  ])('asks a step acting on an earlier step\'s container (%s) to declare it in needs', (_, command, container) => {
    const { en, problems } = check(after(acting('use-it', command, 'check: {exitCode: 0}')));
    const message = `try 'use-it': command acts on ${container}, which try 'start-web' creates: declare it in needs (- container: ${container}, step: the step that leaves it as this one needs it), so that learn can re-create it when it is gone`;
    expect(problems).toEqual(both(lineOf(en, /^command: /, /^id: use-it/), message));
  });

  it('asks for single quotes around what the learner\'s shell would expand in a command', () => {
    const { en, problems } = check(after(acting('say-it', 'docker run --rm -e GREETING=hi {{image}} sh -c \\"echo $GREETING $(id -u)\\"', 'check: {exitCode: 0}')));
    const message = "try 'say-it': command has $GREETING, $(id -u) outside single quotes: the learner's shell (and docktutor, as it) expands it from their environment before docker sees the line; put it in single quotes to leave it for the container";
    expect(problems).toEqual(both(lineOf(en, /^command: /, /^id: say-it/), message));
    expect(check(after(acting('say-it', "docker run --rm -e GREETING=hi {{image}} sh -c 'echo $GREETING'", 'check: {exitCode: 0}'))).problems).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['declared in needs', [acting('use-it', 'docker exec dt-web ls', 'check: {exitCode: 0}', 'needs:', '  - container: dt-web', '    step: start-web')]],
    ['only a filter on its name', [acting('use-it', 'docker ps --filter name=dt-web', 'check: {exitCode: 0}')]],
    ['its name inside a quoted script', [acting('use-it', "docker run --rm {{image}} sh -c 'echo dt-web'", 'check: {exitCode: 0}')]],
    ['a step showing the failure without it', [acting('use-it', 'docker exec dt-web ls', 'check: {exitCode: 1}')]],
    ['removed by an earlier step', [acting('rm-it', 'docker rm -f dt-web', 'check: {exitCode: 0}', 'needs:', '  - container: dt-web', '    step: start-web'), acting('use-it', 'docker logs dt-web', 'check: {exitCode: 0}')]],
  ])('accepts a step using a container %s', (_, bodies) => {
    expect(check(after(...bodies)).problems).toEqual([]);
  });
});

describe('checkLessonsDir on edit steps and the front matter', () => {
  it.each<[string, string, RegExp, string]>([
    ['a startFails kind no check has', replace(DOCKERFILE_EDIT, 'startFails: [workdir]', 'startFails: [workdir, notRoot]'), /^startFails:/, "edit 'write-dockerfile': startFails names notRoot, but checks has no notRoot check: expected each entry to be the kind of one of the checks"],
    ['a misspelt startFails kind', replace(DOCKERFILE_EDIT, 'startFails: [workdir]', 'startFails: [workDir]'), /^startFails:/, "edit 'write-dockerfile': startFails[0]: unknown check kind workDir: did you mean workdir?"],
    ['a file listed twice', replace(DOCKERFILE_EDIT, 'files:\n', 'files:\n  - {path: Dockerfile, solution: "FROM x\\n"}\n'), /^  - path: Dockerfile/, "edit 'write-dockerfile': files[1].path: Dockerfile is listed twice: expected each file once"],
    ['no startFails', replace(DOCKERFILE_EDIT, 'startFails: [workdir]\n', ''), /^id: write-dockerfile/, "edit 'write-dockerfile': startFails is missing: expected a list"],
    ['a path outside the practice folder', replace(DOCKERFILE_EDIT, 'path: Dockerfile', 'path: ../Dockerfile'), /^  - path:/, "edit 'write-dockerfile': files[0].path must be a relative path inside the practice folder (no leading /, no ..)"],
    ['an absolute path', replace(DOCKERFILE_EDIT, 'path: Dockerfile', 'path: /etc/Dockerfile'), /^  - path:/, "edit 'write-dockerfile': files[0].path must be a relative path inside the practice folder (no leading /, no ..)"],
    ['two kinds in one check', replace(DOCKERFILE_EDIT, '  - builds: true', '  - {builds: true, notRoot: true}'), /^  - \{builds/, "edit 'write-dockerfile': checks[0] names 2 check kinds (builds, notRoot): expected one per list item"],
    ['a check with only why', replace(DOCKERFILE_EDIT, '  - builds: true', '  - why: It must build.'), /^  - why:/, "edit 'write-dockerfile': checks[0] names no check kind: expected one of the kinds in docs/lesson-format.md, like builds: true"],
    ['a relative workdir', replace(DOCKERFILE_EDIT, 'workdir: /app', 'workdir: app'), /^  - workdir:/, "edit 'write-dockerfile': checks[1].workdir must be an absolute path in the image, like /app"],
    ['a wrong size', replace(DOCKERFILE_EDIT, '  - builds: true', '  - maxSize: big'), /^  - maxSize:/, "edit 'write-dockerfile': checks[0].maxSize must be a size like 20MiB, 512KiB or a plain byte count"],
    ['a wrong port', replace(DOCKERFILE_EDIT, '  - builds: true', '  - expose: 80/http'), /^  - expose:/, "edit 'write-dockerfile': checks[0].expose must be a port like 8080 or 8080/tcp (tcp, udp or sctp)"],
    ['a run check expecting nothing', replace(DOCKERFILE_EDIT, '  - builds: true', '  - run: {command: [ls]}'), /^  - run:/, "edit 'write-dockerfile': checks[0].run must say what to expect: output, exitCode or both"],
    // The one zod wording an author reads: it must not fall back to zod/mini's bare "Invalid input".
    ['an empty env name', replace(DOCKERFILE_EDIT, '  - builds: true', '  - env: {"": x}'), /^  - env:/, "edit 'write-dockerfile': checks[0].env. is invalid: Invalid key in record"],
    ['builds: false', replace(DOCKERFILE_EDIT, 'builds: true', 'builds: false'), /^  - builds:/, "edit 'write-dockerfile': checks[0].builds must be one of true"],
    ['a Dockerfile nowhere', replace(DOCKERFILE_EDIT, 'startFails:', 'build: {dockerfile: Dockerfile.dev}\nstartFails:'), /^build:/, "edit 'write-dockerfile': build.dockerfile: Dockerfile.dev is neither one of the step's files nor in the lesson's workspace/ folder"],
    ['a cacheReuse that is neither a path nor {file, keep}', replace(DOCKERFILE_EDIT, '  - builds: true', '  - cacheReuse: {path: app.sh}'), /^  - cacheReuse:/, "edit 'write-dockerfile': checks[0].cacheReuse must be a path in the practice folder (logs/app.log) or a mapping like {file: app.sh, keep: install}"],
    ['a cacheReuse file nowhere', replace(DOCKERFILE_EDIT, '  - builds: true', '  - cacheReuse: app.sh'), /^  - cacheReuse:/, "edit 'write-dockerfile': checks[0].cacheReuse: app.sh is neither one of the step's files nor in the lesson's workspace/ folder"],
    ['an upper-case tag', replace(DOCKERFILE_EDIT, 'startFails:', 'build: {tag: Hello}\nstartFails:'), /^build:/, "edit 'write-dockerfile': build.tag must be a lowercase image name with an optional tag, like dt-hello or dt-hello:1"],
  ])('rejects %s', (_, body, at, message) => {
    const { en, problems } = check(one('Edit', body));
    expect(problems).toEqual(both(lineOf(en, at), message));
  });

  it('accepts a cacheReuse file that is in workspace/', () => {
    expect(check({ ...one('Edit', replace(DOCKERFILE_EDIT, '  - builds: true', '  - cacheReuse: app.sh')), workspace: { 'app.sh': 'echo hi\n' } }).problems).toEqual([]);
  });

  it('rejects a try and an edit step sharing an id, and both in one section', () => {
    const clash = replace(DOCKERFILE_EDIT, 'id: write-dockerfile', 'id: start-web');
    const { en, problems } = check({ sections: [{ title: 'A', body: RECALL }, { title: 'B', body: clash }] });
    expect(problems).toEqual(both(lineOf(en, /^id: start-web/, /^```edit/), "edit id 'start-web' is already used at line " + lineOf(en, /^```try/) + ': expected ids unique within a lesson'));
    const together = check(one('A', `${RECALL}\n\n${DOCKERFILE_EDIT}`));
    expect(together.problems).toEqual(both(lineOf(together.en, /^```edit/), "edit 'write-dockerfile': a section holds at most one try or edit block and 'start-web' is already in it: move this one to a section of its own"));
  });

  it.each([['0', 'must be greater than 0'], ['101', 'must be at most 100'], ['"high"', 'must be a number']])('rejects passMark %s', (value, rule) => {
    const { en, problems } = check({ front: `passMark: ${value}`, sections: [] });
    expect(problems).toEqual(both(lineOf(en, /^passMark:/), `front matter: passMark ${rule}`));
  });
});

describe('checkLessonsDir across languages', () => {
  it.each<[string, string, RegExp, string]>([
    ['a different mode', replace(RECALL, 'mode: recall', 'mode: copy'), /^mode:/, "try 'start-web': mode is copy but recall in 01-demo/en.md: expected the same in every language"],
    ['a translated command', replace(RECALL, 'sleep 600', 'sleep 300'), /^command:/, "try 'start-web': command differs from 01-demo/en.md: code is not translated, expected the same text in every language"],
  ])('reports a try step with %s', (_, koBlock, at, message) => {
    const { ko, problems } = check({ sections: [{ title: 'A', body: RECALL }], koSections: [{ title: 'A', body: koBlock }] });
    expect(problems).toEqual([`ko.md:${lineOf(ko, at)}: ${message}`]);
  });

  it.each<[string, string, RegExp, string]>([
    ['a different solution', replace(DOCKERFILE_EDIT, 'WORKDIR /app', 'WORKDIR /srv'), /^    solution:/, "edit 'write-dockerfile': files[0].solution differs from 01-demo/en.md: code is not translated, expected the same text in every language"],
    ['a different start', replace(DOCKERFILE_EDIT, 'RUN cd /app', 'RUN cd /srv'), /^    start:/, "edit 'write-dockerfile': files[0].start differs from 01-demo/en.md: code is not translated, expected the same text in every language"],
    ['other check kinds', replace(DOCKERFILE_EDIT, '  - builds: true\n', ''), /^checks:/, "edit 'write-dockerfile': checks is workdir but builds, workdir in 01-demo/en.md: expected the same in every language"],
  ])('reports an edit step with %s', (_, koBlock, at, message) => {
    const { ko, problems } = check({ sections: [{ title: 'A', body: DOCKERFILE_EDIT }], koSections: [{ title: 'A', body: koBlock }] });
    expect(problems).toEqual([`ko.md:${lineOf(ko, at)}: ${message}`]);
  });

  it('lets prose differ: goal, hints, explain and why are translated', () => {
    const ko = replace(replace(DOCKERFILE_EDIT, 'goal: Write a Dockerfile that works in /app.', 'goal: /app에서 동작하는 Dockerfile을 쓰세요.'), '  - workdir: /app', '  - {workdir: /app, why: WORKDIR를 쓰세요.}');
    expect(check({ sections: [{ title: 'A', body: DOCKERFILE_EDIT }], koSections: [{ title: 'A', body: ko }] }).problems).toEqual([]);
  });
});
