import { describe, expect, it } from 'vitest';
import { expandQuestion, styleInlineCode } from '../../src/cli/quiz/ask.js';
import type { Question } from '../../src/lessons/model.js';

const expand = (text: string) => text.replaceAll('{{image}}', 'busybox:latest');
const code = (text: string) => `<${text}>`;

describe('styleInlineCode', () => {
  it.each([
    ['Run `docker ps -a` now', 'Run <docker ps -a> now'],
    ['`-q` and `--all`', '<-q> and <--all>'],
    ['no code here', 'no code here'],
    ['an unclosed ` tick', 'an unclosed ` tick'],
  ])('%s', (text, expected) => {
    expect(styleInlineCode(text, code)).toBe(expected);
  });
});

describe('expandQuestion', () => {
  const single: Question = {
    id: 'q', type: 'single', question: 'What does `docker run {{image}}` do?', explanation: 'It uses `{{image}}`.', line: 1, step: 0,
    options: [{ text: 'Starts `{{image}}`', correct: true, why: 'see `run`' }, { text: 'Nothing', correct: false }],
  };
  const command: Question = { id: 'c', type: 'command', question: 'Type `it`', answer: 'docker run --rm {{image}}', explanation: 'x', line: 1, step: 0 };

  it('styles inline code in what is shown, after filling placeholders', () => {
    const shown = expandQuestion(single, expand, code);
    expect(shown).toMatchObject({ question: 'What does <docker run busybox:latest> do?', explanation: 'It uses <busybox:latest>.' });
    expect(shown.type === 'single' && shown.options[0]).toMatchObject({ text: 'Starts <busybox:latest>', why: 'see <run>', correct: true });
  });

  it('leaves a command answer plain, since it is compared', () => {
    const shown = expandQuestion(command, expand, code);
    expect(shown.type === 'command' && shown.answer).toBe('docker run --rm busybox:latest');
  });

  it('keeps the backticks when no styling is given (no colour)', () => {
    expect(expandQuestion(single, expand).question).toBe('What does `docker run busybox:latest` do?');
  });
});
