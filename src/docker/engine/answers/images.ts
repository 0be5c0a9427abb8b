/**
 * The daemon's answers about images: inspect (GET /images/{name}/json, read by pull, tag, clean, the
 * step checks and doctor), history, DELETE /images/{name} (rmi, prune, clean), POST /images/prune and
 * GET /images/search (Docker Hub's answer, passed on by the daemon).
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../../../first-use.js';
import { labels } from './lists.js';

// Built once and shared by every field of its kind (see system.ts).
const words = onFirstUse(() => z.nullish(z.array(z.string())));

export const imageInspectAnswer = onFirstUse(() =>
  z.looseObject({
    Id: z.string(),
    RepoTags: words(),
    Size: z.number(),
    Config: z.nullish(
      z.looseObject({
        User: z.nullish(z.string()),
        WorkingDir: z.nullish(z.string()),
        Cmd: words(),
        Entrypoint: words(),
        Env: words(),
        Labels: labels(),
        ExposedPorts: z.nullish(z.record(z.string(), z.unknown())),
      }),
    ),
    RootFS: z.nullish(z.looseObject({ Layers: words() })),
  }),
);

export const historyAnswer = onFirstUse(() =>
  z.array(z.looseObject({ Id: z.string(), Created: z.number(), CreatedBy: z.string(), Size: z.number(), Comment: z.string() })),
);

const deleteItem = () => z.looseObject({ Untagged: z.optional(z.string()), Deleted: z.optional(z.string()) });

export const imageDeleteAnswer = onFirstUse(() => z.array(deleteItem()));

export const imagePruneAnswer = onFirstUse(() => z.looseObject({ ImagesDeleted: z.nullish(z.array(deleteItem())), SpaceReclaimed: z.nullish(z.number()) }));

export const searchAnswer = onFirstUse(() =>
  z.array(z.looseObject({ name: z.string(), description: z.nullish(z.string()), star_count: z.nullish(z.number()), is_official: z.nullish(z.boolean()) })),
);
