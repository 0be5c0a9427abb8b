/**
 * Every step of every shipped lesson, in both languages, at 60, 80 and 100 columns, with colour and
 * without, rendered through `docktutor lessons show` (the function learn uses): no line wider than the
 * width, no punctuation alone at the start of a line, no Markdown marker left in the prose, no renderer
 * placeholder anywhere (a code span's colon in a table cell once showed as `*#COLON|*`). Code is
 * not prose: lesson 9 teaches `**\/*.log`, so code blocks (known from the lesson's own Markdown) and
 * inline code (its colour, or its backticks without colour) are left out of the marker check.
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { showLesson } from '../../src/cli/commands/lessons-show.js';
import { DocktutorError } from '../../src/errors.js';
import { LANGS, type Lang } from '../../src/i18n/index.js';
import { loadLessons } from '../../src/lessons/load.js';
import type { Lesson } from '../../src/lessons/model.js';
import { placeholderValues, substitutePlaceholders } from '../../src/lessons/placeholders.js';
import { renderMarkdown } from '../../src/lessons/render-markdown.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { columnsOf } from '../../src/terminal/width.js';
import { stripAnsi } from '../../src/terminal/wrap.js';
import { runCli, cleanEnv } from '../helpers/cli.js';
import { contextFor } from '../cli/learn-fixtures.js';

const WIDTHS = [60, 80, 100];
const LESSONS = join(PACKAGE_ROOT, 'lessons');
const env = { DOCKTUTOR_LESSONS: LESSONS } as NodeJS.ProcessEnv;
const shipped = Object.fromEntries(LANGS.map((lang) => [lang, loadLessons(LESSONS, lang)])) as Record<Lang, Lesson[]>;

async function show(options: { lesson: string; step?: string; width?: string; lang: Lang; color: boolean }): Promise<string> {
  let text = '';
  const out = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
    { isTTY: options.color, columns: 123 },
  );
  const io = { stdin: process.stdin, stdout: out, stderr: process.stderr };
  const context = contextFor(['lessons', 'show', '--lang', options.lang], { io, env: options.color ? env : { ...env, NO_COLOR: '1' } });
  await showLesson(context, options);
  return text;
}

/** The lines of a step's code blocks (nested in lists too), as the learner should see them. */
function codeLines(markdown: string): Set<string> {
  const lines = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code') for (const line of (token as { text: string }).text.split('\n')) lines.add(line.trim());
      const nested = (token as { tokens?: Token[]; items?: Token[] }).tokens ?? (token as { items?: Token[] }).items;
      if (nested) visit(nested);
    }
  };
  visit(Lexer.lex(substitutePlaceholders(markdown, placeholderValues(env))));
  return lines;
}

function isCode(line: string, code: Set<string>): boolean {
  const plain = stripAnsi(line).trim();
  if (code.has(plain)) return true;
  // A code line cut at the edge ends in an ellipsis.
  return plain.endsWith('…') && [...code].some((whole) => whole.startsWith(plain.slice(0, -1).trimEnd()));
}

const PUNCTUATION = /^[.,;:!?)\]}]/;
const BULLET = /^ *(?:[*\-+•]|\d+\.)? */;

/**
 * What is wrong with one rendered line of prose: punctuation that starts it, or a Markdown marker in it.
 * `inCode`: without colour, whether the line starts inside inline code begun on the line before.
 */
