import { describe, expect, it } from 'vitest';
import { formatContainerSize, formatContainerTable, formatPorts, type ContainerSummary } from '../../src/docker/format/containers.js';
import { ellipsis, goQuote, truncateId } from '../../src/docker/format/text.js';

const NOW = 1_700_000_100_000;
const ID = '8b4b42f48d52af8fe9b0be7e1b027953cf13b1b4ec7d5a17a4aa5af77660d3aa';

function container(overrides: Partial<ContainerSummary> = {}): ContainerSummary {
  return {
    Id: ID,
    Names: ['/bar'],
    Image: 'busybox',
    ImageID: 'sha256:16640d5ef506be2ed2f34267a3bd1047247cd330782c1496c7d1fa4bcdb8581e',
    Command: 'sleep 100',
    Created: 1_700_000_000,
    Ports: [],
    Status: 'Up About a minute',
    ...overrides,
  };
}

describe('formatContainerTable', () => {
  it('prints the docker ps table', () => {
    const text = formatContainerTable([container()], { trunc: true, quiet: false, size: false, nowMs: NOW });
    expect(text).toBe(
      'CONTAINER ID   IMAGE     COMMAND       CREATED              STATUS              PORTS     NAMES\n' +
        '8b4b42f48d52   busybox   "sleep 100"   About a minute ago   Up About a minute             bar\n',
    );
  });

  it('prints only the header for no containers', () => {
    expect(formatContainerTable([], { trunc: true, quiet: false, size: false, nowMs: NOW })).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );
  });

  it('adds the SIZE column with -s', () => {
    const text = formatContainerTable([container({ SizeRw: 0, SizeRootFs: 1_990_000 })], { trunc: true, quiet: false, size: true, nowMs: NOW });
    expect(text.split('\n')[0]).toMatch(/NAMES     SIZE$/);
    expect(text.split('\n')[1]).toMatch(/bar       0B \(virtual 1\.99MB\)$/);
  });

  it.each([
    [true, `${ID.slice(0, 12)}\n`],
    [false, `${ID}\n`],
  ])('-q with trunc=%s prints the IDs only', (trunc, text) => {
    expect(formatContainerTable([container()], { trunc, quiet: true, size: false, nowMs: NOW })).toBe(text);
  });

  it('keeps long commands and all names with --no-trunc', () => {
    const long = container({ Command: 'sh -c "echo one two three four"', Names: ['/web', '/other/alias'] });
    expect(formatContainerTable([long], { trunc: true, quiet: false, size: false, nowMs: NOW })).toContain('"sh -c \\"echo one two…"');
    const full = formatContainerTable([long], { trunc: false, quiet: false, size: false, nowMs: NOW });
    expect(full).toContain('"sh -c \\"echo one two three four\\""');
    expect(full).toContain('web,other/alias');
    expect(full).toContain(ID);
  });

  it.each([
    ['busybox', 'busybox'],
    ['busybox@sha256:abc', 'busybox'],
    ['busybox:1.36@sha256:abc', 'busybox:1.36'],
    ['docker.io/library/busybox:latest', 'busybox:latest'],
    ['sha256:16640d5ef506be2ed2f34267a3bd1047247cd330782c1496c7d1fa4bcdb8581e', '16640d5ef506'],
    ['', '<no image>'],
  ])('shows image %j as %j', (image, shown) => {
    const row = formatContainerTable([container({ Image: image })], { trunc: true, quiet: false, size: false, nowMs: NOW }).split('\n')[1]!;
    expect(row.split(/ {3,}/)[1]).toBe(shown);
  });
});

describe('formatPorts', () => {
  it.each([
    [[], ''],
    [[{ PrivatePort: 80, Type: 'tcp' }], '80/tcp'],
    [[{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }], '0.0.0.0:8080->80/tcp'],
    [[{ IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }], '[::]:8080->80/tcp'],
    [
      [
        { PrivatePort: 9001, Type: 'tcp' },
        { PrivatePort: 9000, Type: 'tcp' },
        { PrivatePort: 9002, Type: 'tcp' },
        { PrivatePort: 53, Type: 'udp' },
      ],
      '53/udp, 9000-9002/tcp',
    ],
    [
      [
        { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 80, Type: 'tcp' },
        { IP: '0.0.0.0', PrivatePort: 81, PublicPort: 81, Type: 'tcp' },
      ],
      '0.0.0.0:80-81->80-81/tcp',
    ],
    [
      [
        { PrivatePort: 1, Type: 'tcp' },
        { PrivatePort: 5, Type: 'tcp' },
        { PrivatePort: 7, Type: 'udp' },
      ],
      '1/tcp, 5/tcp, 7/udp',
    ],
  ])('%j -> %s', (ports, text) => {
    expect(formatPorts(ports)).toBe(text);
  });
});

describe('text helpers', () => {
  it.each([
    ['sha256:16640d5ef506be2ed2f34267', '16640d5ef506'],
    ['8b4b42f48d52af8fe9b0', '8b4b42f48d52'],
    ['short', 'short'],
  ])('truncateId(%s) = %s', (id, short) => {
    expect(truncateId(id)).toBe(short);
  });

  it.each([
    ['echo hi', 20, 'echo hi'],
    ['12345678901234567890', 20, '12345678901234567890'],
    ['123456789012345678901', 20, '1234567890123456789…'],
    ['안녕하세요 여러분 반갑습니다', 10, '안녕하세…'],
  ])('ellipsis(%j, %d) = %j', (text, max, out) => {
    expect(ellipsis(text, max)).toBe(out);
  });

  it.each([
    ['sleep 100', '"sleep 100"'],
    ['sh -c "echo \\\\"', '"sh -c \\"echo \\\\\\\\\\""'],
    ['a\tb\nc', '"a\\tb\\nc"'],
  ])('goQuote(%j) = %s', (text, quoted) => {
    expect(goQuote(text)).toBe(quoted);
  });

  it('formats the container size like docker ps -s', () => {
    expect(formatContainerSize(0, 0)).toBe('0B');
    expect(formatContainerSize(4100, 2_100_000)).toBe('4.1kB (virtual 2.1MB)');
  });
});
