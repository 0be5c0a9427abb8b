import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/index.js';
import { loadLessons } from '../../src/lessons/load.js';
import type { Lesson } from '../../src/lessons/model.js';
import { renderMarkdown } from '../../src/lessons/render-markdown.js';
import { renderStep, renderStepNote } from '../../src/lessons/render.js';
import { columnsOf } from '../../src/terminal/width.js';
import { clipLine, stripAnsi, wrapLine } from '../../src/terminal/wrap.js';
import { PACKAGE_ROOT } from '../../src/settings.js';

const placeholders = { image: 'busybox:latest', registry: '127.0.0.1:5000', user: 'docktutor' };
const ANSI = /\u001b[[\]]/;
const widest = (text: string) => Math.max(...stripAnsi(text).split('\n').map((line) => stringWidth(line)));

const shipped = Object.fromEntries(LANGS.map((lang) => [lang, loadLessons(join(PACKAGE_ROOT, 'lessons'), lang)])) as Record<string, Lesson[]>;
const fixture = Object.fromEntries(LANGS.map((lang) => [lang, loadLessons(join(PACKAGE_ROOT, 'test', 'fixtures', 'lessons-valid'), lang)])) as Record<string, Lesson[]>;

describe('columnsOf', () => {
  it.each(['hello', '컨테이너는 호스트 커널', '漢字かなカナ', '“quoted” — dash…', 'ａｂｃ', '©', 'e\u0301', '👍🏽 ok', 'ᄀᄀ', '\u001b[1mbold\u001b[22m'])(
    'agrees with string-width on %j',
    (text) => {
      expect(columnsOf(text)).toBe(stringWidth(text));
    },
  );

  it('agrees with string-width on every character of the basic plane', () => {
    for (let code = 0x20; code < 0xffff; code += 1) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const char = String.fromCharCode(code);
      if (columnsOf(char) !== stringWidth(char)) expect.fail(`U+${code.toString(16)}: ${columnsOf(char)} != ${stringWidth(char)}`);
    }
  });
});

describe('wrapLine', () => {
  it.each<[string, number, string]>([
    ['one two three four', 9, 'one two\nthree\nfour'],
    ['컨테이너는 호스트 커널을 공유합니다', 12, '컨테이너는\n호스트\n커널을\n공유합니다'],
    ['  * a list item that wraps', 14, '  * a list\n    item that\n    wraps'],
    ['  12. numbered item wraps', 14, '  12. numbered\n      item\n      wraps'],
    ['abcdefghijklmnop', 6, 'abcdef\nghijkl\nmnop'],
    ['가나다라마바사', 6, '가나다\n라마바\n사'],
    ['fits', 10, 'fits'],
  ])('%j at %i columns', (line, width, expected) => {
    expect(wrapLine(line, width)).toBe(expected);
  });

  it('closes a style at a break and reopens it on the next line', () => {
    expect(wrapLine('plain \u001b[1mbold words here\u001b[22m end', 12)).toBe('plain \u001b[1mbold\u001b[0m\n\u001b[1mwords here\u001b[22m\nend');
  });

  it.each<[string, number, string]>([
    ['see \u001b[33mlibpq\u001b[39m. and more', 9, 'see\n\u001b[33mlibpq\u001b[39m.\nand more'],
    ['`docker`를 실행하면 됩니다', 10, '`docker`를\n실행하면\n됩니다'],
    ['(the \u001b[3mclient\u001b[23m), then', 11, '(the\n\u001b[3mclient\u001b[23m),\nthen'],
  ])('never starts a line with what is written right after inline code: %j', (line, width, expected) => {
    expect(wrapLine(line, width)).toBe(expected);
  });

  it('hangs the lines after the first under a label', () => {
    expect(wrapLine('  hint: check the name and the tag', 20, 8)).toBe('  hint: check the\n        name and the\n        tag');
    expect(wrapLine('  도움말: 이름과 태그를 확인하세요', 20, 10)).toBe('  도움말: 이름과\n          태그를\n          확인하세요');
  });

  it('cuts a code line at the edge, escapes closed, with an ellipsis', () => {
    expect(clipLine('0123456789', 6)).toBe('01234…');
    expect(clipLine('\u001b[33m0123456789\u001b[39m', 6)).toBe('\u001b[33m01234\u001b[0m…');
    expect(clipLine('fits', 6)).toBe('fits');
  });
});

