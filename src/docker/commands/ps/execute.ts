/** `docker ps`: the containers the daemon knows, as the docker CLI's table. */
import { buildFilters, listError } from '../../engine/filters.js';
import { formatContainerTable } from '../../format/containers.js';
import { readContainerList } from '../../engine/answers/lists.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const { flags } = command;
  const { docker, address } = context.connection;
  // -n and -l imply -a on the daemon's side: the newest containers whatever their state.
  let limit = flags.last === undefined ? -1 : Number(flags.last);
  if (flags.latest === true && limit === -1) limit = 1;
  const query: Record<string, unknown> = { all: flags.all === true, filters: buildFilters(flags.filter) };
  if (limit > 0) query.limit = limit;
  if (flags.size === true) query.size = true;
  let answer: unknown;
  try {
    answer = await docker.listContainers(query);
  } catch (error) {
    throw listError(error, address.url, 'ps');
  }
  const containers = readContainerList(answer, address.url);
  // The daemon already sorts newest first; a stable sort keeps its order for equal seconds.
  const sorted = [...containers].sort((a, b) => b.Created - a.Created);
  context.stdout.write(
    formatContainerTable(sorted, { trunc: flags['no-trunc'] !== true, quiet: flags.quiet === true, size: flags.size === true, nowMs: Date.now() }),
  );
  return { exitCode: 0, output: '' };
};
