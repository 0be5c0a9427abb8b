/** The practice prompt's line editing (terminal-lines.ts) with a fake terminal: keys arrive as a terminal sends them. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalLines } from '../../src/cli/terminal-lines.js';
import type { Io } from '../../src/app/context.js';

const LEFT = '\x1b[D';
const HOME = '\x1b[H';

function fakeTerminal(columns: number) {
  const input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => input });
  const output = Object.assign(new PassThrough(), { isTTY: true, columns });
  let written = '';
  output.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const lines = new TerminalLines(input as unknown as Io['stdin'], output as unknown as Io['stdout'], 'docktutor> ');
  return { input, output, lines, written: () => written };
}

/** Lets readline take a chunk (keypress events are emitted on the input's data). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the practice prompt', () => {
  it('puts text pasted in the middle of a line at the cursor, as typed', async () => {
    const { input, lines } = fakeTerminal(80);
    const line = lines.next();
    input.write('ps -a');
    await settle();
    input.write(LEFT);
    input.write(LEFT);
    await settle();
    // A paste reaches the terminal's input as one chunk.
    input.write('XYZ ');
    await settle();
    input.write('\r');
    expect(await line).toBe('ps XYZ -a');
    lines.close();
  });

  it('after a paste that wraps, Home redraws the line from the row it starts on', async () => {
    const { input, lines, written } = fakeTerminal(40);
    const line = lines.next();
    await settle();
    // 11 + 45 columns: the line takes two rows of 40, the cursor ends on the second.
    input.write('run --rm --name a-long-name busybox echo hello');
    await settle();
    const before = written().length;
    input.write(HOME);
    await settle();
    // Back up one row to the prompt's first row before drawing it again, not a row below it.
    expect(written().slice(before)).toMatch(/^\x1b\[1A/);
    input.write('\r');
    expect(await line).toBe('run --rm --name a-long-name busybox echo hello');
    lines.close();
  });

  it('draws nothing on a resize while a command runs, and after one redraws the line from its reflowed first row', async () => {
    const { input, output, lines, written } = fakeTerminal(60);
    const first = lines.next();
    input.write('ps\r');
    expect(await first).toBe('ps');
    // The command runs: its output is the terminal's alone.
    await settle();
    const during = written().length;
    output.columns = 70;
    output.emit('resize');
    await settle();
    expect(written().slice(during)).toBe('');
    const second = lines.next();
    await settle();
    // 11 + 89 columns: two rows at 70, the cursor on the second; three at 40, the terminal reflowing them.
    input.write('run --rm --name averylongcontainername -e FOO=bar -e BAZ=qux busybox echo hello world this');
    await settle();
    const before = written().length;
    output.columns = 40;
    output.emit('resize');
    await settle();
    expect(written().slice(before)).toMatch(/^\x1b\[2A\x1b\[1G\x1b\[0Jdocktutor> run/);
    input.write('\r');
    expect(await second).toMatch(/world this$/);
    lines.close();
  });
});
