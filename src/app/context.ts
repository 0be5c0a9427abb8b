/**
 * One context per invocation, built once from the Invocation and handed down explicitly: the language,
 * the environment, the streams, the working folder and the daemon (opened on first use, one connection
 * for the whole invocation). Nothing below reads process.env, process.stdout or the language from
 * anywhere else; tests build a context of their own.
 */
import type { CommandContext } from '../docker/commands/types.js';
import { createDaemon, type Daemon } from '../docker/engine/daemon.js';
import type { Lang } from '../i18n/index.js';
import type { Invocation } from './invocation.js';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
}

/** What running docker commands live needs: the streams, the environment, the folder, the daemon, the note. */
export interface LiveContext {
  io: Io;
  env: NodeJS.ProcessEnv;
  cwd: string;
  daemon: Daemon;
  /** Whether commands print the "What happened" note. */
  explain: boolean;
}

export interface AppContext extends LiveContext {
  invocation: Invocation;
  /** The language of every message this invocation prints (main runs it inside `inLanguage(lang)`). */
  lang: Lang;
}

/** Where an invocation runs: by default the process's own environment, streams and folder. */
export interface Surroundings {
  env: NodeJS.ProcessEnv;
  io: Io;
  cwd: string;
}

export function processSurroundings(): Surroundings {
  // stdin is read on first use: Node builds process.stdin (a terminal or pipe stream) when it is first
  // asked for, some milliseconds that `try docker ps` and most other commands never need.
  const io: Surroundings['io'] = {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
  return { env: process.env, io, cwd: process.cwd() };
}

export function createAppContext(invocation: Invocation, surroundings: Surroundings = processSurroundings(), daemon?: Daemon): AppContext {
  const { env, io, cwd } = surroundings;
  return {
    invocation,
    lang: invocation.lang,
    env,
    io,
    cwd,
    explain: invocation.explain,
    daemon: daemon ?? createDaemon({ host: invocation.host, env }),
  };
}

/** The context a docker command runs in, on the live context's daemon and streams. */
export async function commandContextOf(live: LiveContext, extra: Partial<CommandContext> = {}): Promise<CommandContext> {
  const { io, env, cwd } = live;
  return {
    connection: await live.daemon.connection(),
    stdout: io.stdout as CommandContext['stdout'],
    stderr: io.stderr as CommandContext['stderr'],
    // Passed on unread (see processSurroundings): only the commands that take input ask for it.
    get stdin() {
      return io.stdin as CommandContext['stdin'];
    },
    cwd,
    env,
    // A spread into a literal defines its fields: a `stdin` in `extra` replaces the getter above.
    ...extra,
  };
}
