/**
 * Follows a pull or push progress stream to its end: a live rendering for the screen, a plain one
 * for the record, and an `errorDetail` turned into a failure (the HTTP status was already 200).
 */
import type { Readable } from 'node:stream';
import type { CommandOutput } from '../commands/output.js';
import { readJsonStream } from '../engine/json-stream.js';
import { registryError } from './errors.js';
import { ProgressRenderer } from '../engine/stream-progress.js';

export interface StreamTarget {
  output: CommandOutput;
  /** Show nothing (docker's -q); errors still fail the command. */
  quiet: boolean;
  host: string;
  daemonUrl: string;
  /** The request whose answer the stream is ("POST /images/create"), named when a message cannot be read. */
  request: string;
  reference: string;
}

/** Resolves once the stream ends; rejects on the first error in it. Messages are shown, not kept: a pull may send without end. */
export async function followRegistryStream(stream: Readable, target: StreamTarget): Promise<{ upToDate: boolean }> {
  let upToDate = false;
  const screen = new ProgressRenderer({ tty: target.output.tty, width: target.output.width });
  const plain = new ProgressRenderer({ tty: false });
  let failure: string | undefined;
  await readJsonStream(stream, { url: target.daemonUrl, request: target.request }, (message) => {
    if (failure !== undefined) return;
    if (message.errorDetail || message.error) {
      failure = message.errorDetail?.message ?? message.error ?? '';
      return;
    }
    // A pull's last word: the daemon had every layer already and downloaded nothing.
    if (typeof message.status === 'string' && message.status.startsWith('Status: Image is up to date')) upToDate = true;
    if (!target.quiet) target.output.out(screen.render(message), plain.render(message));
  }).catch((error: unknown) => {
    // The connection broke mid-stream (daemon restarted, Ctrl+C): say so as a registry command failure.
    throw registryError(error, target.host, target.daemonUrl, target.reference);
  });
  if (failure !== undefined) throw registryError(failure, target.host, target.daemonUrl, target.reference);
  return { upToDate };
}
