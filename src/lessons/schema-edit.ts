/**
 * The shape of an edit block (docs/lesson-format.md, "Edit blocks"): the files the learner writes, with
 * their reference solution, and the checks the built image must pass. A check is a one-key mapping
 * (`- maxLayers: 3`) plus an optional `why`; each kind has its own value shape.
 */
// zod's functional build: the same checks with cheaper schemas to build, which learn's first screen waits for.
import * as z from 'zod/mini';
import { onFirstUse } from '../first-use.js';
import { closestWord } from './closest.js';
import { EDIT_CHECK_KINDS, type EditCheck, type EditCheckKind } from './model.js';
import { absolutePath, addRule, atLeastOne, id, PARSE_OPTIONS, relativePath, size, text, textMap } from './schema-common.js';

/** `8080`, `8080/tcp` or `53/udp`, read as Config.ExposedPorts keys are written: always with the protocol. */
const port = () =>
  z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx) => {
      const match = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '');
      const number = Number(match?.[1]);
      if (match && number >= 1 && number <= 65535) return `${number}/${match[2] ?? 'tcp'}`;
      addRule(ctx, { message: 'port', params: { rule: 'port' } });
      return z.NEVER;
    }),
  );

/**
 * `cacheReuse: logs/app.log` (the whole rebuild is cached: the file must not matter to the image) or
 * `cacheReuse: {file: src/app.sh, keep: installing}` (the instructions whose text holds `keep`, the
 * expensive ones, stay cached). "Everything before the COPY that brings the file in" would hold for any
 * Dockerfile, so it could never tell a bad order from a good one.
 */
const cacheReuseSchema = () =>
  z.union([
    z.pipe(
      relativePath,
      z.transform((file: string) => ({ file })),
    ),
    z.strictObject({ file: relativePath, keep: text }),
  ]);

const runSchema = () =>
  z
    .strictObject({
      command: z.optional(z.array(text).check(z.minLength(1))),
      output: z.optional(text),
      exitCode: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(255))),
    })
    .check(z.refine((run) => run.output !== undefined || run.exitCode !== undefined, { params: { rule: 'run-empty' } }));

/** The value each kind takes (built the first time a check of that kind is read), and how it lands in the model. */
const KINDS: { [K in EditCheckKind]: { value: () => z.ZodMiniType; build: (value: never) => Extract<EditCheck, { kind: K }> } } = {
  builds: { value: () => z.literal(true), build: () => ({ kind: 'builds' }) },
  notRoot: { value: () => z.literal(true), build: () => ({ kind: 'notRoot' }) },
  execForm: { value: () => z.literal(true), build: () => ({ kind: 'execForm' }) },
  workdir: { value: () => absolutePath, build: (path: string) => ({ kind: 'workdir', path }) },
  env: { value: () => textMap, build: (vars: Record<string, string>) => ({ kind: 'env', vars }) },
  label: { value: () => textMap, build: (labels: Record<string, string>) => ({ kind: 'label', labels }) },
  expose: { value: port, build: (port: string) => ({ kind: 'expose', port }) },
  maxLayers: { value: () => z.number().check(z.int(), z.positive()), build: (layers: number) => ({ kind: 'maxLayers', layers }) },
  maxSize: { value: () => size, build: (bytes: number) => ({ kind: 'maxSize', bytes }) },
  cacheReuse: { value: cacheReuseSchema, build: (reuse: { file: string; keep?: string }) => ({ kind: 'cacheReuse', ...reuse }) },
  maxContext: { value: () => size, build: (bytes: number) => ({ kind: 'maxContext', bytes }) },
  contextExcludes: { value: () => relativePath, build: (path: string) => ({ kind: 'contextExcludes', path }) },
  absent: { value: () => absolutePath, build: (path: string) => ({ kind: 'absent', path }) },
  present: { value: () => absolutePath, build: (path: string) => ({ kind: 'present', path }) },
  run: { value: runSchema, build: (run: { command?: string[]; output?: string; exitCode?: number }) => ({ kind: 'run', ...run }) },
};

export function isEditCheckKind(name: string): name is EditCheckKind {
  return (EDIT_CHECK_KINDS as readonly string[]).includes(name);
}

