/** `docker volume ls`: GET /volumes, laid out by format/volumes.ts. */
import { buildFilters } from '../../engine/filters.js';
import { toDocktutorError } from '../../engine/errors.js';
import { formatVolumeTable, type VolumeSummary } from '../../format/volumes.js';
import { flagBool } from '../flags.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const { docker, address } = context.connection;
  const filters = buildFilters(command.flags.filter);
  let volumes: VolumeSummary[];
  try {
    volumes = ((await docker.listVolumes({ filters } as never)) as unknown as { Volumes: VolumeSummary[] | null }).Volumes ?? [];
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  context.stdout.write(formatVolumeTable(volumes, { quiet: flagBool(command, 'quiet') }));
  return { exitCode: 0, output: '' };
};
