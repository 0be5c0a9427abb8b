import { PassThrough, Writable } from 'node:stream';
import { render } from '@inquirer/testing';
import stringWidth from 'string-width';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askCheckbox, askConfirm, askInput, askSelect } from '../../src/cli/prompts.js';
import { inLanguage } from '../../src/i18n/index.js';


const choices = [
  { name: 'Next step', value: 'next' },
  { name: 'Show a hint', value: 'hint' },
  { name: 'Quit', value: 'quit' },
];

describe('prompts', () => {
  it('select starts on the default and moves with the arrows', async () => {
    const { answer, events, getScreen } = await render(askSelect<string>, { message: 'What next?', choices, default: 'hint' });
    expect(getScreen()).toContain('❯ Show a hint');
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('quit');
  });

  it('select: a prediction\'s number typed whole picks the option that reads so, not the option at that place', async () => {
    const numbers = ['0', '9', '137', '143'].map((name) => ({ name, value: Number(name) }));
    const picked = await render(askSelect<number>, { message: 'Which exit code?', choices: numbers });
    picked.events.type('137');
    expect(picked.getScreen()).toContain('❯ 137');
    picked.events.keypress('enter');
    await expect(picked.answer).resolves.toBe(137);
    // Where no option reads so, a number still picks the option at that place, as in Inquirer's select.
    const placed = await render(askSelect<string>, { message: 'What next?', choices });
    placed.events.type('3');
    placed.events.keypress('enter');
    await expect(placed.answer).resolves.toBe('quit');
  });

  it('select: a short menu resized draws itself again from its first row as the terminal reflowed it', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
    let written = '';
    const output = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((written += String(chunk)), done()) }), { isTTY: true, columns: 80 });
    const long = [{ name: `Keep going ${'and going '.repeat(6)}`.trim(), value: 'long' }, ...choices];
    const answer = askSelect<string>({ message: 'What next?', choices: long }, { input, output });
    await new Promise((resolve) => setImmediate(resolve));
    // Seven rows at 80 columns (question, 4 options, a blank row, key help); eight at 40, where the first option takes two.
    const before = written.length;
    output.columns = 40;
    output.emit('resize');
    expect(written.slice(before)).toMatch(/^\x1b\[7A\r\x1b\[J/);
    input.write('\r');
    await expect(answer).resolves.toBe('long');
  });

  it('checkbox toggles with space and submits every checked value', async () => {
    const { answer, events } = await render(askCheckbox<number>, { message: 'Pick', choices: choices.map((c, i) => ({ name: c.name, value: i })) });
    events.keypress('space');
    events.keypress('down');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual([0, 2]);
  });

  it('input shows the suggested command already typed: Enter runs it as is', async () => {
    const { answer, events, getScreen } = await render(askInput, { message: '$', default: 'docker ps -a' });
    expect(getScreen()).toContain('docker ps -a');
    events.keypress('enter');
    await expect(answer).resolves.toBe('docker ps -a');
  });

  it('input lets the learner edit the suggestion', async () => {
    const { answer, events } = await render(askInput, { message: '$', default: 'docker ps -a' });
    for (let i = 0; i < 3; i++) events.keypress('backspace');
    events.type(' --all');
    events.keypress('enter');
    await expect(answer).resolves.toBe('docker ps --all');
  });

  it('confirm says no unless told otherwise', async () => {
    const { answer, events, getScreen } = await render(askConfirm, { message: 'Erase?' });
    expect(getScreen()).toContain('(y/N)');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('answers a confirm in Korean', async () => {
    const { answer, events, getScreen } = await inLanguage('ko', () => render(askConfirm, { message: '지울까요?' }));
    events.type('y');
    events.keypress('enter');
    await expect(answer).resolves.toBe(true);
    expect(getScreen()).toContain('예');
  });

  it('speaks Korean in the key help', async () => {
    const { answer, events, getScreen } = await inLanguage('ko', () => render(askSelect<string>, { message: '다음은?', choices }));
    expect(getScreen()).toMatch(/이동|선택/);
    events.keypress('enter');
    await expect(answer).resolves.toBe('next');
  });
});

