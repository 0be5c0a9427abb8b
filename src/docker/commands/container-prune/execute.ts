/**
 * Runs `docker container prune`. By default only the stopped containers docktutor created: it lists
 * them by its label (GET /containers/json), keeps those `clean` would take (the label, and the ID in
 * docktutor's record of what it created, since a label can be inherited), and deletes them one by one
 * (DELETE /containers/{id}), since the daemon's prune endpoint would take every stopped container. With --all-objects, confirmed, it is docker's own prune
 * (POST /containers/prune). Either way the output is the docker CLI's.
 */
import { pruneMessages } from '../../../i18n/prune.js';
import { forgetCreated, readOwnership } from '../../clean/created-record.js';
import { labelledByDocktutor } from '../../clean/plan.js';
import { toDocktutorError } from '../../engine/errors.js';
import { managedFilter } from '../../engine/labels.js';
import { formatHumanSize } from '../../format/size.js';
import { confirmPrune } from '../confirm.js';
import { flagBool } from '../flags.js';
import { passesPruneFilters, readPruneFilters, type PruneFilters } from '../prune-filters.js';
import type { CommandContext, CommandHandler } from '../types.js';
import { containerPruneCommandMessages } from './messages.js';

interface Report {
  deleted: string[];
  space: number;
}

export const execute: CommandHandler = async (command, context) => {
  const m = containerPruneCommandMessages();
  const all = flagBool(command, 'all-objects');
  const filters = readPruneFilters(command.flags.filter, Date.now());
  if (!flagBool(command, 'force')) {
    const warning = all ? m.warningAll : m.warningOwn;
    if (!(await confirmPrune(context, { warning, needsTerminal: pruneMessages().needsTerminal('container prune') }))) return { exitCode: 0, output: '' };
  }
  let report: Report;
  try {
    report = all ? await pruneEverything(context, filters) : await pruneOwn(context, filters);
  } catch (error) {
    throw toDocktutorError(error, context.connection.address.url, { conflict: pruneMessages().busyHint });
  }
  if (report.deleted.length > 0) context.stdout.write(`Deleted Containers:\n${report.deleted.map((id) => `${id}\n`).join('')}\n`);
  context.stdout.write(`Total reclaimed space: ${formatHumanSize(report.space, 4)}\n`);
  return { exitCode: 0, output: '' };
};

async function pruneEverything(context: CommandContext, filters: PruneFilters): Promise<Report> {
  const answer = (await context.connection.docker.pruneContainers({ filters: filters.raw })) as { ContainersDeleted?: string[] | null; SpaceReclaimed?: number };
  return { deleted: answer.ContainersDeleted ?? [], space: answer.SpaceReclaimed ?? 0 };
}

interface Listed {
  Id: string;
  Created: number;
  Labels?: Record<string, string> | null;
  SizeRw?: number;
}

async function pruneOwn(context: CommandContext, filters: PruneFilters): Promise<Report> {
  const { docker } = context.connection;
  // The states a prune takes: everything that is not running, paused or restarting.
  const listed = (await docker.listContainers({
    all: true,
    size: true,
    filters: { label: managedFilter(context.env), status: ['created', 'exited', 'dead'] },
  } as never)) as unknown as Listed[];
  const ownership = await readOwnership(context.env);
  const report: Report = { deleted: [], space: 0 };
  for (const container of listed) {
    const ours = labelledByDocktutor(container.Labels, context.env) && ownership.owns('container', container.Id);
    if (!ours || !passesPruneFilters(container.Labels, container.Created, filters)) continue;
    try {
      await docker.getContainer(container.Id).remove();
    } catch (error) {
      // Gone already, or started again since the list: a prune passes over it, as the daemon's does.
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 404 || status === 409) continue;
      throw error;
    }
    report.deleted.push(container.Id);
    report.space += container.SizeRw ?? 0;
  }
  await forgetCreated(report.deleted.map((id) => ({ kind: 'container' as const, id })), context.env);
  return report;
}
