/**
 * The daemon's list answers (`ps`, `images`, `volume ls`) checked against the fields the tables read,
 * before any of them is read: a daemon (or whatever answers on its socket) that sends a list of
 * something else gets one line naming it and the first field that is wrong, not a crash in a formatter.
 * Fields the tables do not read are let through as they came.
 */
import * as z from 'zod';
import type { ContainerSummary } from '../format/containers.js';
import type { ImageSummary } from '../format/images.js';
import type { VolumeSummary } from '../format/volumes.js';
import { daemonMessages } from '../../i18n/docker.js';
import { DaemonAnswerError } from './guard-answers.js';

const names = z.array(z.string()).nullish();
/** Labels are read by clean and the prune commands; a daemon may send `null` for none. */
const labels = z.record(z.string(), z.string()).nullish();

const port = z.looseObject({ IP: z.string().optional(), PrivatePort: z.number(), PublicPort: z.number().optional(), Type: z.string() });

const containerList = z.array(
  z.looseObject({
    Id: z.string(),
    Names: names.transform((value) => value ?? []),
    Image: z.string(),
    ImageID: z.string(),
    Command: z.string(),
    Created: z.number(),
    Ports: z.array(port).nullish().transform((value) => value ?? []),
    Status: z.string(),
    State: z.string().optional(),
    Labels: labels,
    SizeRw: z.number().optional(),
    SizeRootFs: z.number().optional(),
  }),
);

const imageList = z.array(z.looseObject({ Id: z.string(), RepoTags: names, RepoDigests: names, Created: z.number(), Size: z.number(), Labels: labels }));

const volumeList = z.looseObject({ Volumes: z.array(z.looseObject({ Name: z.string(), Driver: z.string(), Labels: labels })).nullish() });

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

function check<T>(schema: z.ZodType<T>, answer: unknown, url: string, request: string): T {
  // One answer per command: compiling a fast path (zod builds one with `new Function`) costs more than it saves.
  const result = schema.safeParse(answer, { jitless: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(the whole answer)';
  throw new DaemonAnswerError(daemonMessages().answerUnexpected(url, request, where), 'unexpected answer');
}
