/**
 * The daemon's list answers (`ps`, `images`, `volume ls`, networks) checked against the fields the
 * tables, clean and the prune commands read. Fields nobody reads are let through as they came.
 */
import * as z from 'zod';
import type { ContainerSummary } from '../../format/containers.js';
import type { ImageSummary } from '../../format/images.js';
import type { VolumeSummary } from '../../format/volumes.js';
import { checkAnswer, lazy } from './check.js';

const names = () => z.array(z.string()).nullish();
/** Labels are read by clean and the prune commands; a daemon may send `null` for none. */
export const labels = () => z.record(z.string(), z.string()).nullish();

export const containerList = lazy(() => {
  const port = z.looseObject({ IP: z.string().optional(), PrivatePort: z.number(), PublicPort: z.number().optional(), Type: z.string() });
  return z.array(
    z.looseObject({
      Id: z.string(),
      Names: names().transform((value) => value ?? []),
      Image: z.string(),
      ImageID: z.string(),
      Command: z.string(),
      Created: z.number(),
      Ports: z.array(port).nullish().transform((value) => value ?? []),
      Status: z.string(),
      State: z.string().optional(),
      Labels: labels(),
      SizeRw: z.number().optional(),
      SizeRootFs: z.number().optional(),
    }),
  );
});

export const imageList = lazy(() =>
  z.array(z.looseObject({ Id: z.string(), RepoTags: names(), RepoDigests: names(), Created: z.number(), Size: z.number(), Labels: labels() })),
);

export const volumeList = lazy(() => z.looseObject({ Volumes: z.array(z.looseObject({ Name: z.string(), Driver: z.string(), Labels: labels() })).nullish() }));

export const networkList = lazy(() => z.array(z.looseObject({ Name: z.string() })));

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
