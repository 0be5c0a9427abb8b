/**
 * What `docktutor clean` removes: containers, images, volumes and networks carrying docktutor's managed label (narrowed
 * to DOCKTUTOR_RUN_LABEL when set) AND recorded as created by docktutor (created-record.ts), the names
 * docktutor gave other images with `docker tag` (tags.ts), and on request the images docktutor pulled
 * that were not there before (see pull-record.ts). The label finds
 * candidates; the record proves ownership, since labels are inherited by whatever is built or run from
 * docktutor's images. Labelled objects without that proof are counted and left alone.
 */
import type Docker from 'dockerode';
import { daemonReason, fallBackUnlessBadAnswer } from '../engine/errors.js';
import { MANAGED_LABEL, managedFilter, RUN_LABEL } from '../engine/labels.js';
import { forgetPulledImages, type PulledImage, readPulledImages } from '../registry/pull-record.js';
import { cleanMessages } from '../../i18n/clean.js';
import { forgetCreated, readOwnership, type CreatedKind } from './created-record.js';
import { readContainerList, readImageList } from '../engine/answers/lists.js';
import { planTags, removeTags, type CleanTag } from './tags.js';
import { planVolumesAndNetworks, removeVolumesAndNetworks, type CleanNetwork, type CleanVolume } from './volumes-networks.js';

export type { CleanNetwork, CleanVolume } from './volumes-networks.js';
export type { CleanTag } from './tags.js';

export interface CleanContainer {
  id: string;
  name: string;
  image: string;
  state: string;
}

export interface CleanImage {
  id: string;
  /** `name:tag` references; empty for an untagged image. */
  tags: string[];
}

export interface CleanPlan {
  containers: CleanContainer[];
  images: CleanImage[];
  volumes: CleanVolume[];
  networks: CleanNetwork[];
  /** Names docktutor gave to images that are not its own: untagged, the images stay. */
  tags: CleanTag[];
  /** Such names that are all their image has left: removing one would remove the image, so they stay. */
  lastNames: CleanTag[];
  pulled: PulledImage[];
  /** Recorded pulls left out because --pulled was not given. */
  pulledNotAsked: number;
  /** Objects carrying docktutor's label that docktutor did not create (inherited labels): left alone. */
  notOurs: number;
}

export type CleanKind = 'container' | 'image' | 'volume' | 'network' | 'tag' | 'pulled';

export interface CleanOutcome {
  removed: { kind: CleanKind; name: string }[];
  skipped: { kind: CleanKind; name: string; reason: string }[];
}

/**
 * Whether an object carries docktutor's label (this run's, when DOCKTUTOR_RUN_LABEL is set): what makes
 * it a candidate for clean and the prune commands. Only the record (readOwnership) proves it is docktutor's.
 */
export function labelledByDocktutor(labels: Record<string, string> | null | undefined, env: NodeJS.ProcessEnv): boolean {
  return labels?.[MANAGED_LABEL] === 'true' && (!env.DOCKTUTOR_RUN_LABEL || labels[RUN_LABEL] === env.DOCKTUTOR_RUN_LABEL);
}

