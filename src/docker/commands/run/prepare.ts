/**
 * What `docker run` settles before the container is created: the --env-file lines, a lesson step kept
 * inside its practice folder (bind sources and env files), ports refused where the daemon has no
 * bridge network to publish them on, and the named volumes created with docktutor's labels (and
 * recorded as docktutor's) when they do not exist yet, so that `docktutor clean` can find them.
 */
import { DocktutorError } from '../../../errors.js';
import { recordCreated } from '../../clean/created-record.js';
import { toDocktutorError } from '../../engine/errors.js';
import { flagList } from '../flags.js';
import type { CommandContext, ParsedCommand } from '../types.js';
import { readEnvFile } from './env-file.js';
import { leadsOutside } from './host-paths.js';
import { runCommandMessages } from './messages.js';
import { readMounts } from './mounts.js';

const REFUSED = 125;

export async function readEnvFiles(command: ParsedCommand, context: CommandContext): Promise<string[]> {
  const lines: string[] = [];
  for (const file of flagList(command, 'env-file')) {
    if (context.lesson !== undefined) {
      const real = leadsOutside(context.cwd, file);
      if (real !== undefined) throw leavesFolder(runCommandMessages().envFileLeavesFolder(file, real));
    }
    lines.push(...(await readEnvFile(file, context.cwd, context.env)));
  }
  return lines;
}

/** In a lesson step, every host path a bind mount names must really be inside the practice folder. */
export function keepBindsInFolder(command: ParsedCommand, context: CommandContext): void {
  if (context.lesson === undefined) return;
  for (const { path, spec } of readMounts(flagList(command, 'volume'), flagList(command, 'mount'), context.cwd).hostPaths) {
    const real = leadsOutside(context.cwd, path);
    if (real !== undefined) throw leavesFolder(runCommandMessages().bindLeavesFolder(spec, real));
  }
}

/** `-p`/`-P` on the default network need the daemon's `bridge` network; a daemon run with --bridge=none has none. */
export async function requireBridgeForPorts(command: ParsedCommand, context: CommandContext): Promise<void> {
  const network = typeof command.flags.network === 'string' ? command.flags.network : 'default';
  const publishes = flagList(command, 'publish').length > 0 || command.flags['publish-all'] === true;
  if (!publishes || (network !== 'default' && network !== 'bridge')) return;
  const { docker, address } = context.connection;
  const found = await docker.getNetwork('bridge').inspect().then(
    () => true,
    (error: unknown) => {
      if ((error as { statusCode?: number }).statusCode === 404) return false;
      throw toDocktutorError(error, address.url);
    },
  );
  if (found) return;
  const m = runCommandMessages();
  throw new DocktutorError('daemon', m.noBridge, { hint: m.noBridgeHint, exitCode: REFUSED });
}

/** Creates the named volumes that do not exist yet, with docktutor's labels; returns their names. */
export async function createMissingVolumes(command: ParsedCommand, labels: Record<string, string>, context: CommandContext): Promise<string[]> {
  const { docker, address } = context.connection;
  const created: string[] = [];
  for (const volume of readMounts(flagList(command, 'volume'), flagList(command, 'mount'), context.cwd).volumes) {
    if (created.includes(volume.name)) continue;
    try {
      const exists = await docker.getVolume(volume.name).inspect().then(
        () => true,
        (error: unknown) => {
          if ((error as { statusCode?: number }).statusCode === 404) return false;
          throw error;
        },
      );
      if (exists) continue;
      await docker.createVolume({ Name: volume.name, Driver: volume.driver ?? 'local', DriverOpts: volume.options ?? {}, Labels: { ...volume.labels, ...labels } });
    } catch (error) {
      const failure = toDocktutorError(error, address.url);
      throw new DocktutorError(failure.kind, failure.message, { exitCode: REFUSED, cause: error, ...(failure.hint === undefined ? {} : { hint: failure.hint }) });
    }
    // Recorded at once, as run records its container; an unwritable data folder only leaves the volume unproven.
    await recordCreated('volume', volume.name, context.env).catch(() => undefined);
    created.push(volume.name);
  }
  return created;
}

function leavesFolder(message: string): DocktutorError {
  return new DocktutorError('usage', message, { hint: runCommandMessages().leavesFolderHint, exitCode: REFUSED });
}
