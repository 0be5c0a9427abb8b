import { beforeAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/parse.js';
import { findUnknownPlaceholders, substitutePlaceholders } from '../../src/lessons/placeholders.js';
import { splitSections } from '../../src/lessons/sections.js';
import { parseSize } from '../../src/lessons/size.js';


const FRONT = `---
id: demo
title: Demo lesson
order: 3
summary: A demo.
objectives:
  - Read a lesson
minutes: 10
---
`;

const quiz = (id: string, extra = 'type: truefalse\nanswer: true') => `\`\`\`quiz\nid: ${id}\nquestion: Q ${id}?\n${extra}\nexplanation: Because.\n\`\`\`\n`;

function parse(body: string, front = FRONT) {
  return parseLesson({ text: front + body, file: 'demo/en.md', dir: 'demo', lang: 'en' });
}

describe('parseLesson', () => {
  it('reads the front matter, defaults generate, and records language and paths', () => {
    const { lesson, problems } = parse('Hello.\n');
    expect(problems).toEqual([]);
    expect(lesson).toMatchObject({ id: 'demo', title: 'Demo lesson', order: 3, minutes: 10, objectives: ['Read a lesson'], generate: [], lang: 'en', file: 'demo/en.md', dir: 'demo' });
  });

  it('splits steps at level-2 headings, with the introduction first and each heading line', () => {
    const { lesson } = parse('Intro text.\n\n## First\n\nOne.\n\n## Second ##\n\nTwo.\n');
    expect(lesson!.steps.map((step) => [step.title, step.markdown, step.line])).toEqual([
      ['Demo lesson', 'Intro text.', 10],
      ['First', 'One.', 12],
      ['Second', 'Two.', 16],
    ]);
  });

  it('leaves out an empty introduction', () => {
    const { lesson } = parse('\n\n## Only\n\nText.\n');
    expect(lesson!.steps.map((step) => step.title)).toEqual(['Only']);
  });

  it('lifts try and quiz blocks out of the markdown and ties questions to their step', () => {
    const body = `Intro.\n\n${quiz('q0')}\n## Run\n\nRun it.\n\n\`\`\`try\nid: run-it\ncommand: docker run --rm {{image}} echo hi\nhint: Just run it.\ncheck:\n  exitCode: 0\n  output: hi\nexplain: It ran.\n\`\`\`\n\n${quiz('q1')}\nAfter.\n`;
    const { lesson, problems } = parse(body);
    expect(problems).toEqual([]);
    expect(lesson!.steps[1]).toMatchObject({ title: 'Run', markdown: 'Run it.\n\nAfter.', questionIds: ['q1'] });
    expect(lesson!.steps[1]!.tryStep).toMatchObject({ id: 'run-it', command: 'docker run --rm {{image}} echo hi', check: { exitCode: 0, output: 'hi' }, line: 24 });
    expect(lesson!.questions.map((q) => [q.id, q.step, q.line])).toEqual([['q0', 0, 12], ['q1', 1, 34]]);
  });

  it.each([
    ['single', 'type: single\noptions:\n  - text: A\n    correct: true\n  - text: B\n    why: Not B.', { type: 'single', options: [{ text: 'A', correct: true }, { text: 'B', correct: false, why: 'Not B.' }] }],
    ['multiple', 'type: multiple\noptions:\n  - text: A\n    correct: true\n  - text: B\n    correct: true', { type: 'multiple' }],
    ['truefalse', 'type: truefalse\nanswer: false', { type: 'truefalse', answer: false }],
    ['command', 'type: command\nanswer: docker ps -a', { type: 'command', answer: 'docker ps -a' }],
  ])('reads a %s question', (_, extra, expected) => {
    const { lesson, problems } = parse(`## S\n\n${quiz('q', extra)}`);
    expect(problems).toEqual([]);
    expect(lesson!.questions[0]).toMatchObject({ id: 'q', question: 'Q q?', explanation: 'Because.', ...expected });
  });

  it('keeps blocks and headings inside another fence as text', () => {
    const body = '## Format\n\n````markdown\n```quiz\nid: not-a-question\n```\n## not a heading\n````\n';
    const { lesson } = parse(body);
    expect(lesson!.steps).toHaveLength(1);
    expect(lesson!.questions).toEqual([]);
    expect(lesson!.steps[0]!.markdown).toContain('## not a heading');
  });

  it.each<[string, string, string[]]>([
    ['no front matter', 'Just text.\n', ['demo/en.md:1: no front matter: the file must start with a \'---\' line, the lesson\'s YAML fields, then a closing \'---\' line']],
    ['a missing title', FRONT.replace('title: Demo lesson\n', ''), ['demo/en.md:2: front matter: title is missing: expected text']],
    ['an order that is not a whole number', FRONT.replace('order: 3', 'order: 2.5'), ['demo/en.md:4: front matter: order must be a whole number']],
    ['no objectives', FRONT.replace('objectives:\n  - Read a lesson', 'objectives: []'), ['demo/en.md:6: front matter: objectives must have at least 1 item']],
    ['an empty summary', FRONT.replace('summary: A demo.', "summary: ''"), ['demo/en.md:5: front matter: summary must not be empty']],
  ])('reports %s in the front matter', (_, front, expected) => {
    const { problems, lesson } = parseLesson({ text: front === 'Just text.\n' ? front : `${front}\nText.\n`, file: 'demo/en.md', dir: 'demo', lang: 'en' });
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(expected);
    expect(lesson).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['an option without text', 'type: single\noptions:\n  - correct: true\n  - text: B', "17: quiz 'q': options[0].text is missing: expected text"],
    ['one option only', 'type: multiple\noptions:\n  - text: A\n    correct: true', "16: quiz 'q': options must have at least 2 items"],
    ['no correct option', 'type: multiple\noptions:\n  - text: A\n  - text: B', "16: quiz 'q': options: a multiple-choice question needs at least one option with correct: true"],
    ['a command answer not starting with docker', 'type: command\nanswer: ps -a', "16: quiz 'q': answer must be a docker command starting with 'docker '"],
    ['a bad id', 'type: truefalse\nanswer: true', "13: quiz 'Bad Id': id must be kebab-case: lowercase letters and digits joined by single dashes (like run-hello)"],
  ])('reports %s in a quiz block at the field', (name, extra, expected) => {
    const id = name === 'a bad id' ? "'Bad Id'" : 'q';
    const { problems } = parse(`## S\n\n${quiz(id, extra)}`);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([expected]);
  });

  it.each<[string, string, string]>([
    ['no check', 'command: docker ps\nhint: h\nexplain: e', "13: try 'x': check is missing: expected a mapping of fields"],
    ['an empty check', 'command: docker ps\nhint: h\ncheck: {}\nexplain: e', "16: try 'x': check must list at least one of exitCode, output, container, image, build, login, registry"],
    ['a wrong memory', 'command: docker ps\nhint: h\ncheck:\n  container:\n    memory: lots\nexplain: e', "18: try 'x': check.container.memory must be a memory size like 64m or 1g"],
    ['a running flag as text', 'command: docker ps\nhint: h\ncheck:\n  container:\n    running: "yes"\nexplain: e', "18: try 'x': check.container.running must be true or false"],
    ['a bad context size', 'command: docker ps\nhint: h\ncheck:\n  build:\n    contextMaxBytes: huge\nexplain: e', "18: try 'x': check.build.contextMaxBytes must be a size like 20MiB, 512KiB or a plain byte count"],
    ['an output list holding a number', 'command: docker ps\nhint: h\ncheck:\n  output: [a, 1]\nexplain: e', "17: try 'x': check.output must be text, or a list of texts"],
    ['an outputNot that is a mapping', 'command: docker ps\nhint: h\ncheck:\n  outputNot: {a: b}\nexplain: e', "17: try 'x': check.outputNot must be text, or a list of texts"],
  ])('reports %s in a try block at the field', (_, fields, expected) => {
    const { problems } = parse(`## S\n\n\`\`\`try\nid: x\n${fields}\n\`\`\`\n`);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([expected]);
  });

  it.each(['64m', '1g', '512k', '64MiB', '100'])('accepts the memory limit %s as docker would', (memory) => {
    const { problems } = parse(`## S\n\n\`\`\`try\nid: x\ncommand: docker ps\nhint: h\ncheck:\n  container:\n    memory: '${memory}'\nexplain: e\n\`\`\`\n`);
    expect(problems).toEqual([]);
  });

  it('reads sizes in a build check as bytes', () => {
    const { lesson } = parse('## S\n\n```try\nid: b\ncommand: docker build .\nhint: h\ncheck:\n  build:\n    cachedSteps: [2, 3]\n    contextMaxBytes: 2MiB\nexplain: e\n```\n');
    expect(lesson!.steps[0]!.tryStep!.check.build).toEqual({ cachedSteps: [2, 3], contextMaxBytes: 2 * 1024 * 1024 });
  });
});

describe('splitSections', () => {
  it('counts lines from the given first line and keeps an unclosed block', () => {
    const sections = splitSections('a\n## B\n```try\nid: x\n', 20);
    expect(sections.map((s) => [s.title, s.line])).toEqual([[undefined, 20], ['B', 21]]);
    expect(sections[1]!.blocks).toEqual([{ kind: 'try', source: 'id: x', line: 22, closed: false }]);
  });

  it('handles Windows line endings', () => {
    const sections = splitSections('## A\r\n\r\n```quiz\r\nid: q\r\n```\r\ntext\r\n', 1);
    expect(sections[1]!.blocks[0]).toMatchObject({ source: 'id: q', closed: true, line: 3 });
    expect(sections[1]!.markdown).toBe('text');
  });
});

describe('parseSize', () => {
  it.each<[string | number, number | undefined]>([
    ['20MiB', 20 * 1024 * 1024], ['512KiB', 512 * 1024], ['1GiB', 1024 ** 3], ['1.5 MiB', 1.5 * 1024 * 1024], ['100', 100], [4096, 4096],
    ['20MB', undefined], ['lots', undefined], [-1, undefined], [1.5, undefined],
  ])('%j -> %j', (input, expected) => {
    expect(parseSize(input)).toBe(expected);
  });
});

describe('placeholders', () => {
  const values = { image: 'busybox:latest', registry: 'localhost:5000', user: 'docktutor' };
  it.each([
    ['docker run {{image}}', 'docker run busybox:latest'],
    ['docker push {{ registry }}/{{user}}/app', 'docker push localhost:5000/docktutor/app'],
    ["docker inspect -f '{{.State.Status}}' x", "docker inspect -f '{{.State.Status}}' x"],
    ['{{other}} stays', '{{other}} stays'],
  ])('substitutes %j', (input, expected) => {
    expect(substitutePlaceholders(input, values)).toBe(expected);
  });

  it('finds unknown placeholders with their lines, and not docker templates', () => {
    expect(findUnknownPlaceholders("a {{image}}\nb {{imgae}}\nc {{json .Config}} {{range .Mounts}}{{.Name}}{{end}}\n{{ x }}", 5)).toEqual([
      { line: 6, name: 'imgae' },
      { line: 8, name: 'x' },
    ]);
  });
});
