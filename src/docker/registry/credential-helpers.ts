/**
 * The docker-credential-<name> helper protocol, the same programs the docker CLI runs for credsStore
 * and credHelpers: the action is the only argument, the payload goes to stdin, the answer (or the
 * error text) comes back on stdout.
 */
import { spawn } from 'node:child_process';
import { DocktutorError } from '../../errors.js';
import { registryMessages } from '../../i18n/registry.js';
import { TOKEN_USERNAME, type Credentials } from './credentials-config.js';

type Action = 'store' | 'get' | 'erase' | 'list';

/** What helpers print when they have nothing for a server (docker-credential-helpers' ErrCredentialsNotFound). */
const NOT_FOUND = /credentials not found/i;

export async function helperGet(helper: string, serverAddress: string, env: NodeJS.ProcessEnv): Promise<Credentials | undefined> {
  const result = await runHelper(helper, 'get', serverAddress, env);
  if (result.code !== 0) {
    if (NOT_FOUND.test(result.stdout)) return undefined;
    throw helperError(helper, 'get', result.stdout || result.stderr);
  }
  const answer = JSON.parse(result.stdout) as { Username?: string; Secret?: string };
  if (!answer.Secret) return undefined;
  const username = answer.Username ?? '';
  return username === TOKEN_USERNAME
    ? { serverAddress, username: '', secret: answer.Secret, identityToken: true }
    : { serverAddress, username, secret: answer.Secret };
}

export async function helperStore(helper: string, credentials: Credentials, env: NodeJS.ProcessEnv): Promise<void> {
  const payload = JSON.stringify({
    ServerURL: credentials.serverAddress,
    Username: credentials.identityToken ? TOKEN_USERNAME : credentials.username,
    Secret: credentials.secret,
  });
  const result = await runHelper(helper, 'store', payload, env);
  // A helper may echo what it was given in its error: never let the secret reach the screen.
  if (result.code !== 0) throw helperError(helper, 'store', (result.stdout || result.stderr).split(credentials.secret).join('****'));
}

export async function helperErase(helper: string, serverAddress: string, env: NodeJS.ProcessEnv): Promise<void> {
  const result = await runHelper(helper, 'erase', serverAddress, env);
  if (result.code !== 0 && !NOT_FOUND.test(result.stdout)) throw helperError(helper, 'erase', result.stdout || result.stderr);
}

/** Server URL -> user name, for every login the helper holds. */
export async function helperList(helper: string, env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  const result = await runHelper(helper, 'list', '', env);
  if (result.code !== 0) throw helperError(helper, 'list', result.stdout || result.stderr);
  return JSON.parse(result.stdout || '{}') as Record<string, string>;
}

interface HelperResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runHelper(helper: string, action: Action, input: string, env: NodeJS.ProcessEnv): Promise<HelperResult> {
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = spawn(program, [action], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const m = registryMessages();
      if (error.code === 'ENOENT') reject(new DocktutorError('auth', m.helperMissing(program), { hint: m.helperMissingHint(helper) }));
      else reject(helperError(helper, action, error.message));
    });
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8').trim(), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
    // The helper may exit before reading stdin (an unknown action): that is reported by its exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

function helperError(helper: string, action: Action, text: string): DocktutorError {
  const m = registryMessages();
  return new DocktutorError('auth', m.helperFailed(`docker-credential-${helper}`, action, text.split('\n')[0] ?? ''), {
    hint: m.helperFailedHint,
  });
}
