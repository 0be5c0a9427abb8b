/**
 * `docktutor clean` and the volumes and networks docktutor creates: removed when labelled AND recorded
 * as docktutor's, beside volumes and networks it did not create, which stay whatever their labels.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clean, type CleanIo } from '../../src/cli/commands/clean.js';
import { recordCreated } from '../../src/docker/clean/created-record.js';
import { executeCommandLine } from '../../src/docker/commands/execute.js';
import { docktutorLabels } from '../../src/docker/engine/labels.js';
import { describeDocker, uniqueName } from '../helpers/docker.js';
import { captureContext, sharedConnection } from './command-context.js';

describeDocker('docktutor clean: volumes and networks', () => {
  const run = uniqueName('clean-vol-run');
  const names = {
    created: uniqueName('v-created'),
    byRun: uniqueName('v-by-run'),
    inUse: uniqueName('v-in-use'),
    labelledOnly: uniqueName('v-labelled-only'),
    plain: uniqueName('v-plain'),
    user: uniqueName('c-user'),
    network: uniqueName('n-ours'),
    networkLabelledOnly: uniqueName('n-labelled-only'),
  };
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dt-clean-vol-'));
    env = { ...process.env, DOCKTUTOR_RUN_LABEL: run, DOCKTUTOR_HOME: join(dir, 'home') };
    const docktutor = async (line: string[]) => executeCommandLine(['docker', ...line], (await captureContext({ env, cwd: dir })).context, { explain: false });
    await docktutor(['volume', 'create', names.created]);
    await docktutor(['volume', 'create', names.inUse]);
    await docktutor(['run', '--rm', '-v', `${names.byRun}:/data`, 'busybox', 'true']);
    const { docker } = await sharedConnection();
    // What docktutor did not create: one carrying its labels without the record, one without labels,
    // and a container of the user's that mounts one of docktutor's volumes.
    await docker.createVolume({ Name: names.labelledOnly, Labels: docktutorLabels('volume create', env) });
    await docker.createVolume({ Name: names.plain });
    await docker.createContainer({ name: names.user, Image: 'busybox:latest', Cmd: ['true'], HostConfig: { Binds: [`${names.inUse}:/data`] } });
    const ours = await docker.createNetwork({ Name: names.network, Labels: docktutorLabels('network create', env) });
    await recordCreated('network', ours.id, env);
    await docker.createNetwork({ Name: names.networkLabelledOnly, Labels: docktutorLabels('network create', env) });
  });

  afterAll(async () => {
    const { docker } = await sharedConnection();
    await docker.getContainer(names.user).remove({ force: true }).catch(() => undefined);
    for (const name of [names.created, names.byRun, names.inUse, names.labelledOnly, names.plain]) await docker.getVolume(name).remove().catch(() => undefined);
    for (const name of [names.network, names.networkLabelledOnly]) await docker.getNetwork(name).remove().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  function io(): CleanIo & { text: () => string } {
    const chunks: string[] = [];
    return {
      stdout: new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) }),
      stdin: Object.assign(new PassThrough(), { isTTY: false }),
      env,
      confirm: async () => false,
      text: () => chunks.join(''),
    };
  }

  const volumeExists = async (name: string) => (await sharedConnection()).docker.getVolume(name).inspect().then(() => true, () => false);
  const networkExists = async (name: string) => (await sharedConnection()).docker.getNetwork(name).inspect().then(() => true, () => false);

  it('lists the volumes and the network docktutor created, and counts the labelled ones it did not', async () => {
    const out = io();
    await clean({ dryRun: true }, out);
    const text = out.text();
    expect(text).toMatch(new RegExp(`  Volumes:\\n(    .*\\n){3}`));
    for (const name of [names.created, names.byRun, names.inUse, names.network]) expect(text).toContain(name);
    for (const name of [names.labelledOnly, names.plain, names.networkLabelledOnly]) expect(text).not.toContain(name);
    expect(text).toContain("Left alone: 2 objects carrying docktutor's label that docktutor did not create");
  });

  it("removes them with --yes, leaves a volume a user's container still uses, and touches nothing else", async () => {
    const out = io();
    await expect(clean({ yes: true }, out)).rejects.toMatchObject({ code: 1 });
    const text = out.text();
    expect(text).toContain(`Removed volume ${names.created}`);
    expect(text).toContain(`Removed volume ${names.byRun}`);
    expect(text).toContain(`Removed network ${names.network}`);
    expect(text).toMatch(new RegExp(`Could not remove ${names.inUse}: remove ${names.inUse}: volume is in use`));
    expect(await volumeExists(names.created)).toBe(false);
    expect(await volumeExists(names.byRun)).toBe(false);
    expect(await networkExists(names.network)).toBe(false);
    for (const name of [names.inUse, names.labelledOnly, names.plain]) expect(await volumeExists(name)).toBe(true);
    expect(await networkExists(names.networkLabelledOnly)).toBe(true);
  });
});
