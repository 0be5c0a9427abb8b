/**
 * Runs `docker start` (without -a or -i): POST /containers/{id}/start for each container in turn. Like
 * the docker CLI, a container that will not start is reported on stderr at once and the others are
 * still started; the command then fails naming the ones that did not start.
 */
import { DocktutorError } from '../../../errors.js';
import { toDocktutorError } from '../../engine/errors.js';
import { ignoreNotModified } from '../each-target.js';
import type { CommandHandler } from '../types.js';
import { startCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const m = startCommandMessages();
  const { docker, address } = context.connection;
  const failed: string[] = [];
  let hint: string | undefined;
  for (const name of command.args) {
    try {
      await docker.getContainer(name).start().catch(ignoreNotModified);
      context.stdout.write(`${name}\n`);
    } catch (error) {
      const failure = toDocktutorError(error, address.url, { notFound: m.notFoundHint });
      context.stderr.write(`${failure.message}\n`);
      hint ??= failure.hint;
      failed.push(name);
    }
  }
  if (failed.length > 0) throw new DocktutorError('daemon', m.failed(failed.join(', ')), hint === undefined ? {} : { hint });
  return { exitCode: 0, output: '' };
};
