/** `docker volume ls`: GET /volumes, laid out by format/volumes.ts. */
import type { Lang } from '../../../i18n/index.js';
import { buildFilters } from '../../engine/filters.js';
import { toDocktutorError } from '../../engine/errors.js';
import { formatVolumeTable, type VolumeSummary } from '../../format/volumes.js';
import { flagBool } from '../flags.js';
import type { Outcome } from '../module.js';
import type { CommandHandler } from '../types.js';
import { volumeMessages } from './messages.js';

export { volumeLsSpec as spec } from './specs.js';

export function flagHelp(lang?: Lang): Record<string, string> {
  return volumeMessages(lang).flags.ls;
}

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

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? volumeMessages().listed : undefined;
}
