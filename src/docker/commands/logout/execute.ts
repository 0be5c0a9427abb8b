/**
 * docker logout [SERVER]: forgets the stored login, in config.json and in the credential helper.
 * Like docker CLI 28 it announces the removal whether or not a login was stored.
 */
import { usageError } from '../../../errors.js';
import { registryMessages } from '../../../i18n/registry.js';
import { CommandOutput } from '../output.js';
import { eraseCredentials } from '../../registry/credentials.js';
import { credentialKey, DOCKER_HUB_AUTH_KEY } from '../../registry/reference.js';
import type { CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const m = registryMessages();
  if (command.args.length > 1) throw usageError(m.atMostOneArgument('logout'), m.loginUsage);
  const server = command.args[0] ? credentialKey(command.args[0]) : DOCKER_HUB_AUTH_KEY;
  const output = new CommandOutput(context);
  output.out(`Removing login credentials for ${server}\n`);
  await eraseCredentials(server, context.env);
  return { exitCode: 0, output: output.text };
};
