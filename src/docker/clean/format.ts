/** What `docktutor clean` prints: the plan before, the outcome after. Pure. */
import { cleanMessages } from '../../i18n/clean.js';
import type { CleanOutcome, CleanPlan } from './plan.js';
import { alignColumns } from '../../terminal/columns.js';

export function countPlan(plan: CleanPlan): number {
  return plan.containers.length + plan.images.length + plan.volumes.length + plan.networks.length + plan.tags.length + plan.pulled.length;
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
  if (plan.volumes.length > 0) {
    lines.push(`  ${m.volumes}:`);
    for (const volume of plan.volumes) lines.push(`    ${volume.name}`);
  }
  if (plan.networks.length > 0) {
    lines.push(`  ${m.networks}:`);
    for (const network of plan.networks) lines.push(`    ${network.name}  ${network.id.slice(0, 12)}`);
  }
  if (plan.tags.length > 0) {
    lines.push(`  ${m.tags}:`);
    for (const tag of plan.tags) lines.push(`    ${tag.reference}  ${tag.id.replace(/^sha256:/, '').slice(0, 12)}`);
  }
  if (plan.pulled.length > 0) {
    lines.push(`  ${m.pulled}:`);
    for (const image of plan.pulled) lines.push(`    ${image.reference}  ${image.id.replace(/^sha256:/, '').slice(0, 12)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatCleanOutcome(outcome: CleanOutcome): string {
  const m = cleanMessages();
  const said = { container: m.removedContainer, image: m.removedImage, volume: m.removedVolume, network: m.removedNetwork, tag: m.removedTag, pulled: m.removedPulled };
  const lines = outcome.removed.map(({ kind, name }) => said[kind](name));
  for (const { name, reason } of outcome.skipped) lines.push(m.skipped(name, reason));
  lines.push(m.summary(outcome.removed.length, outcome.skipped.length));
  return `${lines.join('\n')}\n`;
}

