/** Shared pieces of the step runner's daemon tests: a connection, captured streams, and cleanup by run label. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import type { LiveContext } from '../../src/app/context.js';
import { connect, type Connection } from '../../src/docker/engine/connect.js';
import { createDaemon, daemonOf } from '../../src/docker/engine/daemon.js';
import { RUN_LABEL } from '../../src/docker/engine/labels.js';

let shared: Promise<Connection> | undefined;

export function stepConnection(): Promise<Connection> {
  shared ??= connect();
  return shared;
}

export function capture(stdinText?: string) {
  const chunks: string[] = [];
  const sink = () => new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) });
  // An ended stream: a command that reads stdin finds it empty instead of waiting for a learner.
  const stdin = stdinText === undefined ? Object.assign(new PassThrough().end(), { isTTY: false }) : Readable.from([stdinText]);
  return { stdout: Object.assign(sink(), { isTTY: false, columns: 100 }), stderr: sink(), stdin, text: () => chunks.join('') };
}

/** The live context a step runs in: these captured streams, this environment, the shared connection (or a daemon of its own). */
export function liveOn(connection: Connection | undefined, io: ReturnType<typeof capture>, env: NodeJS.ProcessEnv, explain = false): LiveContext {
  const daemon = connection ? daemonOf(connection) : createDaemon({ env });
  return { io: { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr }, env, cwd: process.cwd(), daemon, explain };
}

/** A fresh data home and docker config, so that no step reads what another test (or the user) left. */
export function freshHome(prefix: string): { home: string; dockerConfig: string } {
  const root = mkdtempSync(join(tmpdir(), `dt-${prefix}-`));
  return { home: join(root, 'home'), dockerConfig: join(root, 'docker-config') };
}

/** Removes the containers and images made under a run label, and any image tags under `tagPrefixes`. */
export async function removeRun(runLabel: string, tagPrefixes: string[] = []): Promise<void> {
  const { docker } = await stepConnection();
  const filters = JSON.stringify({ label: [`${RUN_LABEL}=${runLabel}`] });
  for (const container of await docker.listContainers({ all: true, filters })) {
    await docker.getContainer(container.Id).remove({ force: true }).catch(() => undefined);
  }
  const images = await docker.listImages({ all: false });
  for (const image of images) {
    const tags = (image.RepoTags ?? []).filter((tag) => tagPrefixes.some((prefix) => tag.startsWith(prefix)));
    for (const tag of tags) await docker.getImage(tag).remove({ force: true }).catch(() => undefined);
  }
  for (const image of await docker.listImages({ filters })) {
    await docker.getImage(image.Id).remove({ force: true }).catch(() => undefined);
  }
}
