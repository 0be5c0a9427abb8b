/** `docker system df`: GET /system/df, summed up as the docker CLI's table (format/disk-usage.ts). */
import { toDocktutorError } from '../../engine/errors.js';
import { formatDiskUsage, type DiskUsage } from '../../format/disk-usage.js';
import type { CommandHandler } from '../types.js';

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
