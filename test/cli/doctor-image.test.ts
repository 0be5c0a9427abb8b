import { describe, expect, it } from 'vitest';
import { LESSON_IMAGE_NEEDS, parsePathStat, unmetNeeds, type PathStat } from '../../src/cli/commands/doctor-image.js';

const DIR = 2 ** 31 + 2 ** 20 + 0o777; // Go's os.ModeDir | os.ModeSticky | 0777, as /tmp reports
const FILE = 0o644;
const header = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('the practice image check', () => {
  it('finds nothing missing in an image with sh, /etc/passwd and a /tmp folder', () => {
    const stats = new Map<string, PathStat | undefined>([['/bin/sh', { mode: 0o755 }], ['/etc/passwd', { mode: FILE }], ['/tmp', { mode: DIR }]]);
    expect(unmetNeeds(stats)).toEqual([]);
  });

  it('names every absent path, and a /tmp that is not a folder', () => {
    const stats = new Map<string, PathStat | undefined>([['/bin/sh', { mode: 0o755 }], ['/etc/passwd', undefined], ['/tmp', { mode: FILE }]]);
    expect(unmetNeeds(stats)).toEqual(['/etc/passwd', '/tmp']);
    expect(unmetNeeds(new Map())).toEqual(LESSON_IMAGE_NEEDS.map((need) => need.path));
  });

  it('reads the daemon\'s stat header, and nothing from a header that is not one', () => {
    expect(parsePathStat(header({ name: 'tmp', size: 4096, mode: DIR, mtime: '2024-01-01T00:00:00Z', linkTarget: '' }))).toEqual({ mode: DIR });
    expect(parsePathStat(undefined)).toBeUndefined();
    expect(parsePathStat(['a', 'b'])).toBeUndefined();
    expect(parsePathStat('not base64 json')).toBeUndefined();
    expect(parsePathStat(header({ mode: '0755' }))).toBeUndefined();
  });
});
