/**
 * `docker image prune` as a module, and live: only unused images docktutor built (dangling ones, or
 * all with -a) unless --all-objects, and docker's own prune printed as the docker CLI prints it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordCreated } from '../../../src/docker/clean/created-record.js';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as prune from '../../../src/docker/commands/image-prune/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import { RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, failure, testConnection } from '../live/context.js';

describe('docker image prune, the module', () => {
  it('is the module the table loads, spelled only as docker spells it', async () => {
    expect(await loadCommand('image prune')).toMatchObject({ spec: prune.spec, execute: prune.execute, explain: prune.explain });
    expect(parseCommandLine('docker image prune -af')).toMatchObject({ name: 'image prune', flags: { all: true, force: true }, args: [] });
    expect(() => parseCommandLine('docker image-prune')).toThrow(/unknown command: docker image-prune/);
  });

  it('has --help in English and Korean, without an Aliases section', () => {
    for (const lang of ['en', 'ko'] as const) expect(Object.keys(prune.flagHelp(lang)).sort()).toEqual(['all', 'all-objects', 'filter', 'force']);
    expect(formatUsage(prune)).toMatch(/^Usage: {2}docker image prune \[OPTIONS\]\n\nRemove unused images docktutor built\n\nOptions:\n/);
  });

  it('explains its own prune, docker\'s, and a question answered no', () => {
    const request = (path: string) => [{ method: path.endsWith('prune') ? 'POST' : 'GET', path, status: 200 }];
    expect(prune.explain(outcomeOf(parseCommandLine('docker image prune'), request('/system/df'), 0))).toMatch(/no name left \(dangling/);
    expect(prune.explain(outcomeOf(parseCommandLine('docker image prune -a'), request('/system/df'), 0))).not.toMatch(/dangling/);
    expect(prune.explain(outcomeOf(parseCommandLine('docker image prune -a'), request('/images/prune'), 0))).toMatch(/every image no container uses/);
    expect(prune.explainLocal(outcomeOf(parseCommandLine('docker image prune'), [], 0))).toMatch(/^Nothing was removed/);
  });
});

describeDocker('docker image prune, live', () => {
  const REPO = uniqueName('iprune');
  // A record of what docktutor created of this file's own, so that the prune's proof of ownership is this test's.
  const home = mkdtempSync(join(tmpdir(), 'dt-iprune-'));
  const containers: string[] = [];
  const envOf = (label: string) => ({ ...process.env, DOCKTUTOR_RUN_LABEL: label, DOCKTUTOR_HOME: home });
  const images: string[] = [];

  afterAll(async () => {
    const { docker } = await testConnection();
    await Promise.all(containers.map((id) => docker.getContainer(id).remove({ force: true }).catch(() => undefined)));
    // IDs of images these tests committed themselves: no other name is on them.
    for (const id of images) await docker.getImage(id).remove({ force: true }).catch(() => undefined);
    removeDockerCliConfig();
    rmSync(home, { recursive: true, force: true });
  });

  /**
   * An image committed from a container that wrote `text`: with docktutor's labels and in its record as
   * docktutor's build would be ('owned'), with the labels only ('inherited', as an image built FROM one
   * of docktutor's), or someone else's ('foreign'). Tagged `${REPO}:tag` when given.
   */
  async function commit(text: string, label: string, kind: 'owned' | 'inherited' | 'foreign', tag?: string): Promise<string> {
    const { docker } = await testConnection();
    const name = uniqueName('source');
    if (kind !== 'foreign') {
      const { context } = await captureContext();
      await executeCommandLine(['docker', 'run', '--name', name, 'busybox', 'sh', '-c', `echo ${text} > /f`], { ...context, env: envOf(label) }, { explain: false });
    } else {
      const container = await docker.createContainer({ name, Image: 'busybox', Cmd: ['sh', '-c', `echo ${text} > /f`], Labels: { [RUN_LABEL]: label } });
      await container.start();
      await container.wait();
    }
    const source = docker.getContainer(name);
    const { Id } = (await source.commit(tag === undefined ? {} : { repo: REPO, tag })) as { Id: string };
    await source.remove();
    images.push(Id);
    if (kind === 'owned') await recordCreated('image', Id, envOf(label));
    return Id;
  }

  /** Docktutor's dangling, tagged and in-use images, an inherited-label one and someone else's, all under one run label. */
  async function world(): Promise<{ label: string; dangling: string; tagged: string; used: string; inherited: string; foreign: string }> {
    const label = uniqueName('set');
    const set = {
      label,
      dangling: await commit('dangling', label, 'owned'),
      tagged: await commit('tagged', label, 'owned', `${label}-tagged`),
      used: await commit('used', label, 'owned', `${label}-used`),
      inherited: await commit('inherited', label, 'inherited'),
      foreign: await commit('foreign', label, 'foreign'),
    };
    const { docker } = await testConnection();
    containers.push((await docker.createContainer({ name: uniqueName('user'), Image: set.used, Labels: { [RUN_LABEL]: label } })).id);
    return set;
  }

  async function exists(id: string): Promise<boolean> {
    const { docker } = await testConnection();
    return docker.getImage(id).inspect().then(() => true, () => false);
  }


  it('refuses without a terminal and without -f, in one line', async () => {
    const error = await failure('docker image prune -a');
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/^'docker image prune' asks before it removes anything, and stdin is not a terminal to answer on: add -f/);
  });

  it('removes docktutor\'s dangling images only, then with -a its unused tagged ones, never one in use, one that only inherited its label, or someone else\'s', async () => {
    const set = await world();
    const { context, stdout, stderr } = await captureContext();
    await executeCommandLine('docker image prune -f', { ...context, env: envOf(set.label) }, { explain: true });
    expect(stdout()).toMatch(new RegExp(`^Deleted Images:\\ndeleted: ${set.dangling}\\n(deleted: sha256:[0-9a-f]{64}\\n)+\\nTotal reclaimed space: \\d+B\\n$`));
    expect(stderr()).toMatch(/GET \/system\/df → 200\n {2}DELETE \/images\/\{id\} → 200\n/);
    expect(await Promise.all([set.dangling, set.tagged, set.used, set.inherited, set.foreign].map(exists))).toEqual([false, true, true, true, true]);
    const all = await captureContext();
    await executeCommandLine('docker image prune -a -f', { ...all.context, env: envOf(set.label) }, { explain: false });
    expect(all.stdout().startsWith(`Deleted Images:\nuntagged: ${REPO}:${set.label}-tagged\ndeleted: ${set.tagged}\n`)).toBe(true);
    expect(await Promise.all([set.tagged, set.used, set.inherited, set.foreign].map(exists))).toEqual([false, true, true, true]);
  });

  it('keeps what the until filter protects, reporting only the total', async () => {
    const set = await world();
    const { context, stdout } = await captureContext();
    await executeCommandLine('docker image prune -a -f --filter until=1h', { ...context, env: envOf(set.label) }, { explain: false });
    expect(stdout()).toBe('Total reclaimed space: 0B\n');
    expect(await exists(set.dangling)).toBe(true);
  });

  it('with --all-objects is docker\'s own prune: it takes someone else\'s dangling image too, and prints what the CLI prints', async () => {
    const [ours, theirs] = [await world(), await world()];
    const { context, stdout, stderr } = await captureContext();
    // One after the other: the daemon runs one image prune at a time.
    const result = await executeCommandLine(['docker', 'image', 'prune', '--all-objects', '-f', '--filter', `label=${RUN_LABEL}=${ours.label}`], context, { explain: true });
    const cli = await dockerCli(['image', 'prune', '-f', '--filter', `label=${RUN_LABEL}=${theirs.label}`]);
    expect(result.exitCode).toBe(cli.code);
    const shape = (text: string, set: { dangling: string; inherited: string; foreign: string }) =>
      text.replace(set.dangling, 'DANGLING').replace(set.inherited, 'INHERITED').replace(set.foreign, 'FOREIGN').replace(/sha256:[0-9a-f]{64}/g, 'LAYER').split('\n').sort().join('\n');
    expect(shape(stdout(), ours)).toBe(shape(cli.stdout, theirs));
    expect(await Promise.all([ours.dangling, ours.inherited, ours.foreign, ours.tagged, ours.used].map(exists))).toEqual([false, false, false, true, true]);
    expect(stderr()).toContain('POST /images/prune → 200');
  });
});
