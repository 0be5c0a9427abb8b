/**
 * `docker volume create [NAME]`: POST /volumes/create with docktutor's labels beside the user's, so
 * that `docktutor clean` can find the volume later. Prints the volume's name, as the docker CLI does.
 */
import { toDocktutorError } from '../../engine/errors.js';
import { docktutorLabels } from '../../engine/labels.js';
import { flagList, flagString } from '../flags.js';
import type { CommandHandler } from '../types.js';

/** `--label k=v`, `-o k=v`: split at the first `=`; a bare key gets an empty value (docker's ConvertKVStringsToMap). */
export function keyValues(entries: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    if (equals < 0) map[entry] = '';
    else map[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  return map;
}

export const execute: CommandHandler = async (command, context) => {
  const { docker, address } = context.connection;
  const body = {
    Name: command.args[0] ?? '',
    Driver: flagString(command, 'driver') ?? 'local',
    DriverOpts: keyValues(flagList(command, 'opt')),
    Labels: { ...keyValues(flagList(command, 'label')), ...docktutorLabels('volume create', context.env, context.lesson) },
  };
  let created: { name: string };
  try {
    // dockerode answers with a handle on the volume, named as the daemon named it.
    created = (await docker.createVolume(body)) as unknown as { name: string };
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  context.stdout.write(`${created.name}\n`);
  return { exitCode: 0, output: '' };
};
