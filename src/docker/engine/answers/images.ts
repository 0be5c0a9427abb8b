/**
 * The daemon's answers about images: inspect (GET /images/{name}/json, read by pull, tag, clean, the
 * step checks and doctor), history, DELETE /images/{name} (rmi, prune, clean), POST /images/prune and
 * GET /images/search (Docker Hub's answer, passed on by the daemon).
 */
import * as z from 'zod';
import { lazy } from './check.js';
import { labels } from './lists.js';

const words = () => z.array(z.string()).nullish();

export const imageInspectAnswer = lazy(() =>
  z.looseObject({
    Id: z.string(),
    RepoTags: words(),
    Size: z.number(),
    Config: z
      .looseObject({
        User: z.string().nullish(),
        WorkingDir: z.string().nullish(),
        Cmd: words(),
        Entrypoint: words(),
        Env: words(),
        Labels: labels(),
        ExposedPorts: z.record(z.string(), z.unknown()).nullish(),
      })
      .nullish(),
    RootFS: z.looseObject({ Layers: words() }).nullish(),
  }),
);

export const historyAnswer = lazy(() =>
  z.array(z.looseObject({ Id: z.string(), Created: z.number(), CreatedBy: z.string(), Size: z.number(), Comment: z.string() })),
);

const deleteItem = () => z.looseObject({ Untagged: z.string().optional(), Deleted: z.string().optional() });

export const imageDeleteAnswer = lazy(() => z.array(deleteItem()));

export const imagePruneAnswer = lazy(() => z.looseObject({ ImagesDeleted: z.array(deleteItem()).nullish(), SpaceReclaimed: z.number().nullish() }));

export const searchAnswer = lazy(() =>
  z.array(z.looseObject({ name: z.string(), description: z.string().nullish(), star_count: z.number().nullish(), is_official: z.boolean().nullish() })),
);
