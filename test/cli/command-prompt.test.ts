/**
 * A try step's command prompt (src/cli/command-prompt.ts): it starts empty, Tab or Up fills in the
 * step's command only when there is one and the line is empty, Enter answers the trimmed line, Ctrl-C
 * and an abort leave as Inquirer's prompts do, and the key help sits under the line until it is answered.
 */
import { PassThrough, Writable } from 'node:stream';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/command-prompt.js';
import { isPromptExit } from '../../src/cli/prompts.js';

const copy = { message: 'Your command:', suggestion: 'docker ps -a', help: 'Tab fills in the command' };
const stripped = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

describe('the command prompt of a try step', () => {
  it('starts empty with the key help under it, and Enter on the empty line answers nothing', async () => {
    const { answer, events, getScreen } = await render(askCommand, copy);
    expect(stripped(getScreen({ raw: true }))).toContain('$ Your command: \nTab fills in the command');
    events.keypress('enter');
    await expect(answer).resolves.toBe('');
    // The answered line alone: the help is gone.
    expect(getScreen()).toBe('$ Your command:');
  });

  it('fills in the command on Tab, and answers it on Enter', async () => {
    const { answer, events, getScreen } = await render(askCommand, copy);
    events.keypress('tab');
    expect(getScreen().split('\n')[0]).toBe('$ Your command: docker ps -a');
    events.keypress('enter');
    await expect(answer).resolves.toBe('docker ps -a');
    expect(getScreen()).toBe('$ Your command: docker ps -a');
  });

  it('fills in the command on Up, and lets the learner edit it before Enter', async () => {
    const { answer, events, getScreen } = await render(askCommand, copy);
    events.keypress('up');
    for (let times = 0; times < 3; times += 1) events.keypress('backspace');
    expect(getScreen().split('\n')[0]).toBe('$ Your command: docker ps');
    events.type('  ');
    events.keypress('enter');
    await expect(answer).resolves.toBe('docker ps');
  });

  it('fills in nothing over a line already typed, nor in recall mode', async () => {
    const typed = await render(askCommand, copy);
    typed.events.type('docker images');
    typed.events.keypress('tab');
    typed.events.keypress('enter');
    await expect(typed.answer).resolves.toBe('docker images');
    const recall = await render(askCommand, { message: 'Your command:', help: 'Type the command' });
    recall.events.keypress('tab');
    recall.events.keypress('up');
    recall.events.keypress('enter');
    await expect(recall.answer).resolves.toBe('');
  });

  it('leaves on Ctrl-C as an Inquirer prompt does, with the line kept and the help gone', async () => {
    const { answer, events, input, getScreen } = await render(askCommand, copy);
    events.type('docker p');
    input.emit('keypress', null, { name: 'c', ctrl: true });
    const error = await answer.catch((caught: unknown) => caught);
    expect(isPromptExit(error)).toBe(true);
    expect(getScreen()).toBe('$ Your command: docker p');
  });

  it('leaves when its signal aborts', async () => {
    const controller = new AbortController();
    const { answer } = await render(askCommand, copy, { signal: controller.signal });
    controller.abort();
    expect(isPromptExit(await answer.catch((caught: unknown) => caught))).toBe(true);
  });

  it('keeps the cursor on the line when it is wider than the terminal, and the help under its last row', async () => {
    const { answer, events, getScreen } = await render(askCommand, copy);
    const long = `docker run --rm busybox echo ${'x'.repeat(90)}`;
    events.type(long);
    const screen = getScreen({ raw: true });
    // 16 columns of prompt and 119 of command: two rows at 80 columns, the help on the third; the cursor
    // goes back up to the second row (one up) and to its column (135 - 80 = 55).
    expect(stripped(screen)).toContain(`$ Your command: ${long}\nTab fills in the command`);
    expect(JSON.stringify(screen.slice(-10))).toBe(JSON.stringify('\x1b[1A\r\x1b[55C'));
    events.keypress('enter');
    await expect(answer).resolves.toBe(long);
  });

  it('puts text pasted in the middle of the line at the cursor, as typed', async () => {
    const { answer, events, input, getScreen } = await render(askCommand, copy);
    events.type('docker ps');
    events.keypress('left');
    events.keypress('left');
    // A paste reaches the terminal's input as one chunk, decoded into keys by node:readline.
    input.write('image ');
    await new Promise((resolve) => setImmediate(resolve));
    expect(getScreen().split('\n')[0]).toBe('$ Your command: docker image ps');
    events.keypress('enter');
    await expect(answer).resolves.toBe('docker image ps');
  });

  it('after a resize, draws itself again from its first row as the terminal reflowed it', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
    let written = '';
    const output = Object.assign(new Writable({ write: (chunk, _encoding, done) => ((written += String(chunk)), done()) }), { isTTY: true, columns: 80 });
    const answer = askCommand(copy, { input, output });
    const long = `docker run --rm busybox echo ${'x'.repeat(90)}`;
    input.write(long);
    await new Promise((resolve) => setImmediate(resolve));
    // 135 columns with the cursor at the end: on the second row at 80 columns, on the fourth at 40.
    const before = written.length;
    output.columns = 40;
    output.emit('resize');
    // Colours aside (the message is bold): up three rows, then the prompt again.
    expect(written.slice(before).replace(/\x1b\[\d*m/g, '')).toMatch(/^\x1b\[3A\r\x1b\[J\$ Your command: docker run/);
    input.write('\r');
    await expect(answer).resolves.toBe(long);
  });
});
