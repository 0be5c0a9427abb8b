/**
 * One message of the Engine API's JSON progress streams (pull, push, build), checked against the fields
 * the renderers and the error handling read. `aux` (an image ID, BuildKit's protobuf in base64) is read
 * by its own reader, and other fields are let through.
 */
import * as z from 'zod/mini';
import type { JsonMessage } from '../stream-progress.js';
import { onFirstUse } from '../../../first-use.js';

/** The daemon leaves an empty field out (Go's `omitempty`): a present one has its type, never null. */
const text = onFirstUse(() => z.optional(z.string()));
const number = onFirstUse(() => z.optional(z.number()));

export const streamMessage = onFirstUse((): z.ZodMiniType<JsonMessage> =>
  z.looseObject({
    id: text(),
    status: text(),
    stream: text(),
    progress: text(),
    progressDetail: z.optional(z.looseObject({ current: number(), total: number(), units: text(), hidecounts: z.optional(z.boolean()) })),
    error: text(),
    errorDetail: z.optional(z.looseObject({ code: number(), message: text() })),
    aux: z.unknown(),
  }),
);
