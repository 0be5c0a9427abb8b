/**
 * The names docktutor wrote with `docker tag` on images it did not build (busybox as dt-box:v1). The
 * image is not docktutor's, so `clean` takes away the name and nothing else: only while the name still
 * points at the image it was given to (a name moved since is someone else's now), and only while the
 * image keeps another name, because the daemon deletes an image together with its last name. A name on
 * one of docktutor's own images goes with that image, so it is not listed here.
 */
import type Docker from 'dockerode';
import { daemonReason, fallBackUnlessBadAnswer } from '../engine/errors.js';
import { forgetCreated, readCreated } from './created-record.js';

export interface CleanTag {
  /** The name as `docker images` shows it: `dt-box:v1`, `localhost:5000/dt-hello:latest`. */
  reference: string;
  /** The image it names. */
  id: string;
}

/** The names to take away, and those left because they are all their image has. Stale records are dropped. */
export async function planTags(docker: Docker, env: NodeJS.ProcessEnv, ownImages: Set<string>): Promise<{ tags: CleanTag[]; lastNames: CleanTag[] }> {
  const run = env.DOCKTUTOR_RUN_LABEL ?? '';
  const recorded = (await readCreated(env)).filter((entry) => entry.kind === 'tag' && entry.image !== undefined && (entry.run ?? '') === run);
  const stale: string[] = [];
  const byImage = new Map<string, { names: CleanTag[]; repoTags: string[] }>();
  for (const entry of recorded) {
    const image = await docker.getImage(entry.id).inspect().catch(fallBackUnlessBadAnswer(undefined));
    if (image === undefined || image.Id !== entry.image) {
      stale.push(entry.id);
      continue;
    }
    if (ownImages.has(image.Id)) continue;
    const group = byImage.get(image.Id) ?? { names: [], repoTags: image.RepoTags ?? [] };
    group.names.push({ reference: entry.id, id: image.Id });
    byImage.set(image.Id, group);
  }
  await forgetCreated(stale.map((id) => ({ kind: 'tag', id })), env);
  const tags: CleanTag[] = [];
  const lastNames: CleanTag[] = [];
  for (const { names, repoTags } of byImage.values()) {
    const keeps = repoTags.some((tag) => !names.some((name) => name.reference === tag));
    (keeps ? tags : lastNames).push(...names);
  }
  return { tags, lastNames };
}

export interface TagReport {
  removed(name: string, record: { kind: 'tag'; id: string }): void;
  skipped(name: string, reason: string): void;
}

/**
 * Untags each name (DELETE /images/{name}, no force), looking again first: between the plan and now the
 * image may have lost its other names, and then the name stays, with the reason.
 */
export async function removeTags(docker: Docker, tags: CleanTag[], onlyName: string, report: TagReport): Promise<void> {
  for (const tag of tags) {
    const image = await docker.getImage(tag.reference).inspect().catch(fallBackUnlessBadAnswer(undefined));
    if (image === undefined || image.Id !== tag.id) continue;
    if ((image.RepoTags ?? []).filter((name) => name !== tag.reference).length === 0) {
      report.skipped(tag.reference, onlyName);
      continue;
    }
    try {
      await docker.getImage(tag.reference).remove();
      report.removed(tag.reference, { kind: 'tag', id: tag.reference });
    } catch (error) {
      report.skipped(tag.reference, daemonReason(error));
    }
  }
}
