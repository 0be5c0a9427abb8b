/**
 * Runs `docker rm`: DELETE /containers/{id} for each container, side by side as the docker CLI does
 * (`?force=1` kills a running one first, `?v=1` removes its anonymous volumes too). With -f, a name
 * that does not exist is only reported, as docker does.
 */
import { DocktutorError } from '../../../errors.js';
import { forEachTarget } from '../each-target.js';
import { flagBool } from '../flags.js';
import type { CommandHandler } from '../types.js';
import { rmCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const m = rmCommandMessages();
  const force = flagBool(command, 'force');
  const options = { force, v: flagBool(command, 'volumes') };
  const { docker } = context.connection;
  const remove = async (given: string) => {
    // The docker CLI trims the slash of a name as the API lists it (`/web`), and refuses an empty one itself.
    const name = given.replace(/^\/+|\/+$/g, '');
    if (name === '') throw new DocktutorError('usage', m.emptyName, { exitCode: 1 });
    await docker.getContainer(name).remove(options);
  };
  await forEachTarget(command.args, remove, context, {
    parallel: true,
    forgiveNotFound: force,
    hints: { notFound: m.notFoundHint, conflict: m.runningHint },
  });
  return { exitCode: 0, output: '' };
};
