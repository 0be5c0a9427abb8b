/**
 * The docker-credential-<name> helper protocol, the same programs the docker CLI runs for credsStore
 * and credHelpers: the action is the only argument, the payload goes to stdin, the answer (or the
 * error text) comes back on stdout.
 */
import { spawn } from 'node:child_process';
import { DocktutorError } from '../../errors.js';
import { registryMessages } from '../../i18n/registry.js';
import { escapeControls } from '../../terminal/controls.js';
import { AnswerTooLarge, describeLimit, readCapped } from '../engine/read-capped.js';
import { TOKEN_USERNAME, type Credentials } from './credentials-config.js';

type Action = 'store' | 'get' | 'erase' | 'list';

/** A login is a few hundred bytes and `list` a line per registry: past this a helper is not answering. */
export const MAX_HELPER_OUTPUT_BYTES = 1024 * 1024;

/**
 * The docker CLI waits for a helper as long as it takes; a tutor must not hang on one that waits for a
 * keychain prompt nobody sees. Overridden (tests) by DOCKTUTOR_HELPER_TIMEOUT_MS, read in runHelper only.
 */
export const HELPER_TIMEOUT_MS = 30_000;

/** What helpers print when they have nothing for a server (docker-credential-helpers' ErrCredentialsNotFound). */
const NOT_FOUND = /credentials not found/i;

export async function helperGet(helper: string, serverAddress: string, env: NodeJS.ProcessEnv): Promise<Credentials | undefined> {
  const result = await runHelper(helper, 'get', serverAddress, env);
  if (result.code !== 0) {
    if (NOT_FOUND.test(result.stdout)) return undefined;
    throw helperError(helper, 'get', result.stdout || result.stderr);
  }
  const answer = parseAnswer(helper, 'get', result.stdout);
  const m = registryMessages();
  if (typeof answer.Secret !== 'string') throw badAnswer(helper, 'get', m.helperNoSecret);
  if (answer.Username !== undefined && typeof answer.Username !== 'string') throw badAnswer(helper, 'get', m.helperNotJson);
  // An empty secret is how some helpers say they hold nothing: not logged in, as before.
  if (answer.Secret === '') return undefined;
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
  const answer = parseAnswer(helper, 'list', result.stdout || '{}');
  if (!Object.values(answer).every((value) => typeof value === 'string')) throw badAnswer(helper, 'list', registryMessages().helperNotJson);
  return answer as Record<string, string>;
}

/** The helper's JSON object, or one line naming the helper when it printed something else. */
function parseAnswer(helper: string, action: Action, stdout: string): Record<string, unknown> {
  let answer: unknown;
  try {
    answer = JSON.parse(stdout);
  } catch {
    throw badAnswer(helper, action, registryMessages().helperNotJson);
  }
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) throw badAnswer(helper, action, registryMessages().helperNotJson);
  return answer as Record<string, unknown>;
}

interface HelperResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runHelper(helper: string, action: Action, input: string, env: NodeJS.ProcessEnv): Promise<HelperResult> {
  const program = `docker-credential-${helper}`;
  const timeoutMs = Number(env.DOCKTUTOR_HELPER_TIMEOUT_MS) || HELPER_TIMEOUT_MS;
  const child = spawn(program, [action], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const started = new Promise<number>((resolve, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => {
      const m = registryMessages();
      if (error.code === 'ENOENT') reject(new DocktutorError('auth', m.helperMissing(program), { hint: m.helperMissingHint(helper) }));
      else reject(helperError(helper, action, error.message));
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const m = registryMessages();
      reject(new DocktutorError('auth', m.helperTimeout(program, action, describeWait(timeoutMs)), { hint: m.helperTimeoutHint(helper) }));
    }, timeoutMs);
  });
  // The helper may exit before reading stdin (an unknown action): that is reported by its exit code.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  // Both outputs at once, each capped: a helper that floods one is stopped, not buffered.
  const read = (stream: NodeJS.ReadableStream) =>
    readCapped(stream as AsyncIterable<Buffer>, MAX_HELPER_OUTPUT_BYTES).then((bytes) => bytes.toString('utf8').trim());
  const answered = Promise.all([read(child.stdout), read(child.stderr), started]);
  // Once the race is lost to the timeout, the reads still end (in an error, as their streams are destroyed): nobody waits for them.
  answered.catch(() => undefined);
  return Promise.race([answered, timedOut]).then(
    ([stdout, stderr, code]) => ({ code, stdout, stderr }),
    (error: unknown) => {
      child.kill('SIGKILL');
      // A program the helper started may hold its outputs open after it is killed: stop reading them too.
      child.stdout.destroy();
      child.stderr.destroy();
      if (error instanceof AnswerTooLarge) throw badAnswer(helper, action, registryMessages().helperTooMuch(describeLimit(error.limit)));
      throw error;
    },
  ).finally(() => clearTimeout(timer));
}

/** 30000 -> "30 s", 500 -> "500 ms". */
function describeWait(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** The helper's own words are shown, but only their first line, shortened, with control characters escaped. */
function helperError(helper: string, action: Action, text: string): DocktutorError {
  const m = registryMessages();
  const line = text.split('\n')[0] ?? '';
  const shown = escapeControls(line.length > 200 ? `${line.slice(0, 200)}…` : line, 'line');
  return new DocktutorError('auth', m.helperFailed(`docker-credential-${helper}`, action, shown), { hint: m.helperFailedHint });
}

function badAnswer(helper: string, action: Action, what: string): DocktutorError {
  const m = registryMessages();
  return new DocktutorError('auth', m.helperBadAnswer(`docker-credential-${helper}`, action, what), { hint: m.helperFailedHint });
}
