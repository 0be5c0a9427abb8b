/** `docker system df`: GET /system/df, summed up as the docker CLI's table (format/disk-usage.ts). */
import { toDocktutorError } from '../../engine/errors.js';
import { formatDiskUsage, type DiskUsage } from '../../format/disk-usage.js';
import type { Outcome } from '../module.js';
import type { CommandHandler } from '../types.js';
import { systemMessages } from './messages.js';

export { systemDfSpec as spec } from './spec.js';

export function flagHelp(): Record<string, string> {
  return {};
}

export const execute: CommandHandler = async (_command, context) => {
  const { docker, address } = context.connection;
  let usage: DiskUsage;
  try {
    usage = (await docker.df()) as DiskUsage;
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  context.stdout.write(formatDiskUsage(usage));
  return { exitCode: 0, output: '' };
};

export function explain({ exitCode }: Outcome): string | undefined {
  return exitCode === 0 ? systemMessages().counted : undefined;
}
