import { describe, expect, it } from 'vitest';
import { formatProgress, humanSize, type JsonMessage, ProgressRenderer } from '../../src/docker/engine/stream-progress.js';

describe('humanSize', () => {
  it.each([
    [0, '0B'],
    [512, '512B'],
    [999, '999B'],
    [1000, '1kB'],
    [2048, '2.048kB'],
    [3072, '3.072kB'],
    [12_345_678, '12.35MB'],
    [1_073_741_824, '1.074GB'],
    [999_960, '1000kB'],
  ])('%d -> %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });
});

describe('formatProgress', () => {
  it.each([
    [{}, 200, ''],
    [{ current: 2048 }, 200, ' 2.048kB'],
    [{ current: 1_200_000, total: 3_400_000 }, 80, '   1.2MB/3.4MB'],
    [{ current: 1_200_000, total: 3_400_000 }, 120, `[=================>${' '.repeat(33)}]    1.2MB/3.4MB`],
    [{ current: 3_400_000, total: 3_400_000 }, 120, `[${'='.repeat(50)}>]    3.4MB/3.4MB`],
    [{ current: 5, total: 3 }, 80, '      5B'],
    [{ current: 2, total: 4, units: 'layers' }, 80, '2/4 layers'],
  ])('%j at width %d', (detail, width, text) => {
    expect(formatProgress(detail, width)).toBe(text);
  });
});

const PULL: JsonMessage[] = [
  { status: 'Pulling from library/busybox', id: 'latest' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'aaa' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'bbb' },
  { status: 'Downloading', progressDetail: { current: 1000, total: 2000 }, progress: '[=>  ]', id: 'aaa' },
  { status: 'Download complete', progressDetail: {}, id: 'bbb' },
  { status: 'Pull complete', progressDetail: {}, id: 'aaa' },
  { status: 'Digest: sha256:abc' },
  { status: 'Status: Downloaded newer image for busybox:latest' },
];

describe('ProgressRenderer', () => {
  it('prints status lines only, no bars, when the output is not a terminal', () => {
    const renderer = new ProgressRenderer({ tty: false });
    expect(PULL.map((message) => renderer.render(message)).join('')).toBe(
      [
        'latest: Pulling from library/busybox',
        'aaa: Pulling fs layer',
        'bbb: Pulling fs layer',
        'bbb: Download complete',
        'aaa: Pull complete',
        'Digest: sha256:abc',
        'Status: Downloaded newer image for busybox:latest',
        '',
      ].join('\n'),
    );
  });

  it('keeps one line per layer in a terminal, rewritten in place with cursor moves', () => {
    const renderer = new ProgressRenderer({ tty: true, width: 80 });
    const out = PULL.map((message) => renderer.render(message));
    expect(out).toEqual([
      'latest: Pulling from library/busybox\n',
      '\n\x1b[1A\x1b[2K\raaa: Pulling fs layer \r\x1b[1B',
      '\n\x1b[1A\x1b[2K\rbbb: Pulling fs layer \r\x1b[1B',
      '\x1b[2A\x1b[2K\raaa: Downloading      1kB/2kB\r\x1b[2B',
      '\x1b[1A\x1b[2K\rbbb: Download complete \r\x1b[1B',
      '\x1b[2A\x1b[2K\raaa: Pull complete \r\x1b[2B',
      'Digest: sha256:abc\n',
      'Status: Downloaded newer image for busybox:latest\n',
    ]);
  });

  it('passes build output through and ignores aux and error messages', () => {
    const renderer = new ProgressRenderer({ tty: false });
    expect(renderer.render({ stream: 'Step 1/2 : FROM busybox\n' })).toBe('Step 1/2 : FROM busybox\n');
    expect(renderer.render({ aux: { ID: 'sha256:x' } })).toBe('');
    expect(renderer.render({ errorDetail: { message: 'boom' }, error: 'boom' })).toBe('');
  });

  it('starts a fresh block of layer lines after a line without an id (pull -a, the next tag)', () => {
    const renderer = new ProgressRenderer({ tty: true, width: 80 });
    renderer.render({ status: 'Pulling fs layer', progressDetail: {}, id: 'aaa' });
    renderer.render({ status: 'Digest: sha256:abc' });
    expect(renderer.render({ status: 'Pulling fs layer', progressDetail: {}, id: 'ccc' })).toBe('\n\x1b[1A\x1b[2K\rccc: Pulling fs layer \r\x1b[1B');
  });
});
