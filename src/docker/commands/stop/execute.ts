/**
 * Runs `docker stop`: POST /containers/{id}/stop for each container, side by side as the docker CLI
 * does, printing each name as it was given. The daemon does the waiting: the stop signal, the grace
 * period (`?t=`, else the container's own, 10 s by default), then SIGKILL.
 */
import { forEachTarget, ignoreNotModified } from '../each-target.js';
import { flagString } from '../flags.js';
import type { CommandHandler } from '../types.js';
import { stopCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const timeout = flagString(command, 'timeout');
  // Without -t the daemon uses the container's own stop timeout, so none is sent.
  const options = timeout === undefined ? {} : { t: Number(timeout) };
  const { docker } = context.connection;
  await forEachTarget(command.args, (name) => docker.getContainer(name).stop(options).then(() => undefined, ignoreNotModified), context, {
    parallel: true,
    hints: { notFound: stopCommandMessages().notFoundHint },
  });
  return { exitCode: 0, output: '' };
};
