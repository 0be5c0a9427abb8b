/**
 * docker login [-u USER] [-p PASS | --password-stdin] [SERVER]: the daemon checks the login with the
 * registry (POST /auth) and only then is it stored, where the docker CLI keeps it. The password never
 * reaches the output, an error message or the request trace (it travels in the request body).
 */
import type { Readable } from 'node:stream';
import { DocktutorError, usageError } from '../../../errors.js';
import { registryMessages } from '../../../i18n/registry.js';
import { flagBool, flagString } from '../flags.js';
import { CommandOutput } from '../output.js';
import { type Credentials, loadCredentials, storeCredentials } from '../../registry/credentials.js';
import { askPassword, askUsername } from './prompts.js';
import { registryError } from '../../registry/errors.js';
import { credentialKey, DOCKER_HUB_AUTH_KEY, normalizeRegistryHost } from '../../registry/reference.js';
import type { CommandContext, CommandHandler } from '../types.js';

export const execute: CommandHandler = async (command, context) => {
  const m = registryMessages();
  if (command.args.length > 1) throw usageError(m.atMostOneArgument('login'), m.loginUsage);
  const server = command.args[0] ? credentialKey(command.args[0]) : DOCKER_HUB_AUTH_KEY;
  const host = normalizeRegistryHost(server);
  const output = new CommandOutput(context);
  let username = flagString(command, 'username');
  let password = flagString(command, 'password');
  const fromStdin = flagBool(command, 'password-stdin');
  if (password !== undefined && fromStdin) throw usageError(m.passwordAndStdin, m.loginUsage);
  if (password !== undefined) output.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
  if (fromStdin) {
    if (!username) throw usageError(m.passwordStdinNeedsUser, m.loginUsage);
    password = trimNewline(await readAll(context.stdin));
  }

  const stored = username === undefined && password === undefined ? await loadCredentials(host, context.env) : undefined;
  if (stored) {
    output.out(`Authenticating with existing credentials...${stored.username ? ` [Username: ${stored.username}]` : ''}\n`);
    if (await tryLogin(context, stored)) {
      output.out('Login Succeeded\n');
      return { exitCode: 0, output: output.text };
    }
  }

  const interactive = context.stdin.isTTY === true;
  if (!username) {
    if (!interactive) throw new DocktutorError('needs-terminal', m.usernameNeedsTerminal, { hint: m.loginNeedsTerminalHint });
    username = await askUsername(context, stored?.username);
    if (!username) throw usageError(m.emptyUsername, m.loginUserHint);
  }
  if (password === undefined) {
    if (!interactive) throw new DocktutorError('needs-terminal', m.loginNeedsTerminal, { hint: m.loginNeedsTerminalHint });
    password = await askPassword(context);
  }
  if (!password) throw usageError(m.emptyPassword, m.loginNeedsTerminalHint);

  const token = await checkLogin(context, { serverAddress: server, username, secret: password }, host);
  const credentials: Credentials = token
    ? { serverAddress: server, username, secret: token, identityToken: true }
    : { serverAddress: server, username, secret: password };
  const where = await storeCredentials(credentials, context.env);
  if (!where.helper) {
    output.err(
      `WARNING! Your credentials are stored unencrypted in '${where.file}'.\n` +
        'Configure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n',
    );
  }
  output.out('Login Succeeded\n');
  return { exitCode: 0, output: output.text };
};

/** Asks the daemon to log in to the registry; returns the identity token when the registry gives one. */
async function checkLogin(context: CommandContext, credentials: Credentials, host: string): Promise<string | undefined> {
  const { docker, address } = context.connection;
  const body = credentials.identityToken
    ? { identitytoken: credentials.secret, serveraddress: credentials.serverAddress }
    : { username: credentials.username, password: credentials.secret, serveraddress: credentials.serverAddress };
  try {
    const answer = (await docker.checkAuth(body)) as { IdentityToken?: string } | undefined;
    return answer?.IdentityToken || undefined;
  } catch (error) {
    const failure = registryError(error, host, address.url);
    const hide = (text: string) => text.split(credentials.secret).join('****');
    // Built afresh without `cause`: the dockerode error holds the request, and with it the password.
    return Promise.reject(
      new DocktutorError(failure.kind, hide(failure.message), {
        hint: failure.kind === 'auth' ? registryMessages().loginFailedHint(host) : hide(failure.hint ?? ''),
      }),
    );
  }
}

async function tryLogin(context: CommandContext, credentials: Credentials): Promise<boolean> {
  try {
    await checkLogin(context, credentials, normalizeRegistryHost(credentials.serverAddress));
    return true;
  } catch {
    // Stale stored credentials: ask for new ones, as the docker CLI does.
    return false;
  }
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function trimNewline(text: string): string {
  return text.replace(/[\r\n]+$/, '');
}
