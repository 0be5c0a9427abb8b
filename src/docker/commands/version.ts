/** `docker version`: docktutor as the client, the daemon's own answer as the server. */
import { readVersion } from '../../cli/version.js';
import { CLIENT_API_VERSION, type DaemonVersion } from '../connect.js';
import { toDocktutorError } from '../errors.js';
import { formatVersion, goPlatform } from '../format-version.js';
import type { CommandHandler } from './types.js';

export const execute: CommandHandler = async (_command, context) => {
  const { docker, address, apiVersion } = context.connection;
  let server: DaemonVersion;
  try {
    // Asked again rather than reusing the connection's answer, so the note shows the request.
    server = (await docker.version()) as unknown as DaemonVersion;
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  const platform = goPlatform(process.platform, process.arch);
  const client = {
    version: readVersion(),
    apiVersion,
    defaultApiVersion: CLIENT_API_VERSION,
    nodeVersion: process.version,
    os: platform.os,
    arch: platform.arch,
    context: address.context ?? 'default',
  };
  context.stdout.write(formatVersion(client, server));
  return { exitCode: 0, output: '' };
};
