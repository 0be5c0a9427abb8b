/**
 * The contract between the command-line layer and the Docker commands. A command gets the
 * parsed words and a context (the connection and the streams), writes docker-CLI-shaped output to the
 * context's streams, and returns what a lesson check needs to know about what happened.
 */
import type { Readable, Writable } from 'node:stream';
import type { CreatedKind } from '../clean/created-record.js';
import type { Connection } from '../engine/connect.js';
import type { CommandName } from './table.js';

export type { CommandName } from './table.js';

export type FlagValue = string | boolean | string[];

/** `docker run --rm -e A=1 -e B=2 busybox echo hi` -> { name: 'run', flags: { rm: true, env: ['A=1', 'B=2'] }, args: ['busybox', 'echo', 'hi'] } */
export interface ParsedCommand {
  name: CommandName;
  /** Keyed by the flag's long name without dashes (`-e` is stored as `env`); repeatable flags hold arrays. */
  flags: Record<string, FlagValue>;
  /** Positional words in order (for run and exec: the image or container, then the command and its words). */
  args: string[];
  /** The words as typed, for display. */
  words: string[];
}

export interface CommandContext {
  connection: Connection;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  /** Folder that relative paths (a build context) are resolved against. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The lesson a try-it step belongs to, recorded as a label on what it creates. */
  lesson?: string;
}

export interface BuildOutcome {
  /** Dockerfile step numbers taken from the cache: "Step 2/5 ... Using cache" (legacy), "#5 [2/5] ... CACHED" (BuildKit). */
  cachedSteps: number[];
  /** Bytes of the build context sent to the daemon. */
  contextBytes: number;
  imageId?: string;
  /** Which builder ran; absent means the legacy builder. */
  builder?: 'buildkit' | 'legacy';
  /** Files in the context sent. */
  contextFiles?: number;
  /** The context's paths as sent (forward slashes, folders too), after .dockerignore. */
  contextPaths?: string[];
  /** BuildKit: the Dockerfile step numbers that ran (FROM aside, as in cachedSteps). */
  ranSteps?: number[];
  /** BuildKit: the step that failed (its vertex name) and the code its command exited with, when known. */
  failedStep?: { name: string; code?: number };
  /** RUN steps built without a network (the daemon has no default bridge). */
  noNetwork?: boolean;
  /** Why the legacy builder ran: DOCKER_BUILDKIT=0, or a daemon without BuildKit. */
  legacyWhy?: 'env' | 'daemon';
}

export interface CommandResult {
  /** The docker CLI's exit code for the same command (run and exec: the container's own code). */
  exitCode: number;
  /** Everything the command printed (stdout and stderr), kept for lesson checks. */
  output: string;
  containerId?: string;
  build?: BuildOutcome;
  /** pull: the daemon had the image and every layer already, and downloaded nothing. */
  upToDate?: boolean;
  /** Objects the command created (a volume, a network, a tag with its image's ID): recorded as docktutor's, so clean may remove them. */
  created?: { kind: CreatedKind; id: string; image?: string }[];
}

export type CommandHandler = (command: ParsedCommand, context: CommandContext) => Promise<CommandResult>;

/**
 * `context` with some fields replaced. Not a spread of `context`: a spread reads every getter, and `stdin`
 * is one (Node builds process.stdin when first asked, which most commands never need). A literal with the
 * fields named is also cheaper than copying property descriptors, once per command.
 */
export function withContext(context: CommandContext, changes: Partial<CommandContext>): CommandContext {
  return {
    connection: context.connection,
    stdout: context.stdout,
    stderr: context.stderr,
    get stdin() {
      return context.stdin;
    },
    cwd: context.cwd,
    env: context.env,
    lesson: context.lesson,
    // A spread into a literal defines its fields: a `stdin` here replaces the getter above.
    ...changes,
    // Every field named: this fails to compile when CommandContext gains one that is not copied here.
  } satisfies { [K in keyof Required<CommandContext>]: CommandContext[K] };
}
