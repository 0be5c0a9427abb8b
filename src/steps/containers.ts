/**
 * Named containers that steps make and depend on: whether one is there and running, whether docktutor
 * made it (and so may remove it), and removing it when it did. docktutor never removes a container it
 * did not create: its label and its ID in docktutor's record of what it created must both say so.
 */
import type { ContainerInspectInfo } from 'dockerode';
import { readOwnership, type Ownership } from '../docker/clean/created-record.js';
import type { Connection } from '../docker/engine/connect.js';
import { toDocktutorError } from '../docker/engine/errors.js';
import { MANAGED_LABEL } from '../docker/engine/labels.js';

export interface NamedContainer {
  name: string;
  running: boolean;
  /** Its main process's exit code (0 while it runs). */
  exitCode: number;
  /** docktutor created it: it may remove it. */
  owned: boolean;
}

/**
 * docktutor's own container: the label alone proves nothing (a container the docker CLI runs from an
 * image docktutor built inherits it), so its ID must be in the record of what docktutor created too.
 */
export function isDocktutorContainer(info: Pick<ContainerInspectInfo, 'Config' | 'Id'>, ownership: Ownership): boolean {
  return info.Config?.Labels?.[MANAGED_LABEL] === 'true' && ownership.owns('container', info.Id);
}

/** The container of that exact name, or undefined when there is none. */
export async function findNamedContainer(connection: Connection, name: string, env: NodeJS.ProcessEnv): Promise<NamedContainer | undefined> {
  try {
    const info = await connection.docker.getContainer(name).inspect();
    // The lookup also matches an ID prefix: only an exact name counts.
    if (info.Name.replace(/^\//, '') !== name) return undefined;
    return { name, running: info.State.Running, exitCode: info.State.ExitCode, owned: isDocktutorContainer(info, await readOwnership(env)) };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw toDocktutorError(error, connection.address.url);
  }
}

export type RemoveResult = 'removed' | 'missing' | 'not-owned';

/** Removes the named container (running or not) only when docktutor created it. */
export async function removeOwnedContainer(connection: Connection, name: string, env: NodeJS.ProcessEnv): Promise<RemoveResult> {
  const found = await findNamedContainer(connection, name, env);
  if (!found) return 'missing';
  if (!found.owned) return 'not-owned';
  try {
    await connection.docker.getContainer(name).remove({ force: true });
    return 'removed';
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return 'missing';
    throw toDocktutorError(error, connection.address.url);
  }
}
