/**
 * A CommandContext for daemon tests: the harness's daemon, and streams that keep what the command
 * wrote to stdout and to stderr separately.
 */
import { PassThrough, Writable } from 'node:stream';
import type { CommandContext } from '../../../src/docker/commands/types.js';
import { connect, type Connection } from '../../../src/docker/engine/connect.js';
import { executeCommandLine } from '../../../src/docker/commands/execute.js';
import { DocktutorError } from '../../../src/errors.js';

export interface CapturedContext {
  context: CommandContext;
  stdout: () => string;
  stderr: () => string;
}

let shared: Promise<Connection> | undefined;

export function testConnection(): Promise<Connection> {
  shared ??= connect({ timeoutMs: 10_000 });
  return shared;
}

export async function captureContext(options: { stdin?: string } = {}): Promise<CapturedContext> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (into: Buffer[]) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        into.push(Buffer.from(chunk));
        callback();
      },
    });
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const context: CommandContext = {
    connection: await testConnection(),
    stdout: sink(out),
    stderr: sink(err),
    stdin,
    cwd: process.cwd(),
    env: process.env,
  };
  return { context, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}

/** Runs a command line that must fail, and returns the error docktutor raised for it. */
export async function failure(line: string): Promise<DocktutorError> {
  const { context } = await captureContext();
  try {
    await executeCommandLine(line, context, { explain: false });
  } catch (error) {
    if (error instanceof DocktutorError) return error;
    throw error;
  }
  throw new Error(`expected ${line} to fail`);
}
