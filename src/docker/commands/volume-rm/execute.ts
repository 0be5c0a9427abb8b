/**
 * `docker volume rm NAME...`: DELETE /volumes/{name} for each, printing each name removed; the
 * daemon's refusals (a volume in use: 409) are reported after, one line each, with exit code 1.
 */
import { DocktutorError } from '../../../errors.js';
import { daemonMessages } from '../../../i18n/docker.js';
import { daemonReason, toDocktutorError } from '../../engine/errors.js';
import { flagBool } from '../flags.js';
import type { CommandHandler } from '../types.js';
import { volumeRmCommandMessages } from './messages.js';

export const execute: CommandHandler = async (command, context) => {
  const { docker, address } = context.connection;
  const force = flagBool(command, 'force');
  const errors: { status: number; name: string; text: string }[] = [];
  for (const name of command.args) {
    try {
      await docker.getVolume(name).remove({ force } as never);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === undefined) throw toDocktutorError(error, address.url);
      errors.push({ status, name, text: daemonMessages().daemonSays(daemonReason(error)) });
      continue;
    }
    context.stdout.write(`${name}\n`);
  }
  if (errors.length === 0) return { exitCode: 0, output: '' };
  const m = volumeRmCommandMessages();
  const inUse = errors.find((error) => error.status === 409);
  const kind = inUse ? 'conflict' : errors.some((error) => error.status === 404) ? 'not-found' : 'daemon';
  const hint = inUse ? m.inUseHint(inUse.name) : kind === 'not-found' ? m.missingHint : undefined;
  throw new DocktutorError(kind, errors.map((error) => error.text).join('\n'), hint === undefined ? { exitCode: 1 } : { hint, exitCode: 1 });
};
