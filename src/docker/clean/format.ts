/** What `docktutor clean` prints: the plan before, the outcome after. Pure. */
import { cleanMessages } from '../../i18n/clean.js';
import type { CleanOutcome, CleanPlan } from './plan.js';
import { alignColumns } from '../../terminal/columns.js';
import { escapeControls } from '../../terminal/controls.js';

export function countPlan(plan: CleanPlan): number {
  return plan.containers.length + plan.images.length + plan.volumes.length + plan.networks.length + plan.tags.length + plan.pulled.length;
}

export function formatCleanPlan(plan: CleanPlan, run: string | undefined): string {
  const m = cleanMessages();
  if (countPlan(plan) === 0) return `${run ? m.nothingRun(run) : m.nothing}\n`;
  const lines = [run ? m.headingRun(run) : m.heading];
  // Every section is a table of its own, aligned like `docker images`: names are as long as the learner made them.
  const section = (title: string, rows: string[][]) => {
    if (rows.length === 0) return;
    lines.push(`  ${title}:`);
    lines.push(...alignColumns(rows.map((row) => row.map((cell) => escapeControls(cell, 'line')))).map((row) => `    ${row}`));
  };
  section(m.containers, plan.containers.map((c) => [c.name, c.id.slice(0, 12), c.image, m.state(c.state)]));
  section(m.images, plan.images.map((image) => [image.tags.length > 0 ? image.tags.join(', ') : m.untagged, shortId(image.id)]));
  section(m.volumes, plan.volumes.map((volume) => [volume.name]));
  section(m.networks, plan.networks.map((network) => [network.name, network.id.slice(0, 12)]));
  section(m.tags, plan.tags.map((tag) => [tag.reference, shortId(tag.id)]));
  section(m.pulled, plan.pulled.map((image) => [image.reference, shortId(image.id)]));
  return `${lines.join('\n')}\n`;
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

export function formatCleanOutcome(outcome: CleanOutcome): string {
  const m = cleanMessages();
  const said = { container: m.removedContainer, image: m.removedImage, volume: m.removedVolume, network: m.removedNetwork, tag: m.removedTag, pulled: m.removedPulled };
  const lines = outcome.removed.map(({ kind, name }) => said[kind](name));
  for (const { name, reason } of outcome.skipped) lines.push(m.skipped(name, reason));
  lines.push(m.summary(outcome.removed.length, outcome.skipped.length));
  return `${lines.join('\n')}\n`;
}

