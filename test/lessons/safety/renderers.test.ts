/**
 * What the learner sees is what runs: every screen that shows lesson text shows a control character as
 * a visible escape, never sends it to the terminal. The hostile lesson hides one command behind another
 * with cursor moves, clears the screen, writes the clipboard (OSC 52) and reorders text (U+202E).
 */
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatLessonList } from '../../../src/cli/commands/lessons-format.js';
import { lessonChoices } from '../../../src/cli/learn/pick-lesson.js';
import { formatProgress } from '../../../src/cli/progress/format.js';
import { buildReport } from '../../../src/cli/progress/report.js';
import { expandQuestion } from '../../../src/cli/quiz/ask.js';
import { formatGrade } from '../../../src/cli/quiz/format-result.js';
import { setLang } from '../../../src/i18n/index.js';
import type { Lesson, Question } from '../../../src/lessons/model.js';
import { formatProblem } from '../../../src/lessons/problems.js';
import { renderMarkdown } from '../../../src/lessons/render-markdown.js';
import { renderStep, renderStepNote } from '../../../src/lessons/render.js';
import { describeControl, escapeControls, findControl } from '../../../src/terminal/controls.js';
import { applyChange, emptyProgress } from '../../../src/progress/model.js';
import { gradeAnswer } from '../../../src/quiz/engine.js';

const ESC = '\u001b';
const HIDE = `${ESC}[2K${ESC}[1G`;
const OSC52 = `${ESC}]52;c;cm0gLXJmIH4K${String.fromCharCode(7)}`;
const placeholders = { image: 'busybox:latest', registry: '127.0.0.1:5000', user: 'docktutor' };

