/**
 * `docker container prune` as a module, and live: only the stopped containers docktutor created unless
 * --all-objects, the question and its refusal without a terminal, and docker's own prune printed as the
 * docker CLI prints it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../src/docker/command-line/parse.js';
import { formatUsage } from '../../../src/docker/command-line/usage.js';
import { outcomeOf } from '../../../src/docker/commands/explain.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import * as prune from '../../../src/docker/commands/container-prune/index.js';
import { loadCommand } from '../../../src/docker/commands/table.js';
import type { CommandContext } from '../../../src/docker/commands/types.js';
import { MANAGED_LABEL, RUN_LABEL } from '../../../src/docker/engine/labels.js';
import { DocktutorError } from '../../../src/errors.js';
import { describeDocker, uniqueName } from '../../helpers/docker.js';
import { dockerCli, removeDockerCliConfig } from '../../helpers/docker-cli.js';
import { captureContext, testConnection } from '../live/context.js';

describe('docker container prune, the module', () => {
  it('is the module the table loads, spelled only as docker spells it', async () => {
    expect(await loadCommand('container prune')).toMatchObject({ spec: prune.spec, execute: prune.execute, explain: prune.explain });
    expect(parseCommandLine('docker container prune -f --filter until=1h')).toMatchObject({
      name: 'container prune',
      flags: { force: true, filter: ['until=1h'] },
      args: [],
    });
    expect(() => parseCommandLine('docker container-prune')).toThrow(/unknown command: docker container-prune/);
    expect(() => parseCommandLine('docker container prune extra')).toThrow(/'docker container prune' takes no arguments: docker container prune \[OPTIONS\]/);
    expect(() => parseCommandLine('docker container prune -q')).toThrow(/^docker container prune: unknown or unsupported flag '-q'/);
  });

  it('has --help in English and Korean, without an Aliases section', () => {
    for (const lang of ['en', 'ko'] as const) expect(Object.keys(prune.flagHelp(lang)).sort()).toEqual(['all-objects', 'filter', 'force']);
    const usage = formatUsage(prune);
    expect(usage).toMatch(/^Usage: {2}docker container prune \[OPTIONS\]\n\nRemove all stopped containers docktutor created\n\nOptions:\n/);
    expect(usage).not.toContain('Aliases:');
  });

  it('explains its own prune, docker\'s, and a question answered no', () => {
    const command = parseCommandLine('docker container prune');
    expect(prune.explain(outcomeOf(command, [{ method: 'GET', path: '/containers/json', status: 200 }], 0))).toMatch(/^docktutor asked for the stopped containers carrying its label/);
    expect(prune.explain(outcomeOf(command, [{ method: 'POST', path: '/containers/prune', status: 200 }], 0))).toMatch(/whoever created it/);
    expect(prune.explainLocal(outcomeOf(command, [], 0))).toBe('Nothing was removed: the answer was not y.');
  });
});

describeDocker('docker container prune, live', () => {
  // A record of what docktutor created of this file's own, so that the prune's proof of ownership is this test's.
  const home = mkdtempSync(join(tmpdir(), 'dt-cprune-'));
  const env = { ...process.env, DOCKTUTOR_HOME: home };

  /** Every container the worlds made, each world under a run label of its own. */
  const made: string[] = [];

  afterAll(async () => {
    const { docker } = await testConnection();
    await Promise.all(made.map((id) => docker.getContainer(id).remove({ force: true }).catch(() => undefined)));
    removeDockerCliConfig();
    rmSync(home, { recursive: true, force: true });
  });

  /**
   * One of each: stopped and made by docktutor, running and made by docktutor, stopped and made by
   * someone else, and stopped with docktutor's labels but not in its record (as a container the docker
   * CLI runs from an image docktutor built inherits them).
   */
  async function world(): Promise<{ own: string; running: string; foreign: string; inherited: string; label: string }> {
    const label = uniqueName('set');
    const { context } = await captureContext();
    const ownEnv = { ...env, DOCKTUTOR_RUN_LABEL: label };
    const own = uniqueName('own');
    const running = uniqueName('running');
    await executeCommandLine(['docker', 'run', '--name', own, 'busybox', 'true'], { ...context, env: ownEnv }, { explain: false });
    await executeCommandLine(['docker', 'run', '-d', '--name', running, 'busybox', 'sleep', '300'], { ...context, env: ownEnv }, { explain: false });
    const { docker } = await testConnection();
    // Someone else's: no io.docktutor.managed label; the run label lets the --all-objects test's filter find it.
    const foreign = await docker.createContainer({ name: uniqueName('foreign'), Image: 'busybox', Labels: { [RUN_LABEL]: label } });
    const inherited = await docker.createContainer({ name: uniqueName('inherited'), Image: 'busybox', Labels: { [MANAGED_LABEL]: 'true', [RUN_LABEL]: label } });
    const ids = { own: (await docker.getContainer(own).inspect()).Id, running: (await docker.getContainer(running).inspect()).Id };
    const set = { ...ids, foreign: foreign.id, inherited: inherited.id, label };
    made.push(set.own, set.running, set.foreign, set.inherited);
    return set;
  }

  async function exists(id: string): Promise<boolean> {
    const { docker } = await testConnection();
    return docker.getContainer(id).inspect().then(() => true, () => false);
  }

  /** A context whose stdin is a terminal that answers `answer`, narrowed to one world's run label. */
  async function terminal(answer: string, label: string): Promise<{ context: CommandContext; stdout: () => string; stderr: () => string }> {
    const captured = await captureContext();
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    stdin.end(answer);
    return { ...captured, context: { ...captured.context, stdin, env: { ...env, DOCKTUTOR_RUN_LABEL: label } } };
  }

  it('refuses without a terminal and without -f, in one line, and removes nothing', async () => {
    const set = await world();
    const { context } = await captureContext();
    const error = await executeCommandLine('docker container prune', { ...context, env: { ...env, DOCKTUTOR_RUN_LABEL: set.label } }, { explain: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocktutorError);
    expect((error as DocktutorError).exitCode).toBe(1);
    expect((error as DocktutorError).message).toBe("'docker container prune' asks before it removes anything, and stdin is not a terminal to answer on: add -f to prune without the question");
    expect(await exists(set.own)).toBe(true);
  });

  it('asks as docker asks, and an answer other than y removes nothing', async () => {
    const set = await world();
    const { context, stdout, stderr } = await terminal('n\n', set.label);
    const result = await executeCommandLine('docker container prune', context, { explain: true });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toBe('WARNING! This will remove all stopped containers docktutor created.\nAre you sure you want to continue? [y/N] ');
    expect(stderr()).toContain('Nothing was removed: the answer was not y.');
    expect(await exists(set.own)).toBe(true);
  });

  it('answered y, removes the stopped containers docktutor created and nothing else (not one that only inherited its label), printing docker\'s report', async () => {
    const set = await world();
    const { context, stdout, stderr } = await terminal('y\n', set.label);
    const result = await executeCommandLine('docker container prune', context, { explain: true });
    expect(result.exitCode).toBe(0);
    expect(stdout()).toMatch(new RegExp(`\\[y/N\\] Deleted Containers:\\n${set.own}\\n\\nTotal reclaimed space: \\d+(\\.\\d+)?k?B\\n$`));
    expect([await exists(set.own), await exists(set.running), await exists(set.foreign), await exists(set.inherited)]).toEqual([false, true, true, true]);
    expect(stderr()).toMatch(/GET \/containers\/json → 200\n {2}DELETE \/containers\/\{id\} → 204\n/);
  });

  it('keeps what the until filter protects, and with nothing to remove reports only the total', async () => {
    const set = await world();
    const { context, stdout } = await captureContext();
    await executeCommandLine('docker container prune -f --filter until=1h', { ...context, env: { ...env, DOCKTUTOR_RUN_LABEL: set.label } }, { explain: false });
    expect(stdout()).toBe('Total reclaimed space: 0B\n');
    expect(await exists(set.own)).toBe(true);
  });

  it('with --all-objects is docker\'s own prune: it takes someone else\'s stopped containers too, and prints what the CLI prints', async () => {
    const [ours, theirs] = [await world(), await world()];
    const { context, stdout, stderr } = await captureContext();
    // One after the other: the daemon runs one prune at a time and refuses a second meanwhile.
    const result = await executeCommandLine(['docker', 'container', 'prune', '--all-objects', '-f', '--filter', `label=${RUN_LABEL}=${ours.label}`], context, { explain: true });
    const cli = await dockerCli(['container', 'prune', '-f', '--filter', `label=${RUN_LABEL}=${theirs.label}`]);
    expect(result.exitCode).toBe(cli.code);
    const shape = (text: string, set: { own: string; foreign: string; inherited: string }) =>
      text.replace(set.own, 'OWN').replace(set.foreign, 'FOREIGN').replace(set.inherited, 'INHERITED').split('\n').sort().join('\n');
    expect(shape(stdout(), ours)).toBe(shape(cli.stdout, theirs));
    expect(stdout()).toContain(ours.foreign);
    expect([await exists(ours.own), await exists(ours.foreign), await exists(ours.running)]).toEqual([false, false, true]);
    expect(stderr()).toContain('POST /containers/prune → 200');
  });

  it('with --all-objects asks docker\'s question, saying it goes beyond docktutor\'s containers', async () => {
    const set = await world();
    const { context, stdout } = await terminal('no\n', set.label);
    await executeCommandLine(['docker', 'container', 'prune', '--all-objects', '--filter', `label=${RUN_LABEL}=${set.label}`], context, { explain: false });
    expect(stdout()).toBe('WARNING! This will remove all stopped containers, including ones docktutor did not create.\nAre you sure you want to continue? [y/N] ');
    expect(await exists(set.foreign)).toBe(true);
  });
});
