import { describe, expect, it } from 'vitest';
import { formatFailure, formatSourceExcerpt } from '../../../src/docker/buildkit/error-report.js';
import { cleanText, terminalLines } from '../../../src/docker/buildkit/terminal-lines.js';

const DOCKERFILE = 'FROM busybox\n# say hello\nRUN echo hello\nrun echo bye && \\\n    exit 3\nCMD ["sh"]\n';

describe('formatSourceExcerpt', () => {
  it('marks a one-line instruction with two lines around it, as BuildKit prints the source', () => {
    expect(formatSourceExcerpt(DOCKERFILE, 'Dockerfile', '[2/3] RUN echo hello')).toBe(
      ['Dockerfile:3', '--------------------', '   1 |     FROM busybox', '   2 |     # say hello', '   3 | >>> RUN echo hello', '   4 |     run echo bye && \\', '   5 |         exit 3', '--------------------', ''].join('\n'),
    );
  });

  it('marks every line of a continued instruction, with one line around it', () => {
    expect(formatSourceExcerpt(DOCKERFILE, 'Dockerfile', '[3/3] RUN echo bye &&      exit 3')).toBe(
      ['Dockerfile:4', '--------------------', '   3 |     RUN echo hello', '   4 | >>> run echo bye && \\', '   5 | >>>     exit 3', '   6 |     CMD ["sh"]', '--------------------', ''].join('\n'),
    );
  });

  it('gives nothing when no instruction matches or the vertex is not a step', () => {
    expect(formatSourceExcerpt(DOCKERFILE, 'Dockerfile', '[2/3] RUN echo something else')).toBeUndefined();
    expect(formatSourceExcerpt(DOCKERFILE, 'Dockerfile', 'exporting to image')).toBeUndefined();
  });
});

describe('formatFailure', () => {
  it.each([
    ['process "/bin/sh -c exit 3" did not complete successfully: exit code: 3', 'ERROR: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3'],
    ['failed to solve: rpc error', 'ERROR: failed to solve: rpc error'],
    ['bad \x1b[31mred\x1b[0m', 'ERROR: failed to solve: bad red'],
  ])('%j', (reason, line) => {
    expect(formatFailure(reason)).toBe(line);
  });
});

describe('terminalLines', () => {
  it('keeps the last rows, wraps long ones, lets a carriage return redraw a row and drops escapes', () => {
    const text = '1\n2\n3\n\x1b[2Jprogress 10%\rprogress 99%\n' + 'x'.repeat(25) + '\n';
    expect(terminalLines(text, 10, 4)).toEqual(['9%', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
  });

  it('never lets control characters through', () => {
    expect(cleanText('a\x07b\x1b]0;title\x07c\x9bd\te\n')).toBe('abcd    e\n');
  });
});
