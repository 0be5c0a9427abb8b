/** `docker version`: docktutor as the client, the daemon's own answer as the server. */
import { readVersion } from '../../../version.js';
import { CLIENT_API_VERSION } from '../../engine/connect.js';
import { formatVersion, goPlatform } from '../../format/version.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (_command, context) => {
  const { address, apiVersion } = context.connection;
  // Connecting only pinged the daemon: this is the command's one GET /version, shown in the note.
  const server = await context.connection.daemonVersion();
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
