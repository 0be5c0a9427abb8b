/**
 * The shapes of a lesson's YAML: front matter, try blocks and quiz blocks (docs/lesson-format.md); edit
 * blocks are in schema-edit.ts. Objects are strict so that a misspelt field is reported instead of
 * silently ignored. Rules across fields (recall needs a goal) are in block-rules.ts. Block schemas are
 * built on first use: the front matter is all a lesson's first screen needs.
 */
// zod's functional build: the same checks with cheaper schemas to build, which learn's first screen waits for.
import * as z from 'zod/mini';
import { onFirstUse } from '../first-use.js';
import { parseRamInBytes } from '../docker/command-line/units.js';
import { PREDICT_MEASURES, TRY_MODES } from './model.js';
import { addRule, atLeastOne, id, relativePath, size, text } from './schema-common.js';
import { DEFAULT_PASS_MARK } from '../quiz/round.js';

const int = onFirstUse(() => z.number().check(z.int()));
const positiveInt = onFirstUse(() => z.number().check(z.int(), z.positive()));
const dockerCommand = onFirstUse(() => z.string().check(z.trim(), z.regex(/^docker\s+\S/)));

export const frontMatterSchema = z.strictObject({
  id,
  title: text,
  order: positiveInt(),
  summary: text,
  objectives: atLeastOne(text),
  minutes: positiveInt(),
  passMark: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(100)), DEFAULT_PASS_MARK),
  generate: z._default(z.array(z.strictObject({ path: relativePath, size })), []),
});

const checkSchema = () =>
  z
    .partial(
      z.strictObject({
        exitCode: int(),
        // One text or several, each of which must (or, for outputNot, must not) appear.
        output: z.union([text, atLeastOne(text)]),
        outputNot: z.union([text, atLeastOne(text)]),
        container: z.partial(
          z.strictObject({
            name: text,
            image: text,
            running: z.boolean(),
            exitCode: int(),
            oomKilled: z.boolean(),
            // Read as the docker CLI reads --memory, so that a lesson can only ask for a limit docker accepts.
            memory: z.string().check(z.refine((value) => parseRamInBytes(value) !== undefined, { params: { rule: 'memory' } })),
            cpus: z.number().check(z.positive()),
          }),
        ),
        image: z.strictObject({ ref: text, exists: z.optional(z.boolean()), env: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/)), text)) }),
        removed: z.boolean(),
        build: z.partial(z.strictObject({ cachedSteps: z.array(positiveInt()), contextMaxBytes: size, contextMinBytes: size })),
        login: z.strictObject({ server: text, loggedIn: z.boolean() }),
        registry: z.strictObject({ repo: text, tag: text }),
      }),
    )
    .check(z.refine((check) => Object.keys(check).length > 0, { params: { rule: 'check-empty' } }));

/** The default relative tolerance of an image size prediction. */
export const SIZE_TOLERANCE = 0.25;

/** A choice is a number (`2`, `"2"`, `"4.5"`): the right one is compared with the measured result. */
const choice = () =>
  z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx) => {
      const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isFinite(number) && number >= 0) return number;
      addRule(ctx, { message: 'choice', params: { rule: 'choice' } });
      return z.NEVER;
    }),
  );

const predictSchema = () =>
  z.pipe(
    z
      .strictObject({
        question: text,
        measure: z.enum(PREDICT_MEASURES),
        options: z.optional(z.array(choice()).check(z.minLength(2))),
        tolerance: z.optional(z.number().check(z.positive(), z.maximum(1))),
      })
      .check(
        z.superRefine((predict, ctx) => {
          if (predict.tolerance !== undefined && predict.measure !== 'imageSizeMB') {
            ctx.addIssue({ code: 'custom', message: 'tolerance', path: ['tolerance'], params: { rule: 'tolerance-size-only' } });
          }
          const options = predict.options ?? [];
          options.forEach((option, index) => {
            if (predict.measure !== 'imageSizeMB' && !Number.isInteger(option)) ctx.addIssue({ code: 'custom', message: 'whole', path: ['options', index], params: { rule: 'choice-whole' } });
            if (options.indexOf(option) !== index) ctx.addIssue({ code: 'custom', message: 'twice', path: ['options', index], params: { rule: 'choice-twice', value: option } });
          });
        }),
      ),
    z.transform(({ tolerance, ...predict }) => ({ ...predict, tolerance: tolerance ?? (predict.measure === 'imageSizeMB' ? SIZE_TOLERANCE : 0) })),
  );

export const trySchema = onFirstUse(() =>
  z.strictObject({
    id,
    mode: z._default(z.enum(TRY_MODES), 'copy'),
    goal: z.optional(text),
    command: dockerCommand(),
    hint: z.optional(text),
    hints: z.optional(atLeastOne(text)),
    check: checkSchema(),
    predict: z.optional(predictSchema()),
    needs: z.optional(atLeastOne(z.strictObject({ container: text, step: id }))),
    network: z.optional(z.literal('bridge')),
    explain: text,
  }),
);

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'command'] as const;
type QuestionType = (typeof QUESTION_TYPES)[number];

/** Read first, so that a wrong `type` is reported as such rather than as every field being unexpected. */
export const quizHeadSchema = onFirstUse(() => z.looseObject({ id, type: z.enum(QUESTION_TYPES), question: text, explanation: text }));

const base = { id, question: text, explanation: text };

const choiceSchema = (type: 'single' | 'multiple') => {
  const option = z.strictObject({ text, correct: z._default(z.boolean(), false), why: z.optional(text) });
  return z.strictObject({ ...base, type: z.literal(type), options: z.array(option).check(z.minLength(2)) }).check(
    z.superRefine((quiz, ctx) => {
      const correct = quiz.options.filter((o) => o.correct).length;
      if (type === 'single' && correct !== 1) ctx.addIssue({ code: 'custom', message: 'single', path: ['options'], params: { rule: 'single-correct', count: correct } });
      if (type === 'multiple' && correct < 1) ctx.addIssue({ code: 'custom', message: 'multiple', path: ['options'], params: { rule: 'multiple-correct' } });
    }),
  );
};

const QUIZ_BUILDERS = {
  single: () => choiceSchema('single'),
  multiple: () => choiceSchema('multiple'),
  truefalse: () => z.strictObject({ ...base, type: z.literal('truefalse'), answer: z.boolean() }),
  command: () => z.strictObject({ ...base, type: z.literal('command'), answer: dockerCommand() }),
} as const;

type QuizSchemas = { [T in QuestionType]: ReturnType<(typeof QUIZ_BUILDERS)[T]> };
const builtQuizSchemas: Partial<QuizSchemas> = {};

/** The schema of one question type, built the first time a question of that type is read. */
export function quizSchema<T extends QuestionType>(type: T): QuizSchemas[T] {
  return (builtQuizSchemas[type] ??= QUIZ_BUILDERS[type]() as QuizSchemas[T]) as QuizSchemas[T];
}

export type FrontMatter = z.output<typeof frontMatterSchema>;
export type TryBlock = z.output<ReturnType<typeof trySchema>>;