describe('renderStep', () => {
  const cases = LANGS.flatMap((lang) => [40, 60, 100].map((columns) => [lang, columns] as const));

  it.each(cases)('keeps every line of every shipped step within the width (%s, %i columns)', (lang, columns) => {
    for (const lesson of shipped[lang]!) {
      lesson.steps.forEach((_, index) => {
        const text = renderStep(lesson, index, { columns, color: true, lang, placeholders, showHint: true });
        expect(widest(text), `${lesson.file} step ${index + 1}`).toBeLessThanOrEqual(columns);
      });
    }
  });

  it.each(LANGS)('writes no escape sequence without colour (%s)', (lang) => {
    for (const lesson of shipped[lang]!) {
      lesson.steps.forEach((_, index) => {
        expect(renderStep(lesson, index, { columns: 80, color: false, lang, placeholders, showHint: true })).not.toMatch(ANSI);
      });
    }
  });

  it('colours with colour on', () => {
    const lesson = fixture.en![0]!;
    expect(renderStep(lesson, 1, { columns: 80, color: true, lang: 'en', placeholders })).toMatch(ANSI);
  });

  it.each<[string, string, string]>([
    ['en', 'Basics · Step 2/3', 'Try it'],
    ['ko', '기초 · 단계 2/3', '직접 해 보기'],
  ])('shows the progress and a try box with the command filled in (%s)', (lang, progress, title) => {
    const lesson = fixture[lang]![0]!;
    const text = renderStep(lesson, 1, { columns: 80, color: false, lang: lang as 'en' | 'ko', placeholders });
    const lines = text.split('\n');
    expect(lines[0]).toBe(progress);
    expect(text).toContain(`┌─ ${title} `);
    expect(text).toContain('│ $ docker run --rm busybox:latest echo hello │');
    expect(text).not.toContain('{{image}}');
  });

  it('shows the hint only when asked', () => {
    const lesson = fixture.en![0]!;
    const options = { columns: 80, color: false, lang: 'en' as const, placeholders };
    expect(renderStep(lesson, 1, options)).not.toContain('Hint:');
    expect(renderStep(lesson, 1, { ...options, showHint: true })).toContain('Hint: The image comes before the command.');
  });

  it('wraps a long command inside the box', () => {
    const lesson = structuredClone(fixture.en![0]!);
    lesson.steps[1]!.tryStep!.command = 'docker run --rm --name dt-a-very-long-container-name {{image}} echo hello from a long line';
    const text = renderStep(lesson, 1, { columns: 40, color: false, lang: 'en', placeholders });
    const box = text.split('\n').filter((line) => line.startsWith('│'));
    expect(box.length).toBeGreaterThan(1);
    expect(widest(text)).toBeLessThanOrEqual(40);
  });
});

describe('renderStepNote', () => {
  it.each([
    [false, 'Run `docker ps` against {{registry}}.', 'Run `docker ps` against 127.0.0.1:5000.'],
    [true, 'Run `docker ps` against {{registry}}.', 'Run \u001b[33mdocker ps\u001b[39m against 127.0.0.1:5000.'],
    [false, '  Keep **this** and `that`.  ', 'Keep this and `that`.'],
  ])('renders inline Markdown like the step and fills placeholders (color %s): %s', (color, text, expected) => {
    expect(renderStepNote(text, { columns: 80, color, placeholders: { ...placeholders, registry: '127.0.0.1:5000' } })).toBe(expected);
  });

  it('wraps to the width', () => {
    const note = renderStepNote('The container goes on running `sleep 600` in the background for ten minutes.', { columns: 30, color: false, placeholders });
    expect(note.split('\n').length).toBeGreaterThan(1);
    expect(widest(note)).toBeLessThanOrEqual(30);
  });

  it('renders the hint of a step the same way', () => {
    const lesson = structuredClone(fixture.en![0]!);
    lesson.steps[1]!.tryStep!.hints = ['Type `{{image}}` after `run`.'];
    expect(renderStep(lesson, 1, { columns: 80, color: false, lang: 'en', placeholders, showHint: true })).toContain('Hint: Type `busybox:latest` after `run`.');
  });
});

describe('renderMarkdown', () => {
  it('joins soft line breaks and keeps inline styles in list items', () => {
    const text = renderMarkdown('one\ntwo\n\n- **bold** item', { columns: 80, color: true });
    expect(stripAnsi(text)).toBe('one two\n\n  * bold item');
    expect(text).toContain('\u001b[1mbold\u001b[22m');
  });

  it('fits a table to the width', () => {
    const table = '| flag | effect |\n|---|---|\n| --rm | remove the container as soon as it exits, which keeps docker ps -a short |';
    const text = renderMarkdown(table, { columns: 40, color: false });
    expect(widest(text)).toBeLessThanOrEqual(40);
    expect(text).toContain('│ --rm');
  });
});
