/**
 * The volumes and networks `docktutor clean` removes, by the same rule as containers and images: the
 * label finds them, docktutor's record of what it created proves them its own. Removed after the
 * containers (which may use them), without force, so that one still used by a container docktutor did
 * not create stays, reported with the daemon's reason.
 */
import type Docker from 'dockerode';
import { daemonReason } from '../engine/errors.js';
import { readVolumeList } from '../engine/answers/lists.js';
import type { CreatedKind, Ownership } from './created-record.js';

export interface CleanVolume {
  name: string;
}

export interface CleanNetwork {
  id: string;
  name: string;
}

type Labels = Record<string, string> | null | undefined;

export async function planVolumesAndNetworks(
  docker: Docker,
  filters: { label: string[] },
  isOurs: (labels: Labels) => boolean,
  ownership: Ownership,
  url: string,
): Promise<{ volumes: CleanVolume[]; networks: CleanNetwork[]; notOurs: number }> {
  const labelledVolumes = readVolumeList(await docker.listVolumes({ filters }), url);
  const volumes = labelledVolumes.filter((volume) => isOurs(volume.Labels) && ownership.owns('volume', volume.Name)).map((volume) => ({ name: volume.Name }));
  const labelledNetworks = (await docker.listNetworks({ filters })) as { Id: string; Name: string; Labels: Labels }[];
  const networks = labelledNetworks.filter((network) => isOurs(network.Labels) && ownership.owns('network', network.Id)).map((network) => ({ id: network.Id, name: network.Name }));
  return { volumes, networks, notOurs: labelledVolumes.length - volumes.length + labelledNetworks.length - networks.length };
}

export interface Removal {
  removed(kind: 'volume' | 'network', name: string, record: { kind: CreatedKind; id: string }): void;
  skipped(kind: 'volume' | 'network', name: string, reason: string): void;
}

export async function removeVolumesAndNetworks(docker: Docker, plan: { volumes: CleanVolume[]; networks: CleanNetwork[] }, report: Removal): Promise<void> {
  for (const volume of plan.volumes) {
    const failure = await remove(() => docker.getVolume(volume.name).remove());
    if (failure === undefined) report.removed('volume', volume.name, { kind: 'volume', id: volume.name });
    else report.skipped('volume', volume.name, failure);
  }
  for (const network of plan.networks) {
    const failure = await remove(() => docker.getNetwork(network.id).remove());
    if (failure === undefined) report.removed('network', network.name, { kind: 'network', id: network.id });
    else report.skipped('network', network.name, failure);
  }
}

/** Undefined when removed (or already gone), else the daemon's reason. */
async function remove(action: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await action();
    return undefined;
  } catch (error) {
    return (error as { statusCode?: number }).statusCode === 404 ? undefined : daemonReason(error);
  }
}
