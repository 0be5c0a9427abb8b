/**
 * `docker run`: create (pulling the image first when it is missing), attach before start so no output
 * is lost, start, wait, and hand back the container's own exit code. A container that could not start
 * is removed again, and `--rm` is done here after the exit code is read, so nothing is left behind.
 */
import type Docker from 'dockerode';
import type { Readable } from 'node:stream';
import { DocktutorError } from '../../../errors.js';
import { containerMessages } from '../../../i18n/containers.js';
import { enterRawMode, followTerminalSize, forwardInterrupts, pumpStreams, requireTerminal } from '../../engine/attach.js';
import { normalizeImageReference } from '../../command-line/canonical.js';
import { daemonReason, toDocktutorError } from '../../engine/errors.js';
import { docktutorLabels } from '../../engine/labels.js';
import { recordCreated } from '../../clean/created-record.js';
import { buildCreateBody, type CreateBody } from './config.js';
import { recordRequest } from '../../engine/trace.js';
import { withContext, type CommandContext, type CommandHandler } from '../types.js';
import { runCommandMessages } from './messages.js';
import { createMissingVolumes, keepBindsInFolder, readEnvFiles, requireBridgeForPorts } from './prepare.js';

/** The docker CLI's exit code when the daemon refused to run the container at all. */
const DOCKER_FAILED = 125;

export const execute: CommandHandler = async (command, context) => {
  const { flags } = command;
  const { docker, address } = context.connection;
  if (flags.interactive === true && flags.tty === true && flags.detach !== true) requireTerminal(context.stdin);
  keepBindsInFolder(command, context);
  const envFiles = await readEnvFiles(command, context);
  const labels = docktutorLabels('run', context.env, context.lesson);
  const body = buildCreateBody(command, { labels, env: context.env, cwd: context.cwd, envFiles });
  await requireBridgeForPorts(command, context);
  await createMissingVolumes(command, labels, context);
  const name = typeof flags.name === 'string' ? flags.name : undefined;
  const created = await createPullingIfMissing(body, name, context);
  // Recorded at once, so that even a run cut short by a crash leaves a container clean can prove is docktutor's.
  await recordCreated('container', created.Id, context.env).catch(() => undefined);
  for (const warning of created.Warnings ?? []) context.stderr.write(`WARNING: ${warning}\n`);
  const container = docker.getContainer(created.Id);
  const detach = flags.detach === true;
  const tty = flags.tty === true;
  const interactive = flags.interactive === true;

  let stream: Readable | undefined;
  try {
    if (!detach) {
      stream = (await container.attach({ stream: true, stdout: true, stderr: true, stdin: interactive, hijack: interactive })) as unknown as Readable;
      if (interactive) recordRequest({ method: 'POST', path: `/containers/${created.Id}/attach`, status: 101 });
    }
    await container.start();
  } catch (error) {
    stream?.destroy();
    await removeQuietly(container);
    throw startError(error, address.url);
  }
  if (detach) {
    context.stdout.write(`${created.Id}\n`);
    return { exitCode: 0, output: '', containerId: created.Id };
  }

  const restoreTerminal = tty && interactive ? enterRawMode(context.stdin) : () => undefined;
  const stopResizing = tty ? followTerminalSize(context.stdout, (size) => container.resize(size)) : () => undefined;
  const stopForwarding = tty && interactive && context.stdin.isTTY ? () => undefined : forwardInterrupts((signal) => container.kill({ signal }), context.stderr);
  let exitCode: number;
  try {
    const output = pumpStreams(stream!, { tty, stdout: context.stdout, stderr: context.stderr, stdin: interactive ? context.stdin : undefined });
    // The container is never auto-removed in the foreground, so 'not-running' after start cannot miss a
    // fast exit: it answers at once with the code of a container that has already stopped.
    const status = await container.wait({ condition: 'not-running' }).catch((error: unknown) => {
      throw waitFailed(daemonReason(error));
    });
    await output;
    exitCode = readStatusCode(status);
  } catch (error) {
    if (error instanceof DocktutorError) throw error;
    throw withExitCode(toDocktutorError(error, address.url), DOCKER_FAILED);
  } finally {
    restoreTerminal();
    stopResizing();
    stopForwarding();
  }
  if (flags.rm === true) await removeQuietly(container);
  return { exitCode, output: '', containerId: created.Id };
};

