import { describe, expect, it } from 'vitest';
import { formatImageTable, listImageRows, type ImageSummary } from '../../src/docker/format/images.js';

const NOW = 1_700_000_100_000;
const ID = 'sha256:16640d5ef506be2ed2f34267a3bd1047247cd330782c1496c7d1fa4bcdb8581e';
const DIGEST = 'sha256:aaaabbbbccccddddeeeeffff0000111122223333444455556666777788889999';

function image(overrides: Partial<ImageSummary> = {}): ImageSummary {
  return { Id: ID, RepoTags: ['busybox:latest'], RepoDigests: [], Created: 1_700_000_000, Size: 1_990_000, ...overrides };
}

describe('formatImageTable', () => {
  it('prints the docker images table', () => {
    expect(formatImageTable([image()], { trunc: true, quiet: false, digests: false, nowMs: NOW })).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED              SIZE\n' + 'busybox      latest    16640d5ef506   About a minute ago   1.99MB\n',
    );
  });

  it('adds the DIGEST column with --digests', () => {
    const text = formatImageTable([image({ RepoDigests: [`busybox@${DIGEST}`] })], { trunc: true, quiet: false, digests: true, nowMs: NOW });
    expect(text.split('\n')[0]).toBe('REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED              SIZE');
    expect(text).toContain(`busybox      latest    ${DIGEST}   16640d5ef506`);
  });

  it('prints one ID per row with -q, and full IDs with --no-trunc', () => {
    const tagged = image({ RepoTags: ['busybox:latest', 'mine:1'] });
    expect(formatImageTable([tagged], { trunc: true, quiet: true, digests: false, nowMs: NOW })).toBe('16640d5ef506\n16640d5ef506\n');
    expect(formatImageTable([tagged], { trunc: false, quiet: true, digests: false, nowMs: NOW })).toBe(`${ID}\n${ID}\n`);
  });
});

describe('listImageRows', () => {
  const rows = (summary: ImageSummary, digests = false) => listImageRows(summary, digests).map((row) => [row.repository, row.tag, row.digest]);

  it.each([
    ['no names at all', image({ RepoTags: [], RepoDigests: [] }), false, [['<none>', '<none>', '<none>']]],
    ['the <none> placeholders', image({ RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] }), false, [['<none>', '<none>', '<none>']]],
    ['two tags of one repository', image({ RepoTags: ['a:1', 'a:2'] }), false, [['a', '1', '<none>'], ['a', '2', '<none>']]],
    ['a registry with a port', image({ RepoTags: ['localhost:5000/app:v1'] }), false, [['localhost:5000/app', 'v1', '<none>']]],
    ['docker.io names in short form', image({ RepoTags: ['docker.io/library/busybox:latest'] }), false, [['busybox', 'latest', '<none>']]],
    ['a digest only', image({ RepoTags: [], RepoDigests: [`busybox@${DIGEST}`] }), false, [['busybox', '<none>', '']]],
    ['a digest only, --digests', image({ RepoTags: [], RepoDigests: [`busybox@${DIGEST}`] }), true, [['busybox', '<none>', DIGEST]]],
    ['tag and digest of one repository', image({ RepoDigests: [`busybox@${DIGEST}`] }), false, [['busybox', 'latest', '<none>']]],
    ['tag and digest, --digests', image({ RepoDigests: [`busybox@${DIGEST}`] }), true, [['busybox', 'latest', DIGEST]]],
  ])('%s', (_name, summary, digests, expected) => {
    expect(rows(summary, digests)).toEqual(expected);
  });
});