describe('long choices (quiz options)', () => {
  const option = 'The container keeps running in the background after its main process exits, until you stop it yourself';
  const long = [
    { name: option, value: 'long' },
    { name: 'Short one', value: 'short' },
  ];
  let columns: string | undefined;
  beforeEach(() => {
    columns = process.env.COLUMNS;
    process.env.COLUMNS = '40';
  });
  afterEach(() => {
    if (columns === undefined) delete process.env.COLUMNS;
    else process.env.COLUMNS = columns;
  });

  it.each<[string, typeof askSelect | typeof askCheckbox, number]>([
    ['select', askSelect, 2],
    ['checkbox', askCheckbox, 3],
  ])('%s wraps an option to the width, its later lines under its first word', async (_, ask, mark) => {
    const { answer, events, getScreen } = await render(ask as typeof askSelect<string>, { message: 'Which is true?', choices: long });
    const lines = getScreen().split('\n');
    const first = lines.findIndex((line) => line.includes('The container keeps'));
    const optionLines = lines.slice(first, lines.findIndex((line) => line.includes('Short one')));
    expect(optionLines.length).toBeGreaterThan(2);
    for (const line of optionLines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    for (const line of optionLines.slice(1)) expect(line).toMatch(new RegExp(`^ {${mark}}\\S`));
    expect(optionLines.map((line, index) => (index === 0 ? line.slice(mark) : line.trim())).join(' ').trim()).toBe(option);
    if (ask === askCheckbox) events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(ask === askCheckbox ? ['long'] : 'long');
    // The answered line repeats the option as written (Inquirer wraps it at the edge), not with our hanging indent.
    expect(getScreen().replace(/\s+/g, ' ')).toContain(option);
  });

  it('wraps a long question at its spaces, later lines under its first word, and the answer after it', async () => {
    const question = 'A container deleted /bin/vi, a file from its image. What happens to the image?';
    const { answer, events, getScreen } = await render(askSelect<string>, { message: question, choices: long });
    const asked = getScreen().split('\n');
    const end = asked.findIndex((line) => line.includes('image?'));
    expect(end).toBeGreaterThan(0);
    for (const line of asked.slice(0, end + 1)) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    // No line of the question starts with the space a break fell on.
    for (const line of asked.slice(1, end + 1)) expect(line).toMatch(/^ {2}\S/);
    events.keypress('enter');
    await expect(answer).resolves.toBe('long');
    const answered = getScreen().split('\n').filter((line) => line.trim() !== '');
    for (const line of answered) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    for (const line of answered.slice(1)) expect(line).toMatch(/^ {2}\S/);
    expect(answered.map((line) => line.trim()).join(' ')).toBe(`› ${question} ${option}`);
  });
});


describe('the answered line of a judged question', () => {
  const verdict = <A>(judge: (answer: A) => boolean) => ({ judge, right: '✔', wrong: '✘' });
  const options = [
    { name: 'An image', value: 0 },
    { name: 'A container', value: 1 },
  ];
  const answered = (screen: string) => screen.split('\n').find((line) => line.includes('Which is a template?'))!;

  it.each([
    [0, '✔'],
    [1, '✘'],
  ])('select: answer %i is marked %s beside the question', async (value, mark) => {
    const { answer, events, getScreen } = await render(askSelect<number>, { message: 'Which is a template?', choices: options, verdict: verdict<number>((chosen) => chosen === 0) });
    if (value === 1) events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe(value);
    expect(answered(getScreen())).toBe(`${mark} Which is a template? ${options[value]!.name}`);
  });

  it('checkbox: judges every ticked option together, and asks again when nothing is ticked', async () => {
    const judge = verdict<number[]>((ticked) => ticked.length === 1 && ticked[0] === 0);
    const wrong = await render(askCheckbox<number>, { message: 'Which is a template?', choices: options, required: 'Tick at least one.', verdict: judge });
    wrong.events.keypress('enter');
    // Validation is awaited: the message shows a moment later, and the question stays open.
    await vi.waitFor(() => expect(wrong.getScreen()).toContain('Tick at least one.'));
    expect(wrong.getScreen()).toContain('? Which is a template?');
    wrong.events.keypress('space');
    wrong.events.keypress('down');
    wrong.events.keypress('space');
    wrong.events.keypress('enter');
    await expect(wrong.answer).resolves.toEqual([0, 1]);
    expect(answered(wrong.getScreen())).toBe('✘ Which is a template? An image, A container');
    const right = await render(askCheckbox<number>, { message: 'Which is a template?', choices: options, required: 'Tick at least one.', verdict: judge });
    right.events.keypress('space');
    right.events.keypress('enter');
    await expect(right.answer).resolves.toEqual([0]);
    expect(answered(right.getScreen())).toBe('✔ Which is a template? An image');
  });

  it.each([
    ['docker ps -a', '✔'],
    ['docker ps', '✘'],
  ])('input: %s is marked %s', async (typed, mark) => {
    const { answer, events, getScreen } = await render(askInput, { message: 'Which is a template? List all:', verdict: verdict<string>((line) => line === 'docker ps -a') });
    events.type(typed);
    events.keypress('enter');
    await expect(answer).resolves.toBe(typed);
    expect(answered(getScreen())).toBe(`${mark} Which is a template? List all: ${typed}`);
  });

  it('keeps a neutral mark on a question nobody judges', async () => {
    const { answer, events, getScreen } = await render(askSelect<number>, { message: 'Which is a template?', choices: options });
    events.keypress('down');
    events.keypress('enter');
    await answer;
    expect(answered(getScreen())).toBe('› Which is a template? A container');
  });
});
