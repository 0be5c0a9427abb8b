/** `docker info`: the daemon's configuration and counts, in the docker CLI's layout. */
import { readVersion } from '../../../version.js';
import { toDocktutorError } from '../../engine/errors.js';
import { formatInfo, type DaemonInfo } from '../../format/info.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (_command, context) => {
  const { docker, address } = context.connection;
  let info: DaemonInfo;
  try {
    info = (await docker.info()) as DaemonInfo;
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  const { stdout, warnings } = formatInfo({ version: readVersion(), context: address.context ?? 'default' }, info);
  context.stdout.write(stdout);
  for (const warning of warnings) context.stderr.write(`${warning}\n`);
  return { exitCode: 0, output: '' };
};