/** The kinds a raw check item names (every key but `why`). */
export function kindsOf(item: unknown): string[] {
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item).filter((key) => key !== 'why') : [];
}

const builtValues: Partial<Record<EditCheckKind, z.ZodMiniType>> = {};
const valueSchema = (kind: EditCheckKind) => (builtValues[kind] ??= KINDS[kind].value());

const editCheck = () =>
  z.pipe(
    z.unknown(),
    z.transform((item: unknown, ctx): EditCheck => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        addRule(ctx, { message: 'check', params: { rule: 'check-item' } });
        return z.NEVER;
      }
      const why = (item as { why?: unknown }).why;
      if (why !== undefined && (typeof why !== 'string' || why.trim() === '')) addRule(ctx, { message: 'why', path: ['why'], params: { rule: 'why-text' } });
      const kinds = kindsOf(item);
      if (kinds.length !== 1) {
        addRule(ctx, { message: 'kinds', path: kinds.length > 1 ? [kinds[1]!] : [], params: { rule: kinds.length > 1 ? 'check-two-kinds' : 'check-no-kind', kinds } });
        return z.NEVER;
      }
      const kind = kinds[0]!;
      if (!isEditCheckKind(kind)) {
        addRule(ctx, { message: 'unknown', path: [kind], params: { rule: 'check-unknown', kind, closest: closestWord(kind, EDIT_CHECK_KINDS) } });
        return z.NEVER;
      }
      const result = valueSchema(kind).safeParse((item as Record<string, unknown>)[kind], PARSE_OPTIONS);
      if (!result.success) {
        // The value's issues, placed under the kind's key, as they would be had the kind been a field.
        for (const issue of result.error.issues) ctx.issues.push({ ...issue, path: [kind, ...issue.path] } as z.core.$ZodRawIssue);
        return z.NEVER;
      }
      const check = (KINDS[kind].build as (value: unknown) => EditCheck)(result.data);
      return typeof why === 'string' ? { ...check, why: why.trim() } : check;
    }),
  );

/** A check kind named on its own (in startFails): a misspelt one is told the kind it was probably meant to be. */
const kindName = () =>
  z.pipe(
    z.string(),
    z.transform((name: string, ctx): EditCheckKind => {
      if (isEditCheckKind(name)) return name;
      addRule(ctx, { message: 'kind', params: { rule: 'kind-unknown', kind: name, closest: closestWord(name, EDIT_CHECK_KINDS) } });
      return z.NEVER;
    }),
  );

/** A docker image reference written by hand: lowercase name, optional tag. */
const imageTag = onFirstUse(() => z.string().check(z.maxLength(255), z.regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::\w[\w.-]{0,127})?$/)));

/** Code is kept byte for byte: a solution's trailing newline is part of the file. */
const fileText = onFirstUse(() => z.string().check(z.refine((value) => value.trim() !== '', { params: { rule: 'not-empty' } })));

/** Built the first time an edit block is read: most lessons have none. */
export const editSchema = onFirstUse(() =>
  z.pipe(
    z.strictObject({
      id,
      goal: text,
      files: atLeastOne(z.strictObject({ path: relativePath, start: z.optional(z.string()), solution: fileText() })),
      build: z.optional(z.partial(z.strictObject({ tag: imageTag(), dockerfile: relativePath, target: text, args: textMap }))),
      startFails: atLeastOne(kindName()),
      hints: z.optional(atLeastOne(text)),
      checks: atLeastOne(editCheck()),
      explain: text,
    }),
    z.transform(({ build, files, hints, ...edit }) => ({
      ...edit,
      files: files.map((file) => ({ path: file.path.split('\\').join('/'), start: file.start ?? '', solution: file.solution })),
      build: { tag: build?.tag ?? `dt-${edit.id}`, dockerfile: build?.dockerfile ?? 'Dockerfile', ...(build?.target ? { target: build.target } : {}), args: build?.args ?? {} },
      hints: hints ?? [],
    })),
  ),
);

export type EditBlock = z.output<ReturnType<typeof editSchema>>;
