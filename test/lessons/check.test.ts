import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLessonsDir, displayPath } from '../../src/lessons/load.js';
import { formatProblem } from '../../src/lessons/problems.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { brokenWorld, removeBrokenWorlds } from '../helpers/broken-lessons.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');

/** The problems of a lessons folder, with paths relative to it. */
function problemsOf(dir: string): string[] {
  const prefix = `${displayPath(dir)}/`;
  return checkLessonsDir(dir).problems.map((problem) => formatProblem(problem).replace(prefix, '').split(prefix).join(''));
}

afterAll(removeBrokenWorlds);

describe('checkLessonsDir on broken fixture worlds', () => {
  const both = (line: number, message: string) => [`01-basics/en.md:${line}: ${message}`, `01-basics/ko.md:${line}: ${message}`];
  it.each<[string, string[]]>([
    ['quiz-type', both(29, "quiz 'image-vs-container': type must be one of single, multiple, truefalse, command")],
    ['single-two-correct', both(31, "quiz 'image-vs-container': options: a single-choice question needs exactly one option with correct: true, found 2")],
    ['no-explanation', both(28, "quiz 'image-vs-container': explanation is missing: expected text")],
    ['truefalse-string', both(56, "quiz 'kernel-shared': answer must be true or false (without quotes)")],
    ['command-answer', both(64, "quiz 'list-all-command': answer 'docker container kill -a' cannot run: 'docker container kill' is a docker command docktutor does not run: run it with the docker CLI in your own terminal (docktutor runs only the commands its lessons teach, so that it can show the Engine API requests behind each one and 'docktutor clean' can remove everything it made)")],
    ['try-command', both(74, "try 'list-all': command 'docker kill old' cannot run: 'docker kill' is a docker command docktutor does not run: run it with the docker CLI in your own terminal (docktutor runs only the commands its lessons teach, so that it can show the Engine API requests behind each one and 'docktutor clean' can remove everything it made)")],
    ['duplicate-question-id', both(90, "quiz id 'fact-5' is already used at line 81: expected ids unique within a lesson")],
    ['missing-language', ['01-basics/ko.md:1: missing file: every lesson needs en.md and ko.md, and ko.md is not there']],
    ['languages-differ', [
      "01-basics/ko.md:4: order is 3 but 1 in 01-basics/en.md: expected the same in every language",
      "01-basics/ko.md:89: quiz block 6 is 'fact-six': expected 'fact-6' as in 01-basics/en.md (the same ids in the same order in every language)",
    ]],
    ['too-few-questions', both(1, 'only 7 questions: expected at least 8 per lesson')],
    ['placeholder', both(19, 'unknown placeholder {{greeting}}: expected {{image}}, {{registry}} or {{user}}')],
    ['generate-size', [
      '01-basics/en.md:11: front matter: generate[0].size must be a size like 20MiB, 512KiB or a plain byte count',
      '01-basics/en.md:12: front matter: generate[1].path must be a relative path inside the practice folder (no leading /, no ..)',
      '01-basics/ko.md:11: front matter: generate[0].size must be a size like 20MiB, 512KiB or a plain byte count',
      '01-basics/ko.md:12: front matter: generate[1].path must be a relative path inside the practice folder (no leading /, no ..)',
    ]],
    ['yaml-syntax', both(30, `quiz 'image-vs-container': YAML syntax error: Missing closing "quote`)],
    ['unknown-field', both(49, "quiz 'what-run-does': unexpected field explaination: did you mean explanation?")],
    ['missing-dockerfile', both(74, "try 'list-all': command: Dockerfile.slow is not in the lesson's workspace/ folder: expected every file a command names to be there")],
    ['unexpected-file', ["01-basics/notes.txt:1: unexpected 'notes.txt' in a lesson folder: expected only en.md, ko.md and workspace/"]],
    ['unclosed-block', ["01-basics/en.md:105: quiz 'fact-8': the block is never closed: expected a closing ``` line"]],
    ['front-matter', [
      '01-basics/en.md:2: front matter: id must be kebab-case: lowercase letters and digits joined by single dashes (like run-hello)',
      '01-basics/en.md:8: front matter: minutes must be a number',
      "01-basics/ko.md:2: id is 'basics' but 'Basics_1' in 01-basics/en.md: expected the same in every language",
    ]],
    ['edit-without-solution', both(121, "edit 'fix-one': files[0].solution is missing: every edited file needs its reference solution (the tests write it and require every check to pass)")],
    ['recall-without-hints', both(119, "try 'start-one': mode recall needs hints: a ladder of at least 2 rungs (the first names the command, the next its flags; the engine adds the reveal)")],
    ['unknown-check', both(131, "edit 'fix-one': checks[2]: unknown check kind notroot: did you mean notRoot?")],
    ['two-tries', both(81, "try 'list-all': a section holds at most one try or edit block and 'list-running' is already in it: move this one to a section of its own")],
    ['duplicate-lessons', [
      "02-again/en.md:2: lesson id 'basics' is also used by 01-basics/en.md:2: expected ids unique across the folder",
      '02-again/en.md:4: order 1 is also used by 01-basics/en.md:4: expected a unique order per lesson',
    ]],
  ])('lessons-broken-%s reports exactly its problem', (name, expected) => {
    expect(problemsOf(brokenWorld(name))).toEqual(expected);
  });
});

describe('checkLessonsDir on valid worlds', () => {
  it('accepts the valid fixture world and counts what it holds', () => {
    const report = checkLessonsDir(join(FIXTURES, 'lessons-valid'));
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report).toMatchObject({ lessons: 2, languages: 2, questions: 16, tries: 4 });
  });

  it('finds no problem in the shipped lessons', () => {
    const report = checkLessonsDir(join(PACKAGE_ROOT, 'lessons'));
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.lessons).toBeGreaterThanOrEqual(10);
    expect(report.languages).toBe(2);
  });

  it('says that a folder which is not there does not exist', () => {
    expect(() => checkLessonsDir(join(FIXTURES, 'no-such-world'))).toThrow(/no-such-world does not exist$/);
  });
});
