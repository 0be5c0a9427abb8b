/**
 * Rules that join fields of one try or edit block (a recall step needs a goal and a hint ladder; a
 * startFails entry names one of the checks). They read the block as written, so they hold even when
 * another field is wrong, and each names the field to fix, for its line.
 */
import { ruleMessages } from '../i18n/lesson-rules.js';
import type { Step } from './model.js';
import type { BlockRef } from './parse.js';
import { isEditCheckKind, kindsOf } from './schema-edit.js';

export interface RuleProblem {
  path: PropertyKey[];
  message: string;
}

type Raw = Record<string, unknown>;

const asRecord = (raw: unknown): Raw | undefined => (raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Raw) : undefined);

export function tryRules(raw: unknown): RuleProblem[] {
  const block = asRecord(raw);
  if (!block) return [];
  const r = ruleMessages();
  const problems: RuleProblem[] = [];
  const { hint, hints } = block;
  if (block.mode === 'recall') {
    if (block.goal === undefined) problems.push({ path: ['mode'], message: r.recallNeedsGoal });
    if (hint !== undefined) problems.push({ path: ['hint'], message: r.recallSingleHint });
    else if (hints === undefined) problems.push({ path: ['mode'], message: r.recallNeedsHints });
    else if (Array.isArray(hints) && hints.length < 2) problems.push({ path: ['hints'], message: r.recallTooFewHints(hints.length) });
    return problems;
  }
  if (hint !== undefined && hints !== undefined) problems.push({ path: ['hint'], message: r.hintAndHints });
  // A step without any hint leaves a stuck learner nothing but the reveal.
  if (hint === undefined && hints === undefined) problems.push({ path: ['command'], message: r.hintMissing });
  return problems;
}

export function editRules(raw: unknown): RuleProblem[] {
  const block = asRecord(raw);
  if (!block) return [];
  const r = ruleMessages();
  const problems: RuleProblem[] = [];
  if (Array.isArray(block.checks) && Array.isArray(block.startFails)) {
    const kinds = new Set(block.checks.flatMap(kindsOf));
    block.startFails.forEach((kind, index) => {
      // A kind that does not exist is reported by the schema, with the one it was probably meant to be.
      if (typeof kind === 'string' && isEditCheckKind(kind) && !kinds.has(kind)) problems.push({ path: ['startFails', index], message: r.startFailsUnchecked(kind) });
    });
  }
  if (Array.isArray(block.files)) {
    const seen = new Set<string>();
    block.files.forEach((file, index) => {
      const path = asRecord(file)?.path;
      if (typeof path !== 'string') return;
      const key = path.split('\\').join('/').replace(/^\.\//, '');
      if (seen.has(key)) problems.push({ path: ['files', index, 'path'], message: `files[${index}].path: ${r.duplicatePath(path)}` });
      seen.add(key);
    });
  }
  return problems;
}

/** Where a `needs` entry points: an earlier try step whose command names the container. */
export function checkNeeds(steps: Step[], blocks: BlockRef[]): (RuleProblem & { block: BlockRef })[] {
  const r = ruleMessages();
  const problems: (RuleProblem & { block: BlockRef })[] = [];
  const actions = blocks.filter((block) => block.kind !== 'quiz');
  const tries = new Map(steps.flatMap((step) => (step.tryStep ? [[step.tryStep.id, step.tryStep] as const] : [])));
  for (const { tryStep } of steps) {
    if (!tryStep || tryStep.needs.length === 0) continue;
    const here = actions.findIndex((block) => block.line === tryStep.line);
    const block = actions[here]!;
    tryStep.needs.forEach((need, index) => {
      const field = `needs[${index}].step`;
      const at = actions.findIndex((other) => other.id === need.step);
      const source = tries.get(need.step);
      if (at < 0 || actions[at]!.kind !== 'try') problems.push({ block, path: ['needs', index, 'step'], message: r.needsUnknownStep(field, need.step) });
      else if (at >= here) problems.push({ block, path: ['needs', index, 'step'], message: r.needsLaterStep(field, need.step) });
      else if (source && !source.command.split(/[\s=]+/).includes(need.container)) {
        problems.push({ block, path: ['needs', index, 'container'], message: r.needsContainerNotMade(`needs[${index}].container`, need.container, need.step) });
      }
    });
  }
  return problems;
}
