import { describe, expect, it } from 'vitest';
import { TtyDisplay } from '../../../src/docker/buildkit/progress-display.js';
import { BuildTrace } from '../../../src/docker/buildkit/trace.js';
import { frame, TtyScreen } from '../../../src/docker/buildkit/tty-view.js';
import { log, sampleBuild, status, vertex } from './status-builder.js';

/** The trace after `messages`, the local clock starting at 10 s when the daemon's says 0. */
function traceOf(messages = sampleBuild()): BuildTrace {
  const trace = new BuildTrace();
  messages.forEach((message, i) => trace.update(message, 10_000 + i));
  return trace;
}

describe('frame', () => {
  it('shows the finished build as docker 28 leaves it: header, one line per step, times on the right', () => {
    const lines = frame(traceOf(), { width: 80, height: 30, now: 10_500, final: true, desc: 'docker:default', color: false });
    // As progressui aligns them: the time ends at column 79 and the header's description too.
    const row = (name: string, time: string) => ` => ${name}`.padEnd(75) + time;
    expect(lines).toEqual([
      '[+] Building 0.5s (6/6) FINISHED'.padEnd(65) + 'docker:default',
      row('[internal] load build definition from Dockerfile', '0.0s'),
      row('=> transferring dockerfile: 59B', '0.0s'),
      row('[internal] load metadata for docker.io/library/busybox:latest', '0.0s'),
      row('CACHED [1/3] FROM docker.io/library/busybox', '0.0s'),
      row('[2/3] RUN echo hello', '0.3s'),
      row('CACHED [3/3] RUN echo bye', '0.0s'),
      row('exporting to image', '0.0s'),
      row('=> exporting layers', '0.0s'),
      row('=> writing image sha256:abc', '0.0s'),
      row('=> naming to docker.io/library/dt-hello:latest', '0.0s'),
    ]);
    expect(lines.every((line) => line.length === 79)).toBe(true);
  });

  it('shows a running step with its time so far and its last output lines underneath', () => {
    const messages = sampleBuild().slice(0, 5);
    messages.push(status({ vertexes: [vertex('r', '[2/3] RUN make', { started: 43 })] }));
    for (let i = 1; i <= 8; i++) messages.push(status({ logs: [log('r', 100 + i, `line ${i}\n`)] }));
    const trace = traceOf(messages);
    // The first vertex started at local 10 000 ms; the RUN started 43 ms later; now is 2.3 s in.
    const lines = frame(trace, { width: 60, height: 30, now: 12_300, final: false, color: false });
    expect(lines[0]).toBe('[+] Building 2.3s (3/4) '.padEnd(60));
    expect(lines.slice(5)).toEqual([' => [2/3] RUN make'.padEnd(55) + '2.3s', ...[3, 4, 5, 6, 7, 8].map((i) => ` => => # line ${i}`)]);
  });

  it('colours finished lines blue and failed ones red, and the output lines faint', () => {
    const trace = traceOf(sampleBuild({ fail: true }));
    const lines = frame(trace, { width: 80, height: 30, now: 10_600, final: true, color: true });
    expect(lines[1]).toMatch(/^\x1b\[34m => \[internal\] load build definition/);
    expect(lines.at(-1)).toMatch(/^\x1b\[31m => ERROR \[3\/3\] RUN echo bye; exit 3 +0\.1s\x1b\[0m$/);
  });
});

describe('TtyScreen', () => {
  it('goes back over the last frame and blanks the lines it no longer needs', () => {
    const screen = new TtyScreen();
    expect(screen.draw(['head', 'a', 'b'], 5)).toBe('\x1b[?25lhead\na\nb\n\x1b[?25h');
    expect(screen.draw(['head', 'a'], 5)).toBe('\x1b[3A\r\x1b[?25lhead\na\n     \n\x1b[1A\r\x1b[?25h');
  });
});

describe('TtyDisplay', () => {
  it('redraws at most every 100 ms and ends with the full view and the failed step', () => {
    const display = new TtyDisplay({ size: () => ({ width: 80, height: 20 }), desc: '', color: false });
    const messages = sampleBuild({ fail: true });
    const drawn = messages.map((message, i) => display.update(message, 10_000 + i * 30));
    expect(drawn.filter((text) => text !== '').length).toBe(Math.ceil((messages.length * 30) / 120));
    const end = display.done(11_000);
    expect(end).toContain('FINISHED');
    expect(end.slice(end.indexOf('\x1b[?25h'))).toBe('\x1b[?25h------\n > [3/3] RUN echo bye; exit 3:\n0.100 bye\n------\n');
  });
});
