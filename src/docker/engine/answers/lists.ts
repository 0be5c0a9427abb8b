/**
 * The daemon's list answers (`ps`, `images`, `volume ls`, networks) checked against the fields the
 * tables, clean and the prune commands read. Fields nobody reads are let through as they came.
 */
// zod's functional build: the same checks, a third of the code to load and cheaper schemas to build, which
// matters on the path of a one-shot `try docker ps`.
import * as z from 'zod/mini';
import type { ContainerSummary } from '../../format/containers.js';
import type { ImageSummary } from '../../format/images.js';
import type { VolumeSummary } from '../../format/volumes.js';
import { onFirstUse } from '../../../first-use.js';
import { checkAnswer } from './check.js';

// Built once and shared by every field of its kind (see system.ts).
const names = onFirstUse(() => z.nullish(z.array(z.string())));
/** Labels are read by clean and the prune commands; a daemon may send `null` for none. */
export const labels = onFirstUse(() => z.nullish(z.record(z.string(), z.string())));
const orEmpty = <T>(value: T[] | null | undefined): T[] => value ?? [];

export const containerList = onFirstUse(() => {
  const port = z.looseObject({ IP: z.optional(z.string()), PrivatePort: z.number(), PublicPort: z.optional(z.number()), Type: z.string() });
  return z.array(
    z.looseObject({
      Id: z.string(),
      Names: z.pipe(names(), z.transform(orEmpty<string>)),
      Image: z.string(),
      ImageID: z.string(),
      Command: z.string(),
      Created: z.number(),
      Ports: z.pipe(z.nullish(z.array(port)), z.transform(orEmpty<z.infer<typeof port>>)),
      Status: z.string(),
      State: z.optional(z.string()),
      Labels: labels(),
      SizeRw: z.optional(z.number()),
      SizeRootFs: z.optional(z.number()),
    }),
  );
});

export const imageList = onFirstUse(() =>
  z.array(z.looseObject({ Id: z.string(), RepoTags: names(), RepoDigests: names(), Created: z.number(), Size: z.number(), Labels: labels() })),
);

export const volumeList = onFirstUse(() => z.looseObject({ Volumes: z.nullish(z.array(z.looseObject({ Name: z.string(), Driver: z.string(), Labels: labels() }))) }));

export const networkList = onFirstUse(() => z.array(z.looseObject({ Name: z.string() })));

export type ListedContainer = ContainerSummary & { State?: string | undefined; Labels?: Record<string, string> | null | undefined };
export type ListedImage = ImageSummary & { Labels?: Record<string, string> | null | undefined };
export type ListedVolume = VolumeSummary & { Labels?: Record<string, string> | null | undefined };

export function readContainerList(answer: unknown, url: string): ListedContainer[] {
  return checkAnswer(containerList(), answer, url, 'GET /containers/json');
}

export function readImageList(answer: unknown, url: string): ListedImage[] {
  return checkAnswer(imageList(), answer, url, 'GET /images/json');
}

export function readVolumeList(answer: unknown, url: string): ListedVolume[] {
  return checkAnswer(volumeList(), answer, url, 'GET /volumes').Volumes ?? [];
}
