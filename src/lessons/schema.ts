/**
 * The shapes of a lesson's YAML: front matter, try blocks and quiz blocks (docs/lesson-format.md).
 * Objects are strict so that a misspelt field is reported instead of silently ignored. Rules that
 * zod cannot say with a type carry a `rule` param; problems.ts turns it into a sentence.
 */
import { z } from 'zod';
import { parseRamInBytes } from '../docker/command-line/units.js';
import { parseSize } from './size.js';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);
const id = z.string().regex(ID);

/** `20MiB`, `512KiB`, `1GiB` or a plain byte count. */
const size = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const bytes = parseSize(value);
  if (bytes === undefined) {
    ctx.addIssue({ code: 'custom', message: 'size', params: { rule: 'size' } });
    return z.NEVER;
  }
  return bytes;
});

const relativePath = z.string().refine((path) => path.length > 0 && !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
  params: { rule: 'relative-path' },
});

export const frontMatterSchema = z.strictObject({
  id,
  title: text,
  order: z.number().int().positive(),
  summary: text,
  objectives: z.array(text).min(1),
  minutes: z.number().int().positive(),
  generate: z.array(z.strictObject({ path: relativePath, size })).default([]),
});

const checkSchema = z
  .strictObject({
    exitCode: z.number().int(),
    output: text,
    container: z.strictObject({
      name: text,
      image: text,
      running: z.boolean(),
      exitCode: z.number().int(),
      oomKilled: z.boolean(),
      // Read as the docker CLI reads --memory, so that a lesson can only ask for a limit docker accepts.
      memory: z.string().refine((value) => parseRamInBytes(value) !== undefined, { params: { rule: 'memory' } }),
      cpus: z.number().positive(),
    }).partial(),
    image: z.strictObject({ ref: text, exists: z.boolean().optional() }),
    build: z.strictObject({ cachedSteps: z.array(z.number().int().positive()), contextMaxBytes: size, contextMinBytes: size }).partial(),
    login: z.strictObject({ server: text, loggedIn: z.boolean() }),
    registry: z.strictObject({ repo: text, tag: text }),
  })
  .partial()
  .refine((check) => Object.keys(check).length > 0, { params: { rule: 'check-empty' } });

export const trySchema = z.strictObject({
  id,
  command: z.string().trim().regex(/^docker\s+\S/),
  hint: text,
  check: checkSchema,
  explain: text,
});

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'command'] as const;

/** Read first, so that a wrong `type` is reported as such rather than as every field being unexpected. */
export const quizHeadSchema = z.looseObject({ id, type: z.enum(QUESTION_TYPES), question: text, explanation: text });

const option = z.strictObject({ text, correct: z.boolean().default(false), why: text.optional() });
const base = { id, question: text, explanation: text };

const choiceSchema = (type: 'single' | 'multiple') =>
  z
    .strictObject({ ...base, type: z.literal(type), options: z.array(option).min(2) })
    .superRefine((quiz, ctx) => {
      const correct = quiz.options.filter((o) => o.correct).length;
      if (type === 'single' && correct !== 1) ctx.addIssue({ code: 'custom', message: 'single', path: ['options'], params: { rule: 'single-correct', count: correct } });
      if (type === 'multiple' && correct < 1) ctx.addIssue({ code: 'custom', message: 'multiple', path: ['options'], params: { rule: 'multiple-correct' } });
    });

export const quizSchemas = {
  single: choiceSchema('single'),
  multiple: choiceSchema('multiple'),
  truefalse: z.strictObject({ ...base, type: z.literal('truefalse'), answer: z.boolean() }),
  command: z.strictObject({ ...base, type: z.literal('command'), answer: z.string().trim().regex(/^docker\s+\S/) }),
} as const;

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type TryBlock = z.output<typeof trySchema>;
