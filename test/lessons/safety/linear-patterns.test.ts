/**
 * Every pattern a lesson's text goes through, fed a 200 KB line built to make a backtracking pattern
 * try every split (long runs of what the pattern repeats, then the one character that fails it). Each
 * must give its answer in well under a second; the quadratic heading pattern took 67 s on such a line.
 * The timing bound is loose on purpose (a shared machine); the result is what is asserted exactly.
 */
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { styleInlineCode } from '../../../src/cli/quiz/ask.js';
import { setLang } from '../../../src/i18n/index.js';
import { checkLessonFolder } from '../../../src/lessons/check.js';
import { parseLesson } from '../../../src/lessons/parse.js';
import { findUnknownPlaceholders, substitutePlaceholders, placeholderValues } from '../../../src/lessons/placeholders.js';
import { escapeControls } from '../../../src/terminal/controls.js';
import { headingTitle } from '../../../src/lessons/safety/heading-title.js';
import { findRiskyFlagsIn } from '../../../src/lessons/safety/risky-flags.js';
import { splitSections } from '../../../src/lessons/sections.js';
import { parseSize } from '../../../src/lessons/size.js';
import { stripAnsi, wrapLine } from '../../../src/terminal/wrap.js';
import { readYamlBlock } from '../../../src/lessons/yaml-block.js';
import { readYamlLite } from '../../../src/lessons/yaml-lite.js';
import { lessonText } from './world.js';

const N = 200 * 1024;
const spaces = ' '.repeat(N);
const LIMIT_MS = 1000;

beforeAll(() => setLang('en'));

/** Runs `work` and fails when it takes longer than the (loose) limit; returns its result for the assertions. */
function bounded<T>(work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(LIMIT_MS);
  return result;
}

describe('the heading title', () => {
  it('reads a 200 KB heading of spaces in linear time, as the old pattern would have read it', () => {
    expect(bounded(() => headingTitle(`## a${spaces}b`))).toBe(`a${spaces}b`);
    expect(bounded(() => headingTitle(`## a${spaces}#${spaces}`))).toBe('a');
    expect(bounded(() => headingTitle(`## ${'#'.repeat(N)}x`))).toBe(`${'#'.repeat(N)}x`);
  });

  // The old pattern is the oracle on every short line made of the characters that matter to it.
  const OLD = /^## +(.*?)(?:\s+#+)?\s*$/;
  const alphabet = ['#', ' ', '\t', 'a', '\u00a0'];
  const lines: string[] = [];
  const grow = (prefix: string, depth: number) => {
    lines.push(`## ${prefix}`);
    if (depth > 0) for (const char of alphabet) grow(prefix + char, depth - 1);
  };
  grow('', 5);
  it(`gives what /^## +(.*?)(?:\\s+#+)?\\s*$/ gives on ${lines.length} short lines`, () => {
    const differing = lines.filter((line) => headingTitle(line) !== OLD.exec(line)?.[1]);
    expect(differing).toEqual([]);
  });

  it('splits a body whose heading is 200 KB of spaces', () => {
    const sections = bounded(() => splitSections(`intro\n## Title${spaces}x\ntext\n`, 1));
    expect(sections.map((section) => section.title)).toEqual([undefined, `Title${spaces}x`]);
  });
});