/**
 * The container's exit code, only from an answer that carries one. Anything else (an empty answer, an
 * `Error` the daemon hit while waiting, no StatusCode) is no code of the container's: the docker CLI
 * exits 125 there, and a lesson check on exit code 0 must not pass.
 */
function readStatusCode(answer: unknown): number {
  const m = containerMessages();
  if (answer === null || typeof answer !== 'object' || Buffer.isBuffer(answer)) throw waitFailed('unexpected EOF');
  const { StatusCode: code, Error: failure } = answer as { StatusCode?: unknown; Error?: { Message?: unknown } | null };
  if (failure && typeof failure === 'object') throw waitFailed(typeof failure.Message === 'string' ? failure.Message : m.waitNoStatus);
  if (typeof code !== 'number' || !Number.isInteger(code)) throw waitFailed(m.waitNoStatus);
  return code;
}

/** What the docker CLI prints when the wait for a container ends without its status, and exits 125. */
function waitFailed(reason: string): DocktutorError {
  const m = containerMessages();
  return new DocktutorError('daemon', m.waitFailed(reason), { hint: m.daemonGoneHint, exitCode: DOCKER_FAILED });
}

interface Created {
  Id: string;
  Warnings?: string[] | null;
}

async function createPullingIfMissing(body: CreateBody, name: string | undefined, context: CommandContext): Promise<Created> {
  const m = runCommandMessages();
  const { docker, address } = context.connection;
  const image = normalizeImageReference(body.Image);
  const refused = (error: unknown) =>
    withExitCode(toDocktutorError(error, address.url, { conflict: m.nameInUseHint(name ?? ''), notFound: m.noSuchImageHint(image) }), DOCKER_FAILED);
  try {
    return await createContainer(docker, name, body);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 404 || !/no such image/i.test(daemonReason(error))) throw refused(error);
  }
  context.stderr.write(`Unable to find image '${image}' locally\n`);
  try {
    // The pull command prints its progress; docker run shows it on stderr, keeping stdout for the container.
    const { dispatchCommand } = await import('../execute.js');
    await dispatchCommand({ name: 'pull', flags: {}, args: [image], words: ['docker', 'pull', image] }, withContext(context, { stdout: context.stderr }));
  } catch (error) {
    const failure = error instanceof DocktutorError ? error : toDocktutorError(error, address.url);
    throw new DocktutorError(failure.kind, failure.message, { hint: failure.hint ?? m.pullFailedHint, exitCode: DOCKER_FAILED, cause: error });
  }
  try {
    return await createContainer(docker, name, body);
  } catch (error) {
    throw refused(error);
  }
}

/** POST /containers/create, keeping the daemon's warnings that dockerode's createContainer drops. */
function createContainer(docker: Docker, name: string | undefined, body: CreateBody): Promise<Created> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      {
        path: '/containers/create?',
        method: 'POST',
        options: { _query: name === undefined ? {} : { name }, _body: body },
        statusCodes: { 200: true, 201: true, 400: 'bad parameter', 404: 'no such image', 409: 'conflict', 500: 'server error' },
      },
      (error: unknown, data: unknown) => (error ? reject(error) : resolve(data as Created)),
    );
  });
}

/** Like the docker CLI: 127 when the command was not found, 126 when it could not be executed, else 125. */
function startError(error: unknown, url: string): DocktutorError {
  const m = runCommandMessages();
  const base = toDocktutorError(error, url);
  const reason = daemonReason(error);
  if (/executable file not found|no such file or directory|system cannot find the file specified/.test(reason)) {
    return new DocktutorError(base.kind, base.message, { hint: containerMessages().notExecutableHint, exitCode: 127, cause: error });
  }
  if (/permission denied|is a directory/.test(reason)) {
    return new DocktutorError(base.kind, base.message, { hint: containerMessages().notExecutableHint, exitCode: 126, cause: error });
  }
  return new DocktutorError(base.kind, base.message, { hint: base.hint ?? m.runFailedHint, exitCode: DOCKER_FAILED, cause: error });
}

function withExitCode(error: DocktutorError, exitCode: number): DocktutorError {
  const options = error.hint === undefined ? { exitCode, cause: error.cause } : { hint: error.hint, exitCode, cause: error.cause };
  return new DocktutorError(error.kind, error.message, options);
}

async function removeQuietly(container: Docker.Container): Promise<void> {
  // Removing is cleanup after the real outcome; its own failure must not hide that outcome.
  await container.remove({ force: true, v: true }).catch(() => undefined);
}
