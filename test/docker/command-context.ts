/** A CommandContext on a real daemon whose output streams are kept in memory for assertions. */
import { PassThrough, Readable, Writable } from 'node:stream';
import { connect, type Connection } from '../../src/docker/engine/connect.js';
import type { CommandContext, CommandName, ParsedCommand } from '../../src/docker/commands/types.js';

export interface CapturedContext {
  context: CommandContext;
  stdout: () => string;
  stderr: () => string;
}

let shared: Promise<Connection> | undefined;

export function sharedConnection(): Promise<Connection> {
  shared ??= connect();
  return shared;
}

export async function captureContext(options: { env?: NodeJS.ProcessEnv; stdin?: string; tty?: boolean; cwd?: string } = {}): Promise<CapturedContext> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = Object.assign(new Writable({ write: (chunk, _enc, done) => (out.push(String(chunk)), done()) }), {
    isTTY: options.tty ?? false,
    columns: 120,
  });
  const stderr = new Writable({ write: (chunk, _enc, done) => (err.push(String(chunk)), done()) });
  const stdin = options.stdin === undefined ? Object.assign(new PassThrough(), { isTTY: options.tty ?? false }) : Readable.from([options.stdin]);
  const context: CommandContext = {
    connection: await sharedConnection(),
    stdout,
    stderr,
    stdin,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
  };
  return { context, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A ParsedCommand as the parser would produce it. */
export function parsed(name: CommandName, args: string[], flags: ParsedCommand['flags'] = {}): ParsedCommand {
  return { name, flags, args, words: ['docker', name, ...args] };
}
