/** What `docktutor clean` prints: the plan before, the outcome after. Pure. */
import stringWidth from 'string-width';
import { cleanMessages } from '../i18n/clean.js';
import type { CleanOutcome, CleanPlan } from './clean.js';

export function countPlan(plan: CleanPlan): number {
  return plan.containers.length + plan.images.length + plan.pulled.length;
}

export function formatCleanPlan(plan: CleanPlan, run: string | undefined): string {
  const m = cleanMessages();
  if (countPlan(plan) === 0) return `${run ? m.nothingRun(run) : m.nothing}\n`;
  const lines = [run ? m.headingRun(run) : m.heading];
  if (plan.containers.length > 0) {
    lines.push(`  ${m.containers}:`);
    const rows = plan.containers.map((c) => [c.name, c.id.slice(0, 12), c.image, m.state(c.state)]);
    lines.push(...alignColumns(rows).map((row) => `    ${row}`));
  }
  if (plan.images.length > 0) {
    lines.push(`  ${m.images}:`);
    for (const image of plan.images) {
      const id = image.id.replace(/^sha256:/, '').slice(0, 12);
      lines.push(`    ${image.tags.length > 0 ? `${image.tags.join(', ')}  ${id}` : `${m.untagged}  ${id}`}`);
    }
  }
  if (plan.pulled.length > 0) {
    lines.push(`  ${m.pulled}:`);
    for (const image of plan.pulled) lines.push(`    ${image.reference}  ${image.id.replace(/^sha256:/, '').slice(0, 12)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatCleanOutcome(outcome: CleanOutcome): string {
  const m = cleanMessages();
  const lines = outcome.removed.map(({ kind, name }) =>
    kind === 'container' ? m.removedContainer(name) : kind === 'image' ? m.removedImage(name) : m.removedPulled(name),
  );
  for (const { name, reason } of outcome.skipped) lines.push(m.skipped(name, reason));
  lines.push(m.summary(outcome.removed.length, outcome.skipped.length));
  return `${lines.join('\n')}\n`;
}


/** Rows of cells as columns two spaces apart, each as wide as its widest cell (the last one unpadded). */
export function alignColumns(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, stringWidth(cell))));
  return rows.map((row) =>
    row.map((cell, index) => (index === row.length - 1 ? cell : cell + ' '.repeat(widths[index]! - stringWidth(cell)))).join('  '),
  );
}
