/**
 * What the lessons use of the practice image: a shell, /etc/passwd and /tmp, which Docker Hub's busybox has.
 * doctor looks for them in the image itself, so that an image that merely carries the name (a home-made
 * busybox:latest) is reported now rather than failing a lesson later. It creates a container of the image
 * without starting it, asks the daemon to stat each path (HEAD /containers/{id}/archive, nothing runs and
 * nothing is copied), and removes the container.
 */
import type Docker from 'dockerode';
import { daemonReason } from '../../docker/engine/errors.js';
import { docktutorLabels } from '../../docker/engine/labels.js';
import { doctorMessages } from '../../i18n/doctor.js';

export interface ImageNeed {
  path: string;
  dir: boolean;
}

export const LESSON_IMAGE_NEEDS: readonly ImageNeed[] = [
  { path: '/bin/sh', dir: false },
  { path: '/etc/passwd', dir: false },
  { path: '/tmp', dir: true },
];

/** What the daemon says of a path (X-Docker-Container-Path-Stat); undefined when the path is not there. */
export interface PathStat {
  mode: number;
}

/** Pure: the paths whose stat does not meet the need (absent, or not a directory where one is needed). */
export function unmetNeeds(stats: ReadonlyMap<string, PathStat | undefined>, needs: readonly ImageNeed[] = LESSON_IMAGE_NEEDS): string[] {
  // The mode is Go's os.FileMode: the directory bit is 1 << 31 (>>> reads it as unsigned).
  const isDir = (mode: number) => (mode >>> 31) === 1;
  return needs.filter((need) => {
    const stat = stats.get(need.path);
    return stat === undefined || (need.dir && !isDir(stat.mode));
  }).map((need) => need.path);
}

/** Pure: the stat header's JSON, or undefined when it is missing or not what the daemon documents. */
export function parsePathStat(header: string | string[] | undefined): PathStat | undefined {
  if (typeof header !== 'string') return undefined;
  try {
    const value = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as { mode?: unknown };
    return typeof value.mode === 'number' ? { mode: value.mode } : undefined;
  } catch {
    return undefined;
  }
}

async function statPath(container: Docker.Container, path: string): Promise<PathStat | undefined> {
  try {
    const response = (await container.infoArchive({ path })) as NodeJS.ReadableStream & { headers?: Record<string, string | string[] | undefined> };
    (response as NodeJS.ReadableStream & { resume?: () => void }).resume?.();
    return parsePathStat(response.headers?.['x-docker-container-path-stat']);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

/** The needs the image does not meet, looked up on the daemon. */
export async function findUnmetNeeds(docker: Docker, ref: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  // Labelled as docktutor's, so `docktutor clean` removes it should doctor be stopped half-way. The command is
  // given because an image without CMD cannot be created; the container never starts.
  const container = await docker.createContainer({ Image: ref, Cmd: ['/bin/sh'], Labels: docktutorLabels('doctor', env), HostConfig: { NetworkMode: 'none' } });
  try {
    const stats = new Map<string, PathStat | undefined>();
    for (const need of LESSON_IMAGE_NEEDS) stats.set(need.path, await statPath(container, need.path));
    return unmetNeeds(stats);
  } finally {
    await container.remove({ force: true }).catch(() => undefined);
  }
}

/** doctor's problem with the practice image's content, if any. */
export async function practiceImageProblem(docker: Docker, ref: string, env: NodeJS.ProcessEnv = process.env): Promise<{ problem: string; fix: string } | undefined> {
  const m = doctorMessages();
  const wanted = LESSON_IMAGE_NEEDS.map((need) => need.path);
  try {
    const unmet = await findUnmetNeeds(docker, ref, env);
    return unmet.length === 0 ? undefined : { problem: m.imageLacks(ref, unmet), fix: m.imageLacksFix(wanted) };
  } catch (error) {
    // The daemon's words may hold anything: no control character reaches the terminal.
    const reason = daemonReason(error).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return { problem: m.imageUnchecked(ref, reason), fix: m.imageLacksFix(wanted) };
  }
}
