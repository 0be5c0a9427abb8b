import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { namingDockerCommandsFor } from '../../src/command-name.js';
import { forwardInterrupts } from '../../src/docker/engine/attach.js';
import { inLanguage } from '../../src/i18n/index.js';

/** A terminal's stderr of `columns` columns that keeps what is written to it. */
function terminal(columns: number): Writable & { columns: number; text: string } {
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        stream.text += String(chunk);
        done();
      },
    }),
    { columns, text: '' },
  );
  return stream;
}

describe('the first Ctrl-C at a container in the foreground', () => {
  afterEach(() => namingDockerCommandsFor('shell'));

  it.each([
    ['en', 80],
    ['en', 60],
    ['ko', 60],
  ] as const)('wraps its tip at spaces to the terminal (%s, %i columns)', (language, columns) => {
    const stderr = terminal(columns);
    const signals: string[] = [];
    const stop = forwardInterrupts(async (signal) => void signals.push(signal), stderr);
    try {
      inLanguage(language, () => process.emit('SIGINT', 'SIGINT'));
    } finally {
      stop();
    }
    expect(signals).toEqual(['SIGINT']);
    const lines = stderr.text.split('\n').filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
    // No word, command or option cut in two: every line ends where the unwrapped text had a space.
    const words = stderr.text.split(/\s+/).filter(Boolean);
    expect(words.some((word) => word.startsWith('-d'))).toBe(true);
    expect(words.some((word) => /background|백그라운드/.test(word))).toBe(true);
    expect(stderr.text.replace(/\n/g, ' ')).not.toMatch(/backgroun d/);
  });

  it('names the docker commands as a try step takes them', () => {
    namingDockerCommandsFor('step');
    const stderr = terminal(200);
    const stop = forwardInterrupts(async () => undefined, stderr);
    try {
      process.emit('SIGINT', 'SIGINT');
    } finally {
      stop();
    }
    expect(stderr.text).toContain('Tip: docker run -d starts a container in the background');
    expect(stderr.text).toContain('docker stop NAME stops it later');
    expect(stderr.text).not.toContain(' try docker');
  });
});