describe('a whole lesson with one hostile line is parsed and checked in linear time', () => {
  const base = lessonText();
  const hostile: [string, string][] = [
    ['a heading of spaces', base.replace('## More', `## More${spaces}x`)],
    ['a fence line of spaces', base.replace('More facts.', `\`\`\`${spaces}x\n\`\`\`${spaces}x\n\`\`\``)],
    ['a front matter end of spaces', base.replace('minutes: 5', `minutes: 5\n---${spaces}x`)],
    ['a front matter key of spaces', base.replace('order: 1', `order${spaces}x: 1`)],
    ['an unknown placeholder of spaces', base.replace('More facts.', `{{a${spaces}b {{${spaces}`)],
    ['a broken block whose id runs on', base.replace('id: fact-3', `id: ${'a'.repeat(N)}!\n  bad: [`)],
    ['a quote never closed', base.replace('question: Fact 2 is true.', `question: "${'a\\'.repeat(N / 2)}`)],
    ['a key of spaces before a quote', base.replace('question: Fact 2 is true.', `question:${spaces}x "`)],
    ['a block scalar header of spaces', base.replace('explanation: Fact 4 holds.', `explanation: |${spaces}x\n  text`)],
    ['a quote followed by spaces', base.replace('explanation: Fact 5 holds.', `explanation: 'a'${spaces}x`)],
    ['a flow list never closed', base.replace('objectives:\n  - Run a container', `objectives: [${'a'.repeat(N)}`)],
    ['a number that is not one', base.replace('minutes: 5', `minutes: ${'1'.repeat(N)}x`)],
    ['a generate size of digits', base.replace('minutes: 5', `minutes: 5\ngenerate:\n  - path: a\n    size: ${'1'.repeat(N)}x`)],
    ['a size of spaces', base.replace('minutes: 5', `minutes: 5\ngenerate:\n  - path: a\n    size: "1${spaces}x"`)],
    ['a lesson id of letters', base.replace('id: hostile', `id: ${'a'.repeat(N)}!`)],
    ['a command of spaces', base.replace('command: docker run --rm {{image}} echo hello', `command: docker${spaces}`)],
    ['a command 200 KB long', base.replace('echo hello', `echo ${'x '.repeat(N / 2)}`)],
    ['a memory check of digits', base.replace('  exitCode: 0\nexplain: The container', `  exitCode: 0\n  container:\n    memory: ${'1'.repeat(N)}x\nexplain: The container`)],
    ['a line of control characters', base.replace('More facts.', '\u001b'.repeat(N))],
  ];

  it.each(hostile)('%s', (_name, text) => {
    const parsed = bounded(() => parseLesson({ text, file: 'x/en.md', dir: 'x', lang: 'en' }));
    expect(parsed.problems.length + (parsed.lesson ? 1 : 0)).toBeGreaterThan(0);
    const report = bounded(() => checkLessonFolder({ path: 'x', files: { en: text, ko: text }, extras: [], workspace: undefined }));
    expect(report.langs).toEqual(['en', 'ko']);
  });

  it('still finds the problem on the hostile line', () => {
    const text = base.replace('minutes: 5', `minutes: 5\ngenerate:\n  - path: a\n    size: ${'1'.repeat(N)}x`);
    const { problems } = bounded(() => parseLesson({ text, file: 'x/en.md', dir: 'x', lang: 'en' }));
    expect(problems.map((problem) => problem.message)).toEqual(['front matter: generate[0].size must be a size like 20MiB, 512KiB or a plain byte count']);
  });
});

describe('the smaller patterns, one by one', () => {
  it.each<[string, () => unknown, unknown]>([
    ['placeholders', () => findUnknownPlaceholders(`{{a${spaces}b {{${'a-'.repeat(N / 2)}`), []],
    ['placeholder substitution', () => substitutePlaceholders(`{{${spaces}image`, placeholderValues({})).length, N + 7],
    ['sizes', () => parseSize(`${'1'.repeat(N)}.${'1'.repeat(N)}x!`), undefined],
    ['sizes with spaces', () => parseSize(`1${spaces}k!`), undefined],
    ['fast YAML: a block scalar header', () => readYamlLite(`a: |${spaces}x\n  b`), undefined],
    ['fast YAML: after a quote', () => readYamlLite(`a: 'b'${spaces}x`), undefined],
    ['fast YAML: a flow list', () => readYamlLite(`a: [${'b'.repeat(N)}`), undefined],
    ['fast YAML: a float', () => readYamlLite(`a: ${'1'.repeat(N)}e`), { a: `${'1'.repeat(N)}e` }],
    ['YAML with positions: a broken quote', () => readYamlBlock(`a: "${'b'.repeat(N)}\n`, 'f', 1).problems.length, 1],
    ['terminal escapes: an OSC never ended', () => stripAnsi(`\u001b]${'a'.repeat(N)}`).length, N + 2],
    ['terminal escapes: a CSI never ended', () => stripAnsi(`\u001b[${'1'.repeat(N)}`).length, N + 2],
    ['wrapping: a hanging indent of spaces', () => wrapLine(`${spaces}1${'1'.repeat(N)}x`, 80).length > 0, true],
    ['escaping control characters', () => escapeControls('\u001b'.repeat(N)).length, 4 * N],
    ['inline code never closed', () => styleInlineCode(`\`${'a'.repeat(N)}`, (text) => `<${text}>`).length, N + 1],
    ['risky flags: a path of slashes', () => findRiskyFlagsIn(`docker run -v ${'/'.repeat(N)}x:/y busybox`).map((risk) => risk.text), ['-v ' + '/'.repeat(N) + 'x:/y mounts a folder of this machine from outside the practice folder']],
  ])('%s', (_name, work, expected) => {
    expect(bounded(work)).toEqual(expected);
  });
});
