/**
 * Runs `docker logs` as the docker CLI does: GET /containers/{id}/json to learn whether the container
 * has a TTY, then GET /containers/{id}/logs. Without a TTY the daemon tags every chunk as stdout or
 * stderr and they are split back onto our two streams; with one, it is a single stream. With -f the
 * answer stays open until the container stops, or until Ctrl-C, which ends only the following.
 */
import type { Readable } from 'node:stream';
import { DocktutorError } from '../../../errors.js';
import { pumpStreams } from '../../engine/attach.js';
import { createDemuxer } from '../../engine/demux.js';
import { toDocktutorError } from '../../engine/errors.js';
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
    const info = await docker.getContainer(command.args[0]!).inspect();
    tty = info.Config.Tty;
    id = info.Id;
  } catch (error) {
    throw failed(error);
  }
  let answer: Buffer | Readable;
  try {
    answer = (await docker.getContainer(id).logs(query as never)) as unknown as Buffer | Readable;
  } catch (error) {
    throw failed(error);
  }
  if (Buffer.isBuffer(answer)) {
    write(answer, tty, context);
    return { exitCode: 0, output: '' };
  }
  return { exitCode: (await follow(answer, tty, context)) ? INTERRUPTED : 0, output: '' };
};

function readTimestamp(name: 'since' | 'until', value: string, now: number): string {
  try {
    return toApiTimestamp(value, now);
  } catch (error) {
    if (!(error instanceof TimestampError)) throw error;
    const m = logsCommandMessages();
    throw new DocktutorError('usage', m.badTime(name, error.message), { hint: m.timeHint(name), exitCode: 1 });
  }
}

/** The whole log at once (no -f): one buffer, demultiplexed unless the container has a TTY. */
function write(answer: Buffer, tty: boolean, context: CommandContext): void {
  if (tty) context.stdout.write(answer);
  else createDemuxer((kind, payload) => void (kind === 'stderr' ? context.stderr : context.stdout).write(payload))(answer);
}

/** Copies a followed log until the daemon ends it; true when Ctrl-C ended it first. */
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
