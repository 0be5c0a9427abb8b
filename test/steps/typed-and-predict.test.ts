import { describe, expect, it } from 'vitest';
import { countLines, judgePrediction, measuredImage } from '../../src/steps/predict.js';
import { drawLine, stripEchoedInput, typedLines } from '../../src/steps/typed-input.js';
import { parseCommandLine } from '../../src/docker/command-line/index.js';

describe('typedLines', () => {
  it.each([
    ['echo hi\r', ['echo hi']],
    ['echo hx\x7fi\rexit\r\n', ['echo hi', 'exit']],
    ['wrong\x15echo ok\r', ['echo ok']],
    ['echo one two\x17three\r', ['echo one three']],
    ['ls\x1b[A\x1bOB -l\r', ['ls -l']],
    ['\r\r  \rpartial', ['partial']],
  ])('%j -> %j', (keys, lines) => expect(typedLines(keys)).toEqual(lines));
});

describe('stripEchoedInput', () => {
  it('takes the echoed line out after the prompt and keeps what the shell printed', () => {
    const output = '/ # echo written > /no/note\r\nsh: can\'t create /no/note: nonexistent directory\r\n/ # exit\r\n';
    expect(stripEchoedInput(output, ['echo written > /no/note', 'exit'])).toBe("/ # \nsh: can't create /no/note: nonexistent directory\n/ # \n");
  });

  it('keeps a program\'s own copy of the input (cat), matching each typed line once', () => {
    expect(stripEchoedInput('hello\r\nhello\r\n', ['hello'])).toBe('\nhello\n');
  });

  it('reads lines as the terminal drew them (line editing redraws)', () => {
    expect(drawLine('/ # echo wrx\b \bitten')).toBe('/ # echo written');
    expect(drawLine('/ # ls\r/ # \x1b[Kecho written')).toBe('/ # echo written');
    expect(stripEchoedInput('/ # echo wrx\b \bitten\r\nwritten\r\n', ['echo written'])).toBe('/ # \nwritten\n');
  });

  it('takes out both echoes of keys typed before the shell started: the terminal\'s, then the line editor\'s', () => {
    // Captured from busybox sh under load: the keys were in the terminal before sh read them.
    const output =
      "\r\necho written > /no/note\r\nexit\r\n\r\nBusyBox v1.35.0 built-in shell (ash)\r\n\r\n/ # echo written > /no/note\r\nsh: can't create /no/note: nonexistent directory\r\n/ # exit\r\n";
    const left = stripEchoedInput(output, ['echo written > /no/note', 'exit']);
    expect(left).not.toContain('written >');
    expect(left).toContain("sh: can't create /no/note: nonexistent directory");
  });

  it("takes out the terminal's echo when it comes under the shell's banner, before the line editor's", () => {
    // The keys met the terminal after busybox sh printed its banner and before its line editor started.
    const output =
      "\r\nBusyBox v1.35.0 built-in shell (ash)\r\n\r\necho written > /no/note\r\nexit\r\n/ # echo written > /no/note\r\nsh: can't create /no/note: nonexistent directory\r\n/ # exit\r\n";
    const left = stripEchoedInput(output, ['echo written > /no/note', 'exit']);
    expect(left).not.toContain('written >');
    expect(left).toContain("sh: can't create /no/note: nonexistent directory");
    expect(left).toContain('BusyBox v1.35.0 built-in shell (ash)');
  });

  it("keeps a program's copy after a banner too, when no prompt echoes the line again", () => {
    expect(stripEchoedInput('welcome\r\nhello\r\nhello\r\n', ['hello'])).toBe('welcome\n\nhello\n');
  });

  it('leaves output alone when nothing was typed', () => {
    expect(stripEchoedInput('a\r\nb', [])).toBe('a\r\nb');
  });
});

describe('predictions', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\nb\n', 2],
    ['a\r\n\r\nb\r\n', 3],
    ['WARNING: IPv4 forwarding is disabled. Networking will not work.\nhi\n', 1],
  ])('countLines(%j) = %i', (output, lines) => expect(countLines(output)).toBe(lines));

  it('judges whole numbers exactly and sizes within the tolerance', () => {
    expect(judgePrediction({ measure: 'exitCode', tolerance: 0 }, 3, 3)).toBe(true);
    expect(judgePrediction({ measure: 'cachedSteps', tolerance: 0 }, 2, 3)).toBe(false);
    expect(judgePrediction({ measure: 'imageSizeMB', tolerance: 0.25 }, 5, 4.1)).toBe(true);
    expect(judgePrediction({ measure: 'imageSizeMB', tolerance: 0.25 }, 6, 4.1)).toBe(false);
  });

  it('finds the image a command built, pulled or ran', () => {
    expect(measuredImage({ build: { cachedSteps: [], contextBytes: 1, imageId: 'sha256:abc' } }, parseCommandLine('docker build -t x .'))).toBe('sha256:abc');
    expect(measuredImage({}, parseCommandLine('docker build -t dt-hello:1 .'))).toBe('dt-hello:1');
    expect(measuredImage({}, parseCommandLine('docker pull busybox'))).toBe('busybox');
    expect(measuredImage({}, parseCommandLine('docker run --rm -e A=1 busybox:1 echo'))).toBe('busybox:1');
    expect(measuredImage({}, parseCommandLine('docker ps'))).toBeUndefined();
  });
});
