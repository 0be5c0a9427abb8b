/** `docker history` as a module, and live: the same table as the docker CLI, in every form. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { formatHistoryTable, formatRfc3339Local } from '../../../src/docker/commands/history/format.js';
import * as history from '../../../src/docker/commands/history/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker history, the module', () => {
  it('is the module the table loads', async () => {
    expect(await loadCommand('history')).toMatchObject({ spec: history.spec, execute: history.execute, explain: history.explain });
  });

  it.each([
    ['docker history -q busybox', { quiet: true }],
    ['docker image history --no-trunc busybox', { 'no-trunc': true }],
    ['docker history -H=false busybox', { human: false }],
  ])('reads %s', (line, flags) => {
    expect(parseCommandLine(line)).toMatchObject({ name: 'history', flags, args: ['busybox'] });
  });

  it('has --help in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) expect(Object.keys(history.flagHelp(lang)).sort()).toEqual(['human', 'no-trunc', 'quiet']);
    expect(formatUsage(history)).toMatch(/^Usage: {2}docker history \[OPTIONS\] IMAGE\n\nShow the history of an image\n\nAliases:\n {2}docker image history, docker history\n/);
  });

  it('lays out <missing> steps, cuts CREATED BY at 45 columns, and writes RFC 3339 times in the local zone', () => {
    const entries = [
      { Id: '<missing>', Created: 1_700_000_000, CreatedBy: '/bin/sh -c #(nop)\tCMD ["sh"]', Size: 0, Comment: '' },
      { Id: `sha256:${'a'.repeat(64)}`, Created: 1_700_000_000, CreatedBy: `RUN ${'x'.repeat(60)}`, Size: 1_982_256, Comment: 'buildkit.dockerfile.v0' },
    ];
    const table = formatHistoryTable(entries, { human: true, trunc: true, quiet: false, nowMs: 1_700_000_000_000 + 3 * 3600_000 });
    expect(table.split('\n')).toEqual([
      'IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT',
      '<missing>      3 hours ago   /bin/sh -c #(nop) CMD ["sh"]                    0B        ',
      `aaaaaaaaaaaa   3 hours ago   RUN ${'x'.repeat(40)}…   1.98MB    buildkit.dockerfile.v0`,
      '',
    ]);
    expect(formatHistoryTable(entries, { human: true, trunc: true, quiet: true, nowMs: 0 })).toBe('<missing>\naaaaaaaaaaaa\n');
    expect(formatRfc3339Local(1_700_000_000, 0)).toBe('2023-11-14T22:13:20Z');
    expect(formatRfc3339Local(1_700_000_000, 540)).toBe('2023-11-15T07:13:20+09:00');
    expect(formatRfc3339Local(1_700_000_000, -210)).toBe('2023-11-14T18:43:20-03:30');
  });

  it('explains a listing, and leaves a refusal to the shared sentence', () => {
    const command = parseCommandLine('docker history busybox');
    const request = { method: 'GET', path: '/images/busybox/history', status: 200 };
    expect(history.explain(outcomeOf(command, [request], 0))).toMatch(/newest step first/);
    expect(history.explain(outcomeOf(command, [{ ...request, status: 404 }], 1))).toBeUndefined();
  });
});

describeDocker('docker history, live', () => {
  const RUN = uniqueName('history');
  const REPO = uniqueName('history-repo');

  beforeAll(async () => {
    // An image with a step of its own on top of busybox: a committed change, with a comment.
    const name = uniqueName('source');
    const { context } = await captureContext();
    await executeCommandLine(['docker', 'run', '--name', name, 'busybox', 'sh', '-c', 'echo layered > /made'], { ...context, env: { ...process.env, DOCKTUTOR_RUN_LABEL: RUN } }, { explain: false });
    const { docker } = await testConnection();
    await docker.getContainer(name).commit({ repo: REPO, tag: '1', comment: 'made by a test' });
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((container) => docker.getContainer(container.Id).remove({ force: true })));
    await docker.getImage(`${REPO}:1`).remove().catch(() => undefined);
    removeDockerCliConfig();
  });

  it.each([[[] as string[]], [['--no-trunc']], [['-q']], [['-q', '--no-trunc']], [['-H=false']], [['--human=false', '--no-trunc']]])(
    'docker history %j prints what the CLI prints',
    async (flags) => {
      const args = ['history', ...flags, `${REPO}:1`];
      // The CREATED column may tick over between the two calls: compare again when it did.
      for (let attempt = 0; ; attempt += 1) {
        const { context, stdout } = await captureContext();
        const [result, cli] = await Promise.all([executeCommandLine(['docker', ...args], context, { explain: false }), dockerCli(args)]);
        expect(result.exitCode).toBe(cli.code);
        if (stdout() === cli.stdout || attempt === 2) {
          expect(stdout()).toBe(cli.stdout);
          break;
        }
      }
    },
  );

  it('shows the committed step with its size and comment, over busybox\'s steps', async () => {
    const { context, stdout, stderr } = await captureContext();
    await executeCommandLine(['docker', 'history', `${REPO}:1`], context, { explain: true });
    const [header, top, ...rest] = stdout().trimEnd().split('\n');
    expect(header).toMatch(/^IMAGE +CREATED +CREATED BY +SIZE +COMMENT$/);
    expect(top).toMatch(/^[0-9a-f]{12} +.* ago +sh -c echo layered > \/made +\d+B +made by a test$/);
    expect(rest.length).toBeGreaterThan(0);
    expect(stderr()).toMatch(/GET \/images\/.*\/history → 200/);
  });

  it('fails with the daemon\'s words for a missing image, as the CLI does', async () => {
    const missing = `${REPO}-missing:1`;
    const cli = await dockerCli(['history', missing]);
    const error = await failure(`docker history ${missing}`);
    expect(error.exitCode).toBe(cli.code);
    expect(`${error.message}\n`).toBe(cli.stderr);
  });
});
