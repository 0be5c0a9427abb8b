/**
 * `docker volume create [NAME]`: POST /volumes/create with docktutor's labels beside the user's, so
 * that `docktutor clean` can find the volume later. Prints the volume's name, as the docker CLI does.
 */
import type Docker from 'dockerode';
import { toDocktutorError } from '../../engine/errors.js';
import { docktutorLabels, MANAGED_LABEL } from '../../engine/labels.js';
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
  let created: { Name: string; Labels?: Record<string, string> | null };
  try {
    created = await createVolume(docker, body);
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  context.stdout.write(`${created.Name}\n`);
  // A volume already so named comes back as it was, without docktutor's labels: not docktutor's to clean.
  const ours = created.Labels?.[MANAGED_LABEL] === 'true';
  return { exitCode: 0, output: '', ...(ours ? { created: [{ kind: 'volume' as const, id: created.Name }] } : {}) };
};

/** POST /volumes/create, answered with the volume as the daemon holds it (dockerode keeps only its name). */
function createVolume(docker: Docker, body: object): Promise<{ Name: string; Labels?: Record<string, string> | null }> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      { path: '/volumes/create?', method: 'POST', options: { _body: body }, statusCodes: { 200: true, 201: true, 400: 'bad parameter', 409: 'conflict', 500: 'server error' } },
      (error: unknown, data: unknown) => (error ? reject(error) : resolve(data as { Name: string; Labels?: Record<string, string> | null })),
    );
  });
}
