/**
 * The one owner of the daemon connection in a process: `try`, the practice prompt, learn's try steps
 * and checks, the quiz's commands, doctor and clean all ask the same `Daemon` for it. The connection is
 * opened on first use (dockerode loads then, not at start) and shared afterwards; an attempt that
 * failed is forgotten, so the next use tries again.
 */
import type { Connection } from './connect.js';

export interface Daemon {
  /** The connection, opened on the first call and shared by every later one. */
  connection(): Promise<Connection>;
  /** Drops the connection (the daemon went away): the next call connects again. */
  forget(): void;
}

export interface DaemonOptions {
  host?: string | undefined;
  env: NodeJS.ProcessEnv;
}

export function createDaemon(options: DaemonOptions, open: (options: DaemonOptions) => Promise<Connection> = openConnection): Daemon {
  let pending: Promise<Connection> | undefined;
  return {
    connection() {
      if (!pending) {
        const attempt = open(options);
        pending = attempt;
        attempt.catch(() => {
          if (pending === attempt) pending = undefined;
        });
      }
      return pending;
    },
    forget() {
      pending = undefined;
    },
  };
}

/** A daemon over a connection that is already open (tests, and callers that connected themselves). */
export function daemonOf(connection: Connection): Daemon {
  return { connection: async () => connection, forget: () => {} };
}

async function openConnection(options: DaemonOptions): Promise<Connection> {
  const { connect } = await import('./connect.js');
  return connect({ host: options.host, env: options.env });
}
