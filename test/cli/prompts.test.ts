import { render } from '@inquirer/testing';
import { afterEach, describe, expect, it } from 'vitest';
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
