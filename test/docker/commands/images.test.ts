/** `docker images` as a module: its spellings and flags, its --help in both languages, its note, and a live run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as images from '../../../src/docker/commands/images/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { captureContext, testConnection } from '../live/context.js';

describe('docker images, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('images')).toMatchObject({ spec: images.spec, execute: images.execute, explain: images.explain });
  });

  it.each(['docker images -aq', 'docker image ls --all --quiet', 'docker image list -a -q'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'images', flags: { all: true, quiet: true }, args: [] });
  });

  it('takes at most one repository', () => {
    expect(() => parseCommandLine('docker images a b')).toThrow(/takes at most 1 argument/);
  });

  it('describes every flag it accepts in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) {
      const help = images.flagHelp(lang);
      expect(Object.keys(help).sort()).toEqual(images.spec.flags.map((flag) => flag.long).sort());
      for (const text of Object.values(help)) expect(text).not.toBe('');
    }
    const usage = formatUsage(images);
    expect(usage).toMatch(/^Usage: {2}docker images \[OPTIONS\] \[REPOSITORY\[:TAG\]\]\n\nList images\n/);
    expect(usage).toContain('docker image ls, docker image list, docker images');
    expect(usage).toMatch(/ {2}-q, --quiet +Only show image IDs\n/);
  });

  it('explains a listing, and leaves a refused one to the shared sentence', () => {
    const command = parseCommandLine('docker images');
    const request = [{ method: 'GET', path: '/images/json', status: 200 }];
    expect(images.explain(outcomeOf(command, request, 0))).toMatch(/^The daemon listed the images in its local store/);
    expect(images.explain(outcomeOf(command, [{ ...request[0]!, status: 400 }], 1))).toBeUndefined();
  });
});

describeDocker('docker images, live', () => {
  const repo = uniqueName('images');

  beforeAll(async () => {
    const { docker } = await testConnection();
    await docker.getImage('busybox:latest').tag({ repo, tag: 'v1' });
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    await docker.getImage(`${repo}:v1`).remove().catch(() => {});
  });

  it('lists the image under its new tag, with the request and the sentence in the note', async () => {
    const { context, stdout, stderr } = await captureContext();
    const result = await executeCommandLine(['docker', 'images', repo], context, { explain: true });
    expect(result.exitCode).toBe(0);
    const [header, row, ...rest] = stdout().trimEnd().split('\n');
    expect(header).toMatch(/^REPOSITORY +TAG +IMAGE ID +CREATED +SIZE$/);
    expect(row).toMatch(new RegExp(`^${repo} +v1 +[0-9a-f]{12} `));
    expect(rest).toEqual([]);
    expect(stderr().split('\n')).toEqual([
      'What happened (Engine API requests):',
      '  GET /images/json → 200',
      expect.stringMatching(/^ {2}The daemon listed the images in its local store/),
      '',
    ]);
  });
});
