import { describe, expect, it } from 'vitest';
import { formatFailure } from '../../../src/docker/buildkit/error-report.js';
import { PlainDisplay } from '../../../src/docker/buildkit/progress-display.js';
import { summarizeBuild } from '../../../src/docker/buildkit/summarize.js';
import type { SolveStatus } from '../../../src/docker/buildkit/decode-status.js';
import { log, progress, sampleBuild, status, vertex } from './status-builder.js';

const DESC = 'building with "default" instance using docker driver';

/** Feeds the messages 200 ms apart (each one drawn), then finishes. */
function replay(messages: SolveStatus[]): { text: string; display: PlainDisplay } {
  const display = new PlainDisplay(DESC);
  let now = 10_000;
  let text = '';
  for (const message of messages) text += display.update(message, (now += 200));
  return { text: text + display.done(now + 200), display };
}

describe('PlainDisplay', () => {
  it('prints a first build as docker 28 does, with the log lines timed from the step start', () => {
    const { text, display } = replay(sampleBuild());
    expect(text).toBe(
      [
        `#0 ${DESC}`,
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 59B done',
        '#1 DONE 0.0s',
        '',
        '#2 [internal] load metadata for docker.io/library/busybox:latest',
        '#2 DONE 0.0s',
        '',
        '#3 [1/3] FROM docker.io/library/busybox',
        '#3 CACHED',
        '',
        '#4 [2/3] RUN echo hello',
        '#4 0.254 hello',
        '#4 DONE 0.3s',
        '',
        '#5 [3/3] RUN echo bye',
        '#5 CACHED',
        '',
        '#6 exporting to image',
        '#6 exporting layers done',
        '#6 writing image sha256:abc done',
        '#6 naming to docker.io/library/dt-hello:latest done',
        '#6 DONE 0.0s',
        '',
      ].join('\n'),
    );
    expect(summarizeBuild(display.trace)).toMatchObject({ cachedSteps: [3], ranSteps: [2] });
  });

  it('marks the steps a rebuild took from the cache', () => {
    const { text, display } = replay(sampleBuild({ cachedRun: true }));
    expect(text).toContain('#4 [2/3] RUN echo hello\n#4 CACHED\n');
    expect(summarizeBuild(display.trace).cachedSteps).toEqual([2, 3]);
  });

  it('shows a failing RUN with its output, the error block and the final line', () => {
    const { text } = replay(sampleBuild({ fail: true }));
    const reason = 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3';
    expect(text.split('\n').slice(-8).join('\n') + formatFailure(reason)).toBe(
      [
        '#5 [3/3] RUN echo bye; exit 3',
        '#5 0.100 bye',
        `#5 ERROR: ${reason}`,
        '------',
        ' > [3/3] RUN echo bye; exit 3:',
        '0.100 bye',
        '------',
        `ERROR: failed to solve: ${reason}`,
      ].join('\n'),
    );
  });

  it('joins a line written in two pieces and keeps only the last ten lines for the error block', () => {
    const messages = [status({ vertexes: [vertex('r', '[2/2] RUN seq 12', { started: 0 })] })];
    messages.push(status({ logs: [log('r', 100, 'par')] }), status({ logs: [log('r', 150, 'tial\n')] }));
    for (let i = 1; i <= 11; i++) messages.push(status({ logs: [log('r', 200 + i, `${i}\n`)] }));
    messages.push(status({ vertexes: [vertex('r', '[2/2] RUN seq 12', { started: 0, completed: 400, error: 'exit code: 1' })] }));
    const { text } = replay(messages);
    expect(text).toContain('#1 0.100 partial\n#1 0.201 1\n');
    const block = text.slice(text.indexOf('------'));
    expect(block.split('\n').slice(2, 12)).toEqual(['0.202 2', '0.203 3', '0.204 4', '0.205 5', '0.206 6', '0.207 7', '0.208 8', '0.209 9', '0.210 10', '0.211 11']);
  });

  it('switches between steps that run at the same time with "#N ..."', () => {
    const display = new PlainDisplay('');
    let text = display.update(status({ vertexes: [vertex('a', 'step a', { started: 0 }), vertex('b', 'step b', { started: 0 })] }), 1000);
    text += display.update(status({ logs: [log('a', 10, 'from a\n')] }), 1200);
    // b has waited more than ten seconds: the printer turns to it.
    text += display.update(status({ logs: [log('b', 20, 'from b\n')] }), 12_000);
    expect(text).toBe('#1 step a\n#1 0.010 from a\n#1 ...\n\n#2 step b\n#2 0.020 from b\n');
  });

  it('prints progress of a status only when it moved by 5% or 5 s, and bytes as BuildKit does', () => {
    const display = new PlainDisplay('');
    let text = display.update(status({ vertexes: [vertex('c', '[internal] load build context', { started: 0 })] }), 1000);
    const ctx = (current: number, ts: number, completed?: number) =>
      status({ statuses: [progress('c', 'transferring context:', { current, total: 0, ts, started: 0, ...(completed ? { completed } : {}) })] });
    text += display.update(ctx(1000, 50), 1200);
    text += display.update(ctx(1500, 100), 1400);
    text += display.update(ctx(2_345_678, 6000), 1600);
    text += display.update(ctx(2_345_678, 6100, 6100), 1800);
    expect(text.split('\n').slice(1, -1)).toEqual([
      '#1 transferring context: 1.00kB 0.1s',
      '#1 transferring context: 2.35MB 6.0s',
      '#1 transferring context: 2.35MB 6.1s done',
    ]);
  });
});
