/**
 * Named containers that steps make and depend on: whether one is there and running, whether docktutor
 * made it (and so may remove it), and removing it when it did. docktutor never removes a container it
 * did not create.
 */
import type { ContainerInspectInfo } from 'dockerode';
import type { Connection } from '../docker/engine/connect.js';
import { toDocktutorError } from '../docker/engine/errors.js';
import { COMMAND_LABEL, MANAGED_LABEL } from '../docker/engine/labels.js';

export interface NamedContainer {
  name: string;
  running: boolean;
  /** docktutor created it: it may remove it. */
  owned: boolean;
}

/**
 * docktutor's own container: it carries the managed label, and not only because its image does. A
 * container inherits its image's labels, so one made by another tool from an image docktutor built
 * shows the build's labels (command `build`), never those of docktutor's `run`.
 */
export function isDocktutorContainer(info: Pick<ContainerInspectInfo, 'Config'>): boolean {
  const labels = info.Config?.Labels ?? {};
  return labels[MANAGED_LABEL] === 'true' && labels[COMMAND_LABEL] !== undefined && labels[COMMAND_LABEL] !== 'build';
}

/** The container of that exact name, or undefined when there is none. */
export async function findNamedContainer(connection: Connection, name: string): Promise<NamedContainer | undefined> {
  try {
    const info = await connection.docker.getContainer(name).inspect();
    // The lookup also matches an ID prefix: only an exact name counts.
    if (info.Name.replace(/^\//, '') !== name) return undefined;
    return { name, running: info.State.Running, owned: isDocktutorContainer(info) };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw toDocktutorError(error, connection.address.url);
  }
}

export type RemoveResult = 'removed' | 'missing' | 'not-owned';

/** Removes the named container (running or not) only when docktutor created it. */
export async function removeOwnedContainer(connection: Connection, name: string): Promise<RemoveResult> {
  const found = await findNamedContainer(connection, name);
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
