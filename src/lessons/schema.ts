/**
 * The shapes of a lesson's YAML: front matter, try blocks and quiz blocks (docs/lesson-format.md); edit
 * blocks are in schema-edit.ts. Objects are strict so that a misspelt field is reported instead of
 * silently ignored. Rules across fields (recall needs a goal) are in block-rules.ts.
 */
import * as z from 'zod';
import { parseRamInBytes } from '../docker/command-line/units.js';
import { PREDICT_MEASURES, TRY_MODES } from './model.js';
import { id, relativePath, size, text } from './schema-common.js';
import { DEFAULT_PASS_MARK } from '../quiz/round.js';


export const frontMatterSchema = z.strictObject({
  id,
  title: text,
  order: z.number().int().positive(),
  summary: text,
  objectives: z.array(text).min(1),
  minutes: z.number().int().positive(),
  passMark: z.number().int().min(1).max(100).default(DEFAULT_PASS_MARK),
  generate: z.array(z.strictObject({ path: relativePath, size })).default([]),
});

const checkSchema = z
  .strictObject({
    exitCode: z.number().int(),
    // One text or several, each of which must (or, for outputNot, must not) appear.
    output: z.union([text, z.array(text).min(1)]),
    outputNot: z.union([text, z.array(text).min(1)]),
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
    image: z.strictObject({ ref: text, exists: z.boolean().optional(), env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), text).optional() }),
    removed: z.boolean(),
    build: z.strictObject({ cachedSteps: z.array(z.number().int().positive()), contextMaxBytes: size, contextMinBytes: size }).partial(),
    login: z.strictObject({ server: text, loggedIn: z.boolean() }),
    registry: z.strictObject({ repo: text, tag: text }),
  })
  .partial()
  .refine((check) => Object.keys(check).length > 0, { params: { rule: 'check-empty' } });

/** The default relative tolerance of an image size prediction. */
export const SIZE_TOLERANCE = 0.25;

/** A choice is a number (`2`, `"2"`, `"4.5"`): the right one is compared with the measured result. */
const choice = z.unknown().transform((value, ctx) => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isFinite(number) && number >= 0) return number;
  ctx.addIssue({ code: 'custom', message: 'choice', params: { rule: 'choice' } });
  return z.NEVER;
});

const predictSchema = z
  .strictObject({
    question: text,
    measure: z.enum(PREDICT_MEASURES),
    options: z.array(choice).min(2).optional(),
    tolerance: z.number().positive().max(1).optional(),
  })
  .superRefine((predict, ctx) => {
    if (predict.tolerance !== undefined && predict.measure !== 'imageSizeMB') {
      ctx.addIssue({ code: 'custom', message: 'tolerance', path: ['tolerance'], params: { rule: 'tolerance-size-only' } });
    }
    const options = predict.options ?? [];
    options.forEach((option, index) => {
      if (predict.measure !== 'imageSizeMB' && !Number.isInteger(option)) ctx.addIssue({ code: 'custom', message: 'whole', path: ['options', index], params: { rule: 'choice-whole' } });
      if (options.indexOf(option) !== index) ctx.addIssue({ code: 'custom', message: 'twice', path: ['options', index], params: { rule: 'choice-twice', value: option } });
    });
  })
  .transform(({ tolerance, ...predict }) => ({ ...predict, tolerance: tolerance ?? (predict.measure === 'imageSizeMB' ? SIZE_TOLERANCE : 0) }));

export const trySchema = z.strictObject({
  id,
  mode: z.enum(TRY_MODES).default('copy'),
  goal: text.optional(),
  command: z.string().trim().regex(/^docker\s+\S/),
  hint: text.optional(),
  hints: z.array(text).min(1).optional(),
  check: checkSchema,
  predict: predictSchema.optional(),
  needs: z.array(z.strictObject({ container: text, step: id })).min(1).optional(),
  network: z.literal('bridge').optional(),
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
