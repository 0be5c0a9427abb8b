/** Runs `docker images`: GET /images/json, newest first, laid out by format/images.ts. */
import { buildFilters, listError } from '../../engine/filters.js';
import { readImageList } from '../../engine/answers/lists.js';
import { formatImageTable } from '../../format/images.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const { flags, args } = command;
  const { docker, address } = context.connection;
  // `docker images busybox` is the reference filter under another name.
  const filters = buildFilters(flags.filter, args[0] === undefined ? {} : { reference: args[0] });
  let answer: unknown;
  try {
    answer = await docker.listImages({ all: flags.all === true, filters } as never);
  } catch (error) {
    throw listError(error, address.url, 'images');
  }
  const images = readImageList(answer, address.url);
  const sorted = [...images].sort((a, b) => b.Created - a.Created);
  context.stdout.write(
    formatImageTable(sorted, { trunc: flags['no-trunc'] !== true, quiet: flags.quiet === true, digests: flags.digests === true, nowMs: Date.now() }),
  );
  return { exitCode: 0, output: '' };
};