function proseProblems(line: string, color: boolean, inCode: boolean): string[] {
  const problems: string[] = [];
  const plain = JSON.stringify(stripAnsi(line));
  // Table cells are checked one by one, each as the start of a line.
  for (const [index, cell] of line.split('│').entries()) {
    const start = cell.replace(BULLET, '');
    const codeFirst = color ? /^(?:\u001b\[[0-9;]*m)*?\u001b\[33m/.test(start) : start.startsWith('`') || (index === 0 && inCode);
    if (!codeFirst && PUNCTUATION.test(stripAnsi(start))) problems.push(`punctuation starts a line: ${plain}`);
  }
  if (color) {
    // Inline code is yellow; what is left is prose, where Markdown must not show.
    const prose = stripAnsi(line.replace(/\u001b\[33m.*?\u001b\[39m/g, ''));
    if (prose.includes('**')) problems.push(`** left in: ${plain}`);
    if (prose.includes('`')) problems.push(`backtick left in: ${plain}`);
    if (/^\s*#/.test(prose)) problems.push(`# left in: ${plain}`);
  }
  return problems;
}

/** The lines of a rendered step that are prose: not its header (lesson, step, title), a code block or the try box. */
function* proseLines(step: string, code: Set<string>): Generator<{ line: string; inCode: boolean }> {
  const lines = step.split('\n');
  let inBox = false;
  let inCode = false;
  for (const line of lines.slice(lines.indexOf(''))) {
    const plain = stripAnsi(line);
    if (plain.startsWith('┌─ ') && !plain.includes('┬')) inBox = true;
    if (inBox) {
      if (plain.startsWith('└')) inBox = false;
      continue;
    }
    if (plain.trim() === '') inCode = false;
    if (isCode(line, code)) continue;
    yield { line, inCode };
    // Inline code that a break split (without colour) leaves an odd number of backticks on the line.
    if ((plain.match(/`/g) ?? []).length % 2 === 1) inCode = !inCode;
  }
}

/** The rendered lesson cut before each step's header line (`Title · Step 2/9`). */
function splitSteps(text: string, lesson: Lesson, lang: Lang): string[] {
  const word = lang === 'en' ? 'Step' : '단계';
  const lines = text.split('\n');
  const steps: string[][] = [];
  for (const line of lines) {
    // A long title may push the step number onto a second line at 60 columns.
    const header = `${lesson.title} · ${word} ${steps.length + 1}/${lesson.steps.length}`;
    const plain = stripAnsi(line);
    if (plain.length > lesson.title.length && header.startsWith(plain)) steps.push([]);
    steps[steps.length - 1]?.push(line);
  }
  return steps.map((step) => step.join('\n'));
}

describe('docktutor lessons show: every shipped step fits', () => {
  const figures = { renders: 0, lines: 0 };
  const cases = LANGS.flatMap((lang) => WIDTHS.flatMap((width) => [true, false].map((color) => [lang, width, color] as const)));

  it.each(cases)('%s at %i columns, colour %s', async (lang, width, color) => {
    const problems: string[] = [];
    for (const lesson of shipped[lang]) {
      // The whole lesson at once (loading the lessons folder once), cut into steps at their headers.
      const whole = await show({ lesson: lesson.id, width: String(width), lang, color });
      const steps = splitSteps(whole, lesson, lang);
      expect(steps.length, `${lang} lesson ${lesson.order}`).toBe(lesson.steps.length);
      for (const [index, step] of steps.entries()) {
        const where = `${lang} lesson ${lesson.order} step ${index + 1} at ${width}`;
        const code = codeLines(lesson.steps[index]!.markdown);
        figures.renders += 1;
        for (const line of step.split('\n')) {
          figures.lines += 1;
          if (columnsOf(stripAnsi(line)) > width) problems.push(`${where}: ${columnsOf(stripAnsi(line))} columns: ${JSON.stringify(stripAnsi(line))}`);
          // The renderers' own placeholders (a code span's hidden colon, a sheltered span's marks) never show, in tables either.
          if (/\*#COLON\|\*|[\uE000\uE001]/.test(line)) problems.push(`${where}: renderer placeholder left in: ${JSON.stringify(stripAnsi(line))}`);
        }
        for (const { line, inCode } of proseLines(step, code)) {
          problems.push(...proseProblems(line, color, inCode).map((problem) => `${where}: ${problem}`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('rendered every step of every lesson in both languages at every width', () => {
    const steps = LANGS.reduce((sum, lang) => sum + shipped[lang].reduce((count, lesson) => count + lesson.steps.length, 0), 0);
    expect(steps).toBeGreaterThan(100);
    expect(figures.renders).toBe(steps * WIDTHS.length * 2);
    console.log(`lessons show: ${figures.renders} renders (${steps} steps over both languages x ${WIDTHS.length} widths x colour on/off), ${figures.lines} lines checked`);
  });
});

describe('the marker scan catches what CommonMark leaves unrendered', () => {
  // Lesson 11 once read `**스로틀링(throttling)**될`: a closing ** after punctuation, followed by a letter,
  // closes nothing, and the learner saw the asterisks. The scan above must see them; the text rule in
  // korean-lessons.test.ts keeps the word after bold inside it.
  it.each([
    ['CPU가 **스로틀링(throttling)**될 뿐입니다.', ['** left in']],
    ['**`-t`**는 터미널을 줍니다.', ['** left in']],
    ['CPU가 **스로틀링(throttling)될** 뿐이고 **`-t`는** 터미널을 줍니다.', []],
  ])('%s', (markdown, expected) => {
    const rendered = renderMarkdown(markdown, { columns: 80, color: true });
    const found = rendered.split('\n').flatMap((line) => proseProblems(line, true, false)).map((problem) => problem.split(':')[0]);
    expect(found).toEqual(expected);
  });
});

describe('docktutor lessons show', () => {
  it('prints the whole lesson when no step is named, each step headed by where it is', async () => {
    const lesson = shipped.en[1]!;
    const text = await show({ lesson: String(lesson.order), width: '80', lang: 'en', color: false });
    for (let step = 1; step <= lesson.steps.length; step += 1) expect(text).toContain(`${lesson.title} · Step ${step}/${lesson.steps.length}`);
  });

  it('names the lesson title once on the first step, in the header', async () => {
    const lesson = shipped.ko[0]!;
    const text = await show({ lesson: lesson.id, step: '1', width: '80', lang: 'ko', color: false });
    expect(text.split(lesson.title).length - 1).toBe(1);
    expect(text.split('\n')[0]).toBe(`${lesson.title} · 단계 1/${lesson.steps.length}`);
  });

  it('keeps inline code in backticks without colour', async () => {
    const text = await show({ lesson: 'why-docker', step: '3', width: '60', lang: 'en', color: false });
    expect(text).toMatch(/`libpq`\./);
  });

  it('cuts a code line wider than the width at the edge and says how wide the block is', async () => {
    const text = await show({ lesson: '9', step: '5', width: '60', lang: 'en', color: false });
    expect(text).toContain('  # The Dockerfile and this file reach the builder anyway (…');
    expect(text.replace(/\n/g, ' ')).toContain('(3 lines of the block above cut at the edge: 74 columns show it whole)');
    const wide = await show({ lesson: '9', step: '5', width: '100', lang: 'en', color: false });
    expect(wide).toContain('  # The Dockerfile and this file reach the builder anyway (it needs them),');
    expect(wide).not.toContain('cut at the edge');
  });

  it.each<[Partial<{ step: string; width: string }>, RegExp]>([
    [{ step: '99' }, /lesson why-docker has no step 99: it has steps 1 to 6/],
    [{ step: '0' }, /has no step 0/],
    [{ width: 'wide' }, /--width wide is not a number of columns/],
    [{ width: '10' }, /--width 10 is not a number of columns/],
  ])('refuses %j', async (options, message) => {
    const error = await show({ lesson: '1', lang: 'en', color: false, ...options }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).message).toMatch(message);
    expect((error as DocktutorError).exitCode).toBe(2);
  });

  it('runs from the command line in Korean, with no daemon and no terminal', async () => {
    const result = await runCli(['lessons', 'show', '2', '--step', '1', '--width', '60', '--lang', 'ko'], { env: cleanEnv({ DOCKER_HOST: 'unix:///nonexistent.sock' }) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`${shipped.ko[1]!.title} · 단계 1/${shipped.ko[1]!.steps.length}`);
    expect(Math.max(...result.stdout.split('\n').map((line) => columnsOf(line)))).toBeLessThanOrEqual(60);
  });
});