/** `url` (the daemon's address) names the daemon when one of its lists cannot be read. */
export async function planClean(docker: Docker, env: NodeJS.ProcessEnv, options: { pulled: boolean; url: string }): Promise<CleanPlan> {
  const filters = { label: managedFilter(env) };
  const isOurs = (labels: Record<string, string> | null | undefined) => labelledByDocktutor(labels, env);
  const ownership = await readOwnership(env);
  const labelled = readContainerList(await docker.listContainers({ all: true, filters }), options.url);
  const containers = labelled
    .filter((container) => isOurs(container.Labels) && ownership.owns('container', container.Id))
    .map((container) => ({
      id: container.Id,
      name: (container.Names[0] ?? container.Id.slice(0, 12)).replace(/^\//, ''),
      image: container.Image,
      state: container.State ?? '',
    }));
  const labelledImages = readImageList(await docker.listImages({ filters }), options.url);
  const images = labelledImages
    .filter((image) => isOurs(image.Labels) && ownership.owns('image', image.Id))
    .map((image) => ({ id: image.Id, tags: (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>') }));
  const others = await planVolumesAndNetworks(docker, filters, isOurs, ownership, options.url);
  const notOurs = labelled.length - containers.length + labelledImages.length - images.length + others.notOurs;
  const { volumes, networks } = others;
  const { tags, lastNames } = await planTags(docker, env, new Set(images.map((image) => image.id)));
  // An image docktutor built, pushed and pulled back is already in the list through its label.
  const pulled = (await stillPulled(docker, env)).filter((image) => !images.some((built) => built.id === image.id));
  const found = { containers, images, volumes, networks, tags, lastNames, notOurs };
  return options.pulled ? { ...found, pulled, pulledNotAsked: 0 } : { ...found, pulled: [], pulledNotAsked: pulled.length };
}

/** Recorded pulls of this run whose image is still the one pulled; stale records are dropped. */
async function stillPulled(docker: Docker, env: NodeJS.ProcessEnv): Promise<PulledImage[]> {
  const mine = (await readPulledImages(env)).filter((image) => (image.run ?? '') === (env.DOCKTUTOR_RUN_LABEL ?? ''));
  const current: PulledImage[] = [];
  const stale: string[] = [];
  for (const image of mine) {
    const id = await docker.getImage(image.reference).inspect().then((found) => found.Id, fallBackUnlessBadAnswer(undefined));
    if (id === image.id) current.push(image);
    else stale.push(image.reference);
  }
  await forgetPulledImages(stale, env);
  return current;
}

export async function executeClean(docker: Docker, plan: CleanPlan, env: NodeJS.ProcessEnv): Promise<CleanOutcome> {
  const outcome: CleanOutcome = { removed: [], skipped: [] };
  const gone: { kind: CreatedKind; id: string }[] = [];
  for (const container of plan.containers) {
    if (await attempt(outcome, 'container', container.name, () => docker.getContainer(container.id).remove({ force: true, v: true }))) gone.push({ kind: 'container', id: container.id });
  }
  // Volumes and networks once the containers that used them are gone.
  await removeVolumesAndNetworks(docker, plan, {
    removed: (kind, name, record) => (outcome.removed.push({ kind, name }), gone.push(record)),
    skipped: (kind, name, reason) => outcome.skipped.push({ kind, name, reason }),
  });
  // Names before images: an image docktutor pulled may carry one, and must keep it until the name goes.
  await removeTags(docker, plan.tags, cleanMessages().onlyName, {
    removed: (name, record) => (outcome.removed.push({ kind: 'tag', name }), gone.push(record)),
    skipped: (name, reason) => outcome.skipped.push({ kind: 'tag', name, reason }),
  });
  // An image built FROM another docktutor image must go first: retry the refused ones after the rest.
  let pending = plan.images;
  for (let pass = 0; pass < 4 && pending.length > 0; pass += 1) {
    const refused: CleanImage[] = [];
    for (const image of pending) {
      const failure = await removeImage(docker, image);
      if (!failure) {
        outcome.removed.push({ kind: 'image', name: describeImage(image) });
        gone.push({ kind: 'image', id: image.id });
      }
      else if (failure.conflict && pass < 3) refused.push(image);
      else outcome.skipped.push({ kind: 'image', name: describeImage(image), reason: failure.reason });
    }
    pending = refused;
  }
  const forgotten: string[] = [];
  for (const image of plan.pulled) {
    // Untagging only: layers that another image still uses stay, as with `docker rmi NAME`.
    const removed = await attempt(outcome, 'pulled', image.reference, () => docker.getImage(image.reference).remove());
    if (removed) forgotten.push(image.reference);
  }
  await forgetPulledImages(forgotten, env);
  await forgetCreated(gone, env);
  return outcome;
}

export function describeImage(image: CleanImage): string {
  return image.tags.length > 0 ? image.tags.join(', ') : image.id.replace(/^sha256:/, '').slice(0, 12);
}

/** Removes an image's tags one by one, without force, so an image a container of the user's uses is left alone. */
async function removeImage(docker: Docker, image: CleanImage): Promise<{ conflict: boolean; reason: string } | undefined> {
  try {
    for (const tag of image.tags) await docker.getImage(tag).remove().catch(ignoreMissing);
    if (image.tags.length === 0) await docker.getImage(image.id).remove().catch(ignoreMissing);
    // Tags gone but the image left (another tag of it was added meanwhile): remove it by ID. A conflict
    // now means an image that is not docktutor's is built on it: its tags are gone, its layers stay theirs.
    if (image.tags.length > 0) await docker.getImage(image.id).remove().catch(ignoreMissingOrChildren);
    return undefined;
  } catch (error) {
    return { conflict: statusOf(error) === 409, reason: daemonReason(error) };
  }
}

async function attempt(outcome: CleanOutcome, kind: 'container' | 'image' | 'pulled', name: string, remove: () => Promise<unknown>): Promise<boolean> {
  try {
    await remove().catch(ignoreMissing);
    outcome.removed.push({ kind, name });
    return true;
  } catch (error) {
    outcome.skipped.push({ kind, name, reason: daemonReason(error) });
    return false;
  }
}

function ignoreMissingOrChildren(error: unknown): void {
  if (statusOf(error) === 409 && /dependent child images/i.test(daemonReason(error))) return;
  ignoreMissing(error);
}

function ignoreMissing(error: unknown): void {
  if (statusOf(error) !== 404) throw error;
}

function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number }).statusCode;
}

