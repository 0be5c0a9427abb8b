/** `docker volume ls`: GET /volumes, laid out by format/volumes.ts. */
import { buildFilters } from '../../engine/filters.js';
import { toDocktutorError } from '../../engine/errors.js';
import { readVolumeList } from '../../engine/answers/lists.js';
import { formatVolumeTable } from '../../format/volumes.js';
import { flagBool } from '../flags.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const { docker, address } = context.connection;
  const filters = buildFilters(command.flags.filter);
  let answer: unknown;
  try {
    answer = await docker.listVolumes({ filters } as never);
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  const volumes = readVolumeList(answer, address.url);
  context.stdout.write(formatVolumeTable(volumes, { quiet: flagBool(command, 'quiet') }));
  return { exitCode: 0, output: '' };
};
