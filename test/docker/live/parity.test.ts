/**
 * docktutor's ps and images against the real docker CLI on the same daemon: the same rows, and the
 * same cells except the time columns, which may tick over between the two calls.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { captureContext, testConnection } from './context.js';

const run = promisify(execFile);
const RUN = uniqueName('parity');
const REPO = uniqueName('parity-repo');
const TIME_COLUMNS = new Set(['CREATED', 'STATUS']);
let dockerConfig: string;

async function dockerCli(args: string[]): Promise<string> {
  // A config folder of its own: the learner's ~/.docker is never read or written by the tests.
  const { stdout } = await run('docker', args, { env: { ...process.env, DOCKER_CONFIG: dockerConfig } });
  return stdout;
}

async function docktutor(words: string[]): Promise<string> {
  const { context, stdout } = await captureContext();
  await executeCommandLine(['docker', ...words], context, { explain: false });
  return stdout();
}

/** Splits a tabwriter table at its header's column starts; the time columns are left out. */
function cells(table: string): string[][] {
  const [header = '', ...rows] = table.trimEnd().split('\n');
  const starts = [...header.matchAll(/(?:^|(?<=\s{3}))\S[^\s]*(?: \S+)*/g)].map((match) => ({ name: match[0], at: match.index }));
  return rows
    .map((row) =>
      starts
        .map((column, index) => ({ name: column.name, text: row.slice(column.at, starts[index + 1]?.at ?? row.length).trim() }))
        .filter((cell) => !TIME_COLUMNS.has(cell.name))
        .map((cell) => cell.text),
    )
    .sort((a, b) => a.join('|').localeCompare(b.join('|')));
}

function header(table: string): string[] {
  return table.split('\n')[0]!.split(/\s{3,}/);
}

describeDocker('parity with the docker CLI', () => {
  beforeAll(async () => {
    dockerConfig = mkdtempSync(join(tmpdir(), 'dt-docker-config-'));
    process.env.DOCKTUTOR_RUN_LABEL = RUN;
    const { context } = await captureContext();
    await executeCommandLine(`docker run -d --name ${uniqueName('up')} busybox sleep 120`, context, { explain: false });
    await executeCommandLine(`docker run --name ${uniqueName('done')} busybox sh -c 'exit 3'`, context, { explain: false });
    await executeCommandLine(`docker run --name ${uniqueName('long')} busybox sh -c 'echo a long command line that is cut'`, context, { explain: false });
    const { docker } = await testConnection();
    for (const tag of ['v1', 'v2']) await docker.getImage('busybox:latest').tag({ repo: REPO, tag });
    await docker.getImage('busybox:latest').tag({ repo: `${REPO}-other`, tag: 'latest' });
  });

  afterAll(async () => {
    const { docker } = await testConnection();
    const containers = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
    await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true })));
    for (const ref of [`${REPO}:v1`, `${REPO}:v2`, `${REPO}-other:latest`]) await docker.getImage(ref).remove().catch(() => undefined);
    delete process.env.DOCKTUTOR_RUN_LABEL;
    rmSync(dockerConfig, { recursive: true, force: true });
  });

  it.each([
    [['ps', '-a', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['ps', '-a', '--no-trunc', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['ps', '-a', '-s', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['ps', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['ps', '-a', '--filter', 'status=exited', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['images', REPO]],
    [['images', '--digests', REPO]],
    [['images', '--no-trunc', `${REPO}*`]],
    [['images', '--filter', `reference=${REPO}:v1`]],
  ])('docker %j prints the same table', async (args) => {
    const [theirs, ours] = await Promise.all([dockerCli(args), docktutor(args)]);
    expect(header(ours)).toEqual(header(theirs));
    expect(cells(ours)).toEqual(cells(theirs));
    expect(cells(ours).length).toBeGreaterThan(0);
  });

  it.each([
    [['ps', '-a', '-q', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['ps', '-a', '--no-trunc', '-q', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['ps', '-n', '2', '-q', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['ps', '-l', '-q', '--filter', `label=${RUN_LABEL}=${RUN}`]],
    [['images', '-q', REPO]],
    [['images', '-q', '--no-trunc', `${REPO}*`]],
  ])('docker %j prints the same IDs', async (args) => {
    const [theirs, ours] = await Promise.all([dockerCli(args), docktutor(args)]);
    expect(ours).toBe(theirs);
    expect(ours.trim()).not.toBe('');
  });

  it('aligns the table exactly like docker when the time columns agree', async () => {
    const args = ['images', REPO];
    const [theirs, ours] = await Promise.all([dockerCli(args), docktutor(args)]);
    const sortLines = (text: string) => text.split('\n').sort().join('\n');
    expect(sortLines(ours)).toBe(sortLines(theirs));
  });
});