/** Control characters left in rendered text, apart from the colour sequences the renderer adds itself. */
function rawControls(text: string): string[] {
  const withoutStyles = text.replace(/\u001b\[[0-9;]*m/g, '');
  const found: string[] = [];
  for (let at = findControl(withoutStyles); at >= 0; at = findControl(withoutStyles, 'prose', at + 1)) found.push(describeControl(withoutStyles[at]!));
  return found;
}

const hostile: Lesson = {
  id: 'hostile', title: `Hostile${ESC}[2J`, order: 1, summary: `Summary${OSC52}`, objectives: ['o'], minutes: 1, passMark: 80, generate: [], lang: 'en', dir: '/x', file: '/x/en.md',
  steps: [{
    title: `Step\u202eeno`,
    markdown: `Read ${ESC}[8mhidden${ESC}[28m text and \`code${String.fromCharCode(0x9b)}2J\`.`,
    line: 1,
    kind: 'try',
    questionIds: [],
    tryStep: { id: 't', mode: 'copy', command: `docker run --rm busybox hostname${HIDE}docker run --rm -v /:/h busybox touch /h/tmp/PWNED`, hints: [`Hint${OSC52}`], explain: `Explain${ESC}c`, check: { exitCode: 0 }, needs: [], line: 1 },
  }],
  questions: [],
};

beforeAll(() => setLang('en'));

describe('escapeControls', () => {
  it.each<[string, string, 'prose' | 'line', string]>([
    ['ESC', `a${ESC}[2Jb`, 'prose', 'a\\x1b[2Jb'],
    ['NUL and DEL', `a${String.fromCharCode(0)}b${String.fromCharCode(0x7f)}`, 'prose', 'a\\x00b\\x7f'],
    ['a C1 CSI', `a${String.fromCharCode(0x9b)}31m`, 'prose', 'a\\x9b31m'],
    ['a bidi override', 'a\u202eb\u2066c', 'prose', 'a\\u202eb\\u2066c'],
    ['prose keeps lines and tabs', 'a\n\tb\r\nc', 'prose', 'a\n\tb\r\nc'],
    ['a lone carriage return rewrites the line', 'safe\rrm -rf', 'prose', 'safe\\x0drm -rf'],
    ['a line escapes line breaks and tabs too', 'a\n\tb', 'line', 'a\\x0a\\x09b'],
    ['plain text and Korean stay as they are', '컨테이너 — “ok”', 'line', '컨테이너 — “ok”'],
  ])('%s', (_name, text, mode, expected) => {
    expect(escapeControls(text, mode)).toBe(expected);
  });
});

describe('every renderer of lesson text', () => {
  it.each([false, true])('the step screen, colour %s', (color) => {
    const screen = renderStep(hostile, 0, { columns: 200, color, lang: 'en', placeholders, showHint: true });
    expect(rawControls(screen)).toEqual([]);
    expect(screen).toContain('hostname\\x1b[2K\\x1b[1Gdocker run --rm -v /:/h busybox touch /h/tmp/PWNED');
    expect(screen).toContain('Hostile\\x1b[2J');
    expect(screen).toContain('Step\\u202eeno');
    expect(screen).toContain('\\x1b[8mhidden');
    expect(screen).toContain('Hint\\x1b]52;c;cm0gLXJmIH4K\\x07');
  });

  it('a try step note', () => {
    const note = renderStepNote(hostile.steps[0]!.tryStep!.explain, { columns: 80, color: true, placeholders });
    expect(rawControls(note)).toEqual([]);
    expect(note).toContain('Explain\\x1bc');
  });

  it('the lesson list and the lesson menu', () => {
    expect(rawControls(formatLessonList([hostile]))).toEqual([]);
    const [choice] = lessonChoices([hostile], emptyProgress());
    expect(rawControls(`${choice!.name}${choice!.description}`)).toEqual([]);
    expect(choice!.description).toBe('Summary\\x1b]52;c;cm0gLXJmIH4K\\x07');
  });

  it('a question, its options, its explanation and the verdict', () => {
    const question: Question = {
      id: 'q', type: 'single', line: 1, step: 0,
      question: `Which?${HIDE}`, explanation: `Because${ESC}[2J`,
      options: [{ text: `Right${ESC}[31m`, correct: true, why: `Why${OSC52}` }, { text: 'Wrong', correct: false }],
    };
    const shown = expandQuestion(question, (text) => text, (code) => `[${code}]`);
    expect(rawControls(JSON.stringify(shown).replace(/\\u001b/g, ESC))).toEqual([]);
    const verdict = formatGrade(shown, gradeAnswer(shown, 1, { canonical: (line) => line }));
    expect(rawControls(verdict)).toEqual([]);
    expect(verdict).toContain('Right\\x1b[31m');
  });

  it('the progress table and its most-missed list', () => {
    const lesson = { ...hostile, questions: [{ id: 'q', type: 'truefalse' as const, answer: true, question: `Missed${HIDE}`, explanation: 'e', line: 1, step: 0 }] };
    const progress = applyChange(emptyProgress(), { kind: 'answer', lesson: 'hostile', question: 'q', correct: false, at: '2026-01-01T00:00:00.000Z' });
    const now = new Date('2026-01-02T00:00:00Z');
    const table = formatProgress(buildReport([lesson], progress, now), now);
    expect(table).toContain('Missed\\x1b[2K');
    expect(rawControls(table)).toEqual([]);
    expect(table).toContain('Hostile\\x1b[2J');
  });

  it('a lessons --check problem, whatever its file name holds', () => {
    expect(formatProblem({ file: `lessons/${ESC}]0;title${String.fromCharCode(7)}/en.md`, line: 3, message: `'docker rm x${ESC}[2J' cannot run\nfake: next line` }, 'warning')).toBe(
      "lessons/\\x1b]0;title\\x07/en.md:3: warning: 'docker rm x\\x1b[2J' cannot run\\x0afake: next line",
    );
  });
});

describe('Markdown the renderer cannot handle in good time is shown as written', () => {
  it.each([
    ['emphasis marks', '*a'.repeat(100_000)],
    ['underscores', '_a'.repeat(100_000)],
    ['unclosed links', '[a]('.repeat(50_000)],
    ['quotes 5000 deep', `${'> '.repeat(5000)}x`],
    ['lists 5000 deep', `${'- '.repeat(5000)}x`],
    ['lists indented 400 deep', Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}- a`).join('\n')],
  ])('%s', (_name, markdown) => {
    const started = performance.now();
    const text = renderMarkdown(markdown, { columns: 80, color: false });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(text.replace(/\s+/g, '')).toBe(markdown.replace(/\s+/g, ''));
  });

  it('renders ordinary Markdown as before', () => {
    expect(renderMarkdown('Some *emphasis*, `code` and a [link](https://example.com).\n\n> - quoted item', { columns: 80, color: false })).not.toContain('*emphasis*');
  });
});
