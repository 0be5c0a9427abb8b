import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLessonsDir, displayPath, loadLessons } from '../../../src/lessons/load.js';
import { formatProblem } from '../../../src/lessons/problems.js';
import { lessonText, lineOf, World } from './world.js';

const world = new World();
afterAll(() => world.remove());

/** Checks one hostile lesson alone (in a world of its own) and returns its problems and warnings as printed. */
function check(name: string, build: (world: World) => void): { problems: string[]; warnings: string[]; lessons: number } {
  const own = new World();
  try {
    build(own);
    const report = checkLessonsDir(own.lessons);
    const prefix = `${displayPath(own.lessons)}/`;
    const shown = (list: typeof report.problems, label?: string) => list.map((problem) => formatProblem(problem, label).split(prefix).join(''));
    return { problems: shown(report.problems), warnings: shown(report.warnings, 'warning'), lessons: report.lessons };
  } finally {
    own.remove();
  }
}

/** The same problems in en.md and in ko.md, as the check sorts them. */
function inBoth(lines: string[]): string[] {
  return [...lines, ...lines.map((line) => line.replace('/en.md:', '/ko.md:'))];
}

const ESC = String.fromCharCode(0x1b);
const CSI = String.fromCharCode(0x9b);

describe('lessons --check names every hostile construct with file:line', () => {
  it('passes the plain lesson the hostile ones are made from', () => {
    expect(check('plain', (w) => w.lesson('01-plain', {}))).toEqual({ problems: [], warnings: [], lessons: 1 });
  });

  it('refuses symbolic links and special files in workspace/', () => {
    const { problems } = check('links', (w) => {
      const dir = w.lesson('01-links', { files: { Dockerfile: 'FROM busybox:latest\n' }, links: { 'workspace/notes': w.outside, 'workspace/sub/passwd': '/etc/passwd' } });
      execFileSync('mkfifo', [join(dir, 'workspace', 'pipe')]);
    });
    expect(problems).toEqual([
      "01-links/workspace/notes:1: is a symbolic link: a workspace/ holds only regular files and folders, and links are not copied; put the file itself there",
      '01-links/workspace/pipe:1: is not a regular file or folder (a FIFO, a socket or a device): remove it from workspace/',
      "01-links/workspace/sub/passwd:1: is a symbolic link: a workspace/ holds only regular files and folders, and links are not copied; put the file itself there",
    ]);
  });

  it('refuses a workspace/ that is itself a link', () => {
    const { problems } = check('workspace-link', (w) => w.lesson('01-ws', { links: { workspace: w.outside } }));
    expect(problems).toEqual([expect.stringMatching(/^01-ws\/workspace:1: is a symbolic link/)]);
  });

  it('refuses generate sizes past the practice folder limit, at the generate line', () => {
    const text = lessonText({ front: 'generate:\n  - path: big.bin\n    size: 8000GiB' });
    const { problems } = check('huge', (w) => w.lesson('01-huge', { en: text }));
    const line = lineOf(text, 'generate:');
    const message = 'the practice folder would hold 8000 GiB (workspace/ 0 B, generate 8000 GiB): a lesson may put at most 256 MiB there';
    expect(problems).toEqual([`01-huge/en.md:${line}: ${message}`, `01-huge/ko.md:${line}: ${message}`]);
  });

  it('refuses control characters written into a command, the prose and a quiz, showing them escaped', () => {
    const text = lessonText({
      command: `command: docker run --rm {{image}} hostname${ESC}[2K${ESC}[1Gdocker run --rm -v /:/h {{image}} touch /h/tmp/PWNED`,
      prose: `A container ${CSI}31m is made from an image.\u202e`,
      blocks: ['```quiz', 'id: nul', 'type: truefalse', `question: Is this a NUL${String.fromCharCode(0)}?`, 'answer: true', `explanation: DEL${String.fromCharCode(0x7f)}.`, '```'].join('\n'),
    });
    const { problems } = check('controls', (w) => w.lesson('01-c', { en: text }));
    expect(problems).toEqual(inBoth([
      `01-c/en.md:${lineOf(text, 'A container')}: control character \\x9b at column 13: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
      `01-c/en.md:${lineOf(text, 'command:')}: control character \\x1b at column 44: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
      `01-c/en.md:${lineOf(text, 'question: Is this')}: control character \\x00 at column 24: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
      `01-c/en.md:${lineOf(text, 'explanation: DEL')}: control character \\x7f at column 17: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
    ]));
    expect(problems.join('\n')).not.toContain(ESC);
  });

  it('refuses control characters a YAML escape produces, and a command of two lines', () => {
    const text = lessonText({
      command: 'command: "docker run --rm {{image}} echo hi\\e[8m hidden"',
      blocks: ['```quiz', 'id: escaped', 'type: command', 'question: "Type \\u202e this"', 'answer: "docker ps\\n-a"', 'explanation: x', '```'].join('\n'),
    });
    const { problems } = check('escapes', (w) => w.lesson('01-e', { en: text }));
    expect(problems).toEqual(inBoth([
      `01-e/en.md:${lineOf(text, 'command:')}: try 'run-hello': command holds \\x1b: a command is one line of printable text`,
      `01-e/en.md:${lineOf(text, 'question: "Type')}: quiz 'escaped': question holds the control character \\u202e: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
      `01-e/en.md:${lineOf(text, 'answer: "docker ps')}: quiz 'escaped': answer holds \\x0a: a command is one line of printable text`,
    ]));
  });

  it('names an edit block as an edit block when a YAML escape puts a control character in it', () => {
    const edit = ['```edit', 'id: fix-user', 'goal: "Run as nobody\\e[2J"', 'files:', '  - path: Dockerfile', '    start: |', '      FROM {{image}}', '    solution: |', '      FROM {{image}}', '      USER nobody'];
    const text = lessonText({ blocks: [...edit, 'startFails: [notRoot]', 'checks:', '  - builds: true', '  - notRoot: true', 'explain: USER sets the user.', '```'].join('\n') });
    const { problems } = check('edit-escape', (w) => w.lesson('01-e', { en: text }));
    expect(problems).toEqual(inBoth([
      `01-e/en.md:${lineOf(text, 'goal: "Run')}: edit 'fix-user': goal holds the control character \\x1b: a lesson holds only printable text (a terminal would act on it instead of showing it)`,
    ]));
  });

  it('fails only the lesson with a YAML alias bomb, in bounded time, with one line naming the file', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g'], ['g', 'h'], ['h', 'i']]) laughs.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(',')}]`);
    const text = lessonText({ blocks: ['```quiz', 'id: laughs', 'type: truefalse', 'question: q', 'answer: true', 'explanation: e', ...laughs, '```'].join('\n') });
    const started = Date.now();
    const { problems, lessons } = check('bomb', (w) => {
      w.lesson('01-bomb', { en: text });
      w.lesson('02-fine', { en: lessonText({ id: 'fine', order: 2 }) });
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lessons).toBe(2);
    expect(problems).toEqual(inBoth([
      `01-bomb/en.md:${lineOf(text, 'id: laughs')}: quiz 'laughs': YAML aliases expand more than 100 times: a lesson block is plain data, so write the values out instead of repeating aliases`,
    ]));
  });

  it('reports an alias used before its anchor as YAML, not as an unexpected error', () => {
    const text = lessonText({ blocks: ['```quiz', 'id: early', 'type: truefalse', 'question: *q', 'answer: true', 'explanation: &q e', '```'].join('\n') });
    const { problems } = check('early-alias', (w) => w.lesson('01-early', { en: text }));
    expect(problems).toEqual(inBoth([`01-early/en.md:${lineOf(text, 'id: early')}: quiz 'early': YAML syntax error: Unresolved alias (the anchor must be set before the alias): q`]));
  });

  it('refuses a lesson file over 1 MiB, a link and a FIFO without reading them', () => {
    const { problems } = check('files', (w) => {
      w.lesson('01-big', { en: `${lessonText()}\n${'x'.repeat(1024 * 1024)}`, ko: lessonText() });
      const link = w.lesson('02-link', { en: lessonText({ id: 'link', order: 2 }) });
      execFileSync('rm', [join(link, 'ko.md')]);
      execFileSync('ln', ['-s', '/etc/hostname', join(link, 'ko.md')]);
      const fifo = w.lesson('03-fifo', { en: lessonText({ id: 'fifo', order: 3 }) });
      execFileSync('rm', [join(fifo, 'ko.md')]);
      execFileSync('mkfifo', [join(fifo, 'ko.md')]);
    });
    expect(problems).toEqual([
      '01-big/en.md:1: is 1.0 MiB: a lesson file may be at most 1 MiB; split the lesson',
      '02-link/ko.md:1: is a symbolic link: a lesson file must be a regular file in the lesson folder',
      '03-fifo/ko.md:1: is not a regular file (a FIFO, a device or a folder): expected a Markdown file',
    ]);
  });

  it('refuses more Markdown structure than the renderer handles, at the section heading', () => {
    const text = lessonText({ blocks: ['## Marks', '', '*a'.repeat(1001), '', '## Deep', '', `${'> '.repeat(17)}x`].join('\n') });
    const { problems } = check('markdown', (w) => w.lesson('01-md', { en: text }));
    expect(problems).toEqual(inBoth([
      `01-md/en.md:${lineOf(text, '## Marks')}: 1001 Markdown marks (*, _, ~, backticks, [) in one text, where at most 1000 are rendered: the learner would see it unformatted; split it or use fewer marks`,
      `01-md/en.md:${lineOf(text, '## Deep')}: lists or quotes nest 17 levels deep, where at most 16 are rendered: the learner would see the text unformatted`,
    ]));
  });

  it('shows a folder name holding an escape sequence escaped, one problem per line', () => {
    const { problems } = check('folder-name', (w) => w.lesson(`01-${ESC}[2Jx`, { en: lessonText({ command: 'command: docker kill x' }) }));
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toMatch(/^01-\\x1b\[2Jx\/(en|ko)\.md:\d+: try 'run-hello': command 'docker kill x' cannot run/);
  });
});

describe('bind mounts out of the practice folder are errors: a lesson step cannot run them', () => {
  it.each([
    ['docker run --rm -v /:/h {{image}} ls /h', "-v /:/h mounts this machine's root folder: the container can read and change every file on it"],
    ['docker run --rm -v /var/run/docker.sock:/var/run/docker.sock {{image}} true', '-v /var/run/docker.sock:/var/run/docker.sock mounts the Docker socket: the container gets full control of the Docker daemon'],
    ['docker run --rm -v /run:/r {{image}} true', '-v /run:/r mounts the Docker socket: the container gets full control of the Docker daemon'],
    ['docker run --rm --mount type=bind,source=/home,target=/home {{image}} true', '--mount type=bind,source=/home,target=/home mounts a folder of this machine from outside the practice folder'],
    ['docker run --rm -v ../..:/up {{image}} true', '-v ../..:/up mounts a folder above the practice folder'],
  ])('%s', (command, risk) => {
    const text = lessonText({ command: `command: ${command}` });
    const { problems, warnings } = check('bind', (w) => w.lesson('01-bind', { en: text }));
    expect(warnings).toEqual([]);
    const line = lineOf(text, 'command:');
    expect(problems).toEqual(inBoth([`01-bind/en.md:${line}: try 'run-hello': command: ${risk}; a lesson step mounts only folders inside its practice folder, so this step could never run`]));
  });
});

describe('risky flags are warnings: the check still passes', () => {
  it.each([
    ['docker run --rm --network host {{image}} true', "--network host shares this machine's own network with the container"],
    ['docker run --rm --cap-add SYS_ADMIN {{image}} true', '--cap-add SYS_ADMIN gives the container a kernel privilege it does not have by default'],
    ['docker run --rm -e AWS_SECRET_ACCESS_KEY {{image}} env', "-e AWS_SECRET_ACCESS_KEY copies the value of AWS_SECRET_ACCESS_KEY from this machine's environment"],
  ])('%s', (command, risk) => {
    const text = lessonText({ command: `command: ${command}` });
    const { problems, warnings } = check('risky', (w) => w.lesson('01-risky', { en: text }));
    expect(problems).toEqual([]);
    const line = lineOf(text, 'command:');
    const warning = (file: string) => `01-risky/${file}:${line}: warning: try 'run-hello': command: ${risk}; the learner is warned before it runs`;
    expect(warnings).toEqual([warning('en.md'), warning('ko.md')]);
  });

  it('says nothing of the safe flags the shipped lessons use', () => {
    const text = lessonText({ command: 'command: docker run --rm -e GREETING=hi -v ./data:/data -v cache:/cache --network bridge {{image}} true' });
    expect(check('safe', (w) => w.lesson('01-safe', { en: text }))).toEqual({ problems: [], warnings: [], lessons: 1 });
  });
});

describe('learn reads lesson files the same way', () => {
  it('refuses a lesson file over the limit with one line naming it', () => {
    const own = new World();
    try {
      own.lesson('01-big', { en: `${lessonText()}\n${'x'.repeat(1024 * 1024)}` });
      expect(() => loadLessons(own.lessons, 'en')).toThrow(/01-big\/en\.md:1: is 1\.0 MiB: a lesson file may be at most 1 MiB/);
    } finally {
      own.remove();
    }
  });
});
