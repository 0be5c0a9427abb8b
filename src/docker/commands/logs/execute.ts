/**
 * Runs `docker logs` as the docker CLI does: GET /containers/{id}/json to learn whether the container
 * has a TTY, then GET /containers/{id}/logs. Without a TTY the daemon tags every chunk as stdout or
 * stderr and they are split back onto our two streams; with one, it is a single stream. With -f the
 * answer stays open until the container stops, or until Ctrl-C, which ends only the following.
 */
import type { Readable } from 'node:stream';
import { DocktutorError } from '../../../errors.js';
import { pumpStreams } from '../../engine/attach.js';
import { toDocktutorError } from '../../engine/errors.js';
import { DaemonAnswerError, describeRequest } from '../../engine/guard-answers.js';
import { daemonMessages } from '../../../i18n/docker.js';
import { flagBool, flagString } from '../flags.js';
import type { CommandContext, CommandHandler } from '../types.js';
import { logsCommandMessages } from './messages.js';
import { TimestampError, toApiTimestamp } from '../../command-line/timestamp.js';

/** The shell's exit code for a program ended by Ctrl-C (128 + SIGINT), which `docker logs -f` then has. */
const INTERRUPTED = 130;

export const execute: CommandHandler = async (command, context) => {
  const m = logsCommandMessages();
  const now = Date.now();
  const query: Record<string, unknown> = {
    stdout: true,
    stderr: true,
    follow: flagBool(command, 'follow'),
    timestamps: flagBool(command, 'timestamps'),
    tail: flagString(command, 'tail') ?? 'all',
  };
  for (const name of ['since', 'until'] as const) {
    const value = flagString(command, name);
    if (value !== undefined && value !== '') query[name] = readTimestamp(name, value, now);
  }
  const { docker, address } = context.connection;
  const failed = (error: unknown) => toDocktutorError(error, address.url, { notFound: m.notFoundHint });
  let tty: boolean;
  let id: string;
  try {
    const info = (await docker.getContainer(command.args[0]!).inspect()) as { Id?: unknown; Config?: { Tty?: unknown } | null };
    tty = info.Config?.Tty === true;
    id = typeof info.Id === 'string' && info.Id !== '' ? info.Id : command.args[0]!;
  } catch (error) {
    throw failed(error);
  }
  let answer: Readable;
  try {
    answer = await requestLogs(context, id, query);
  } catch (error) {
    throw failed(error);
  }
  const interrupted = await follow(answer, tty, context);
  // The daemon ends a log by ending its answer; a connection that drops first has not sent all of it.
  if (!interrupted && !answer.readableEnded) {
    const request = describeRequest('GET', `/containers/${id}/logs`);
    throw new DaemonAnswerError(daemonMessages().answerCut(address.url, request), 'unexpected EOF');
  }
  return { exitCode: interrupted ? INTERRUPTED : 0, output: '' };
};

/**
 * GET /containers/{id}/logs, always as a stream: without -f the library would gather the whole log
 * into one buffer first, which for a chatty container is more than any answer docktutor holds at once.
 */
function requestLogs(context: CommandContext, id: string, query: Record<string, unknown>): Promise<Readable> {
  const modem = context.connection.docker.modem as unknown as { dial(options: object, callback: (error: unknown, stream?: Readable) => void): void };
  return new Promise((resolve, reject) =>
    modem.dial(
      { path: `/containers/${encodeURIComponent(id)}/logs?`, method: 'GET', options: query, isStream: true, statusCodes: { 200: true, 404: 'no such container', 500: 'server error' } },
      (error, stream) => (error || !stream ? reject(error) : resolve(stream)),
    ),
  );
}

function readTimestamp(name: 'since' | 'until', value: string, now: number): string {
  try {
    return toApiTimestamp(value, now);
  } catch (error) {
    if (!(error instanceof TimestampError)) throw error;
    const m = logsCommandMessages();
    throw new DocktutorError('usage', m.badTime(name, error.message), { hint: m.timeHint(name), exitCode: 1 });
  }
}

/** Copies the log (followed or not) until the daemon ends it; true when Ctrl-C ended it first. */
async function follow(stream: Readable, tty: boolean, context: CommandContext): Promise<boolean> {
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    // The terminal echoed ^C where the cursor was: end that line before the note.
    context.stderr.write('\n');
    stream.destroy();
  };
  process.on('SIGINT', onInterrupt);
  try {
    await pumpStreams(stream, { tty, stdout: context.stdout, stderr: context.stderr });
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  return interrupted;
}
