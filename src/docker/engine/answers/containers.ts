/**
 * The daemon's answers about containers, execs, networks and volumes: inspect (GET /containers/{id}/json,
 * read by the step checks, logs and the name-collision guard), create, wait, exec create and inspect,
 * POST /containers/prune, and the network and volume lookups `run` makes before it creates anything.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../../../first-use.js';
import { labels } from './lists.js';

export const containerInspectAnswer = onFirstUse(() =>
  z.looseObject({
    Id: z.string(),
    Name: z.string(),
    State: z.looseObject({ Running: z.boolean(), ExitCode: z.number(), OOMKilled: z.nullish(z.boolean()) }),
    Config: z.nullish(z.looseObject({ Tty: z.nullish(z.boolean()), Labels: labels(), Env: z.nullish(z.array(z.string())) })),
    HostConfig: z.looseObject({ Memory: z.nullish(z.number()), NanoCpus: z.nullish(z.number()) }),
  }),
);

export const containerCreateAnswer = onFirstUse(() => z.looseObject({ Id: z.string(), Warnings: z.nullish(z.array(z.string())) }));

/**
 * The exit code may be missing: `run` then exits 125 as the docker CLI does ("no exit code"), which
 * needs the answer to reach it. Only what is there is checked.
 */
export const containerWaitAnswer = onFirstUse(() =>
  z.looseObject({ StatusCode: z.optional(z.number()), Error: z.nullish(z.looseObject({ Message: z.nullish(z.string()) })) }),
);

export const containerPruneAnswer = onFirstUse(() => z.looseObject({ ContainersDeleted: z.nullish(z.array(z.string())), SpaceReclaimed: z.nullish(z.number()) }));

export const execCreateAnswer = onFirstUse(() => z.looseObject({ Id: z.string() }));

// No ExitCode (or null) is read by the exec command as "no code came", which it says in words of its own.
export const execInspectAnswer = onFirstUse(() => z.looseObject({ Running: z.boolean(), ExitCode: z.nullish(z.number()) }));

/** `run` and the build only ask whether the object exists; what they get back must still be one. */
export const objectAnswer = onFirstUse(() => z.looseObject({}));

export const volumeCreateAnswer = onFirstUse(() => z.looseObject({ Name: z.string(), Labels: labels() }));
