/** `docker tag` as a module, and live: a second name for the same image, then `docker images` as the CLI prints it. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as tag from '../../../src/docker/commands/tag/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker tag, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('tag')).toMatchObject({ spec: tag.spec, execute: tag.execute, explain: tag.explain });
  });

  it.each(['docker tag busybox me/box:1', 'docker image tag busybox me/box:1'])('reads %s', (line) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'tag', flags: {}, args: ['busybox', 'me/box:1'] });
  });

  it('takes exactly two names and has --help in both languages', () => {
    expect(() => parseCommandLine('docker tag busybox')).toThrow(/'docker tag' requires exactly 2 arguments: docker tag SOURCE_IMAGE\[:TAG\] TARGET_IMAGE\[:TAG\]/);
    expect(tag.flagHelp('en')).toEqual({});
    expect(tag.flagHelp('ko')).toEqual({});
    expect(formatUsage(tag)).toMatch(/^Usage: {2}docker tag SOURCE_IMAGE\[:TAG\] TARGET_IMAGE\[:TAG\]\n\nCreate a tag TARGET_IMAGE that refers to SOURCE_IMAGE\n\nAliases:\n {2}docker image tag, docker tag\n/);
  });

  it('explains the new name, and leaves a refusal to the shared sentence', () => {
    const command = parseCommandLine('docker tag busybox me/box:1');
    const request = { method: 'POST', path: '/images/busybox/tag', status: 201 };
    expect(tag.explain(outcomeOf(command, [request], 0))).toMatch(/added the name me\/box:1 .*nothing was copied/);
    expect(tag.explain(outcomeOf(command, [{ ...request, status: 404 }], 1))).toBeUndefined();
  });
});

describeDocker('docker tag, live', () => {
  const REPO = uniqueName('tag');

  afterAll(async () => {
    const { docker } = await testConnection();
    for (const name of [`${REPO}:ours`, `${REPO}:theirs`, `${REPO}:latest`]) await docker.getImage(name).remove().catch(() => undefined);
    removeDockerCliConfig();
  });

  it('adds a name as the CLI does: nothing printed, and docker images shows both names on the same image', async () => {
    const { context, stdout, stderr } = await captureContext();
    const [result, cli] = await Promise.all([
      executeCommandLine(['docker', 'tag', 'busybox', `${REPO}:ours`], context, { explain: true }),
      dockerCli(['tag', 'busybox', `${REPO}:theirs`]),
    ]);
    expect([result.exitCode, stdout()]).toEqual([cli.code, cli.stdout]);
    expect(stdout()).toBe('');
    expect(stderr()).toContain('POST /images/busybox/tag → 201');
    const { stdout: listed } = await dockerCli(['images', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}', REPO]);
    const busybox = (await dockerCli(['images', '-q', 'busybox:latest'])).stdout.trim();
    expect(listed.trim().split('\n').sort()).toEqual([`${REPO}:ours ${busybox}`, `${REPO}:theirs ${busybox}`]);
  });

  it('gives the tag latest when none is written, as the CLI does', async () => {
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'tag', 'busybox:latest', REPO], context, { explain: false });
    const { docker } = await testConnection();
    expect((await docker.getImage('busybox:latest').inspect()).RepoTags).toContain(`${REPO}:latest`);
  });

  it('refuses a bad target before asking the daemon, and a missing source in the daemon\'s words, with the CLI\'s exit codes', async () => {
    const bad = await failure(`docker tag busybox ${REPO.toUpperCase()}`);
    expect(bad.exitCode).toBe((await dockerCli(['tag', 'busybox', REPO.toUpperCase()])).code);
    expect(bad.message).toMatch(/must be lowercase/);
    const missing = `${REPO}-missing:1`;
    const cli = await dockerCli(['tag', missing, `${REPO}:x`]);
    const error = await failure(`docker tag ${missing} ${REPO}:x`);
    expect(error.exitCode).toBe(cli.code);
    expect(`${error.message}\n`).toBe(cli.stderr);
    expect((await failure(`docker tag busybox ${REPO}@sha256:${'a'.repeat(64)}`)).message).toBe('refusing to create a tag with a digest reference');
  });
});
