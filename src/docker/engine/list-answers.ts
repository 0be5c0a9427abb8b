/**
 * The daemon's list answers (`ps`, `images`, `volume ls`) checked against the fields the tables read,
 * before any of them is read: a daemon (or whatever answers on its socket) that sends a list of
 * something else gets one line naming it and the first field that is wrong, not a crash in a formatter.
 * Fields the tables do not read are let through as they came.
 */
// zod's functional build: the same checks, a third of the code to load and cheaper schemas to build, which
// matters on the path of a one-shot `try docker ps`.
import * as z from 'zod/mini';
import type { ContainerSummary } from '../format/containers.js';
import type { ImageSummary } from '../format/images.js';
import type { VolumeSummary } from '../format/volumes.js';
import { daemonMessages } from '../../i18n/docker.js';
import { DaemonAnswerError } from './guard-answers.js';

const names = z.nullish(z.array(z.string()));
/** Labels are read by clean and the prune commands; a daemon may send `null` for none. */
const labels = z.nullish(z.record(z.string(), z.string()));

const port = z.looseObject({ IP: z.optional(z.string()), PrivatePort: z.number(), PublicPort: z.optional(z.number()), Type: z.string() });
const orEmpty = <T>(value: T[] | null | undefined): T[] => value ?? [];

const containerList = z.array(
  z.looseObject({
    Id: z.string(),
    Names: z.pipe(names, z.transform(orEmpty<string>)),
    Image: z.string(),
    ImageID: z.string(),
    Command: z.string(),
    Created: z.number(),
    Ports: z.pipe(z.nullish(z.array(port)), z.transform(orEmpty<z.infer<typeof port>>)),
    Status: z.string(),
    State: z.optional(z.string()),
    Labels: labels,
    SizeRw: z.optional(z.number()),
    SizeRootFs: z.optional(z.number()),
  }),
);

const imageList = z.array(z.looseObject({ Id: z.string(), RepoTags: names, RepoDigests: names, Created: z.number(), Size: z.number(), Labels: labels }));

const volumeList = z.looseObject({ Volumes: z.nullish(z.array(z.looseObject({ Name: z.string(), Driver: z.string(), Labels: labels }))) });

export type ListedContainer = ContainerSummary & { State?: string | undefined; Labels?: Record<string, string> | null | undefined };
export type ListedImage = ImageSummary & { Labels?: Record<string, string> | null | undefined };
export type ListedVolume = VolumeSummary & { Labels?: Record<string, string> | null | undefined };

export function readContainerList(answer: unknown, url: string): ListedContainer[] {
  return check(containerList, answer, url, 'GET /containers/json');
}

export function readImageList(answer: unknown, url: string): ListedImage[] {
  return check(imageList, answer, url, 'GET /images/json');
}

export function readVolumeList(answer: unknown, url: string): ListedVolume[] {
  return check(volumeList, answer, url, 'GET /volumes').Volumes ?? [];
}

function check<T>(schema: z.ZodMiniType<T>, answer: unknown, url: string, request: string): T {
  // One answer per command: compiling a fast path (zod builds one with `new Function`) costs more than it saves.
  const result = schema.safeParse(answer, { jitless: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(the whole answer)';
  throw new DaemonAnswerError(daemonMessages().answerUnexpected(url, request, where), 'unexpected answer');
}
