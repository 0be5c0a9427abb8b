/**
 * Runs `docker rmi`: DELETE /images/{name} for each image in turn, printing the daemon's answer as the
 * docker CLI does: an `Untagged:` line per name removed and a `Deleted:` line per image or layer
 * deleted. Errors come at the end; with -f, names that do not exist are only reported on stderr.
 */
import type { DocktutorError } from '../../../errors.js';
import { toDocktutorError } from '../../engine/errors.js';
import { throwAll } from '../each-target.js';
import { flagBool } from '../flags.js';
import type { CommandHandler } from '../types.js';
import { rmiCommandMessages } from './messages.js';

interface DeleteItem {
  Untagged?: string;
  Deleted?: string;
}

export const execute: CommandHandler = async (command, context) => {
  const m = rmiCommandMessages();
  const { docker, address } = context.connection;
  const force = flagBool(command, 'force');
  const options = { force, noprune: flagBool(command, 'no-prune') };
  const failures: DocktutorError[] = [];
  for (const name of command.args) {
    try {
      const items = (await docker.getImage(name).remove(options)) as DeleteItem[];
      for (const item of items) context.stdout.write(item.Deleted ? `Deleted: ${item.Deleted}\n` : `Untagged: ${item.Untagged ?? ''}\n`);
    } catch (error) {
      failures.push(toDocktutorError(error, address.url, { notFound: m.notFoundHint, conflict: m.inUseHint }));
    }
  }
  // Like the docker CLI: with -f, only names that were not found are forgiven, and still reported.
  if (force && failures.length > 0 && failures.every((failure) => failure.kind === 'not-found')) {
    context.stderr.write(`${failures.map((failure) => failure.message).join('\n')}\n`);
    return { exitCode: 0, output: '' };
  }
  throwAll(failures);
  return { exitCode: 0, output: '' };
};
