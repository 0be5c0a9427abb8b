/**
 * Runs `docker restart`: POST /containers/{id}/restart for each container in turn, as the docker CLI
 * does; the daemon stops the container the way `docker stop` would (`?t=` is the grace period) and
 * starts it again.
 */
import { forEachTarget } from '../each-target.js';
import { flagString } from '../flags.js';
import type { CommandHandler } from '../types.js';
import { restartCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const timeout = flagString(command, 'timeout');
  const options = timeout === undefined ? {} : { t: Number(timeout) };
  const { docker } = context.connection;
  await forEachTarget(command.args, async (name) => void (await docker.getContainer(name).restart(options)), context, {
    hints: { notFound: restartCommandMessages().notFoundHint },
  });
  return { exitCode: 0, output: '' };
};
