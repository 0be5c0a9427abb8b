/**
 * Runs `docker image prune` (-a: every unused image, not only the dangling ones). By default only the
 * images docktutor built: GET /system/df gives every image with its labels, unique size and users, and
 * each unused one `clean` would take (the label, and the ID in docktutor's record of what it created)
 * is deleted (DELETE /images/{name}), newest first so that a child goes before its parent. With --all-objects, confirmed, it is docker's
 * own prune (POST /images/prune). Either way the output is the docker CLI's.
 */
import type Docker from 'dockerode';
import { pruneMessages } from '../../../i18n/prune.js';
import { forgetCreated, readOwnership } from '../../clean/created-record.js';
import { labelledByDocktutor } from '../../clean/plan.js';
import { toDocktutorError } from '../../engine/errors.js';
import { formatHumanSize } from '../../format/size.js';
import { confirmPrune } from '../confirm.js';
import { flagBool } from '../flags.js';
import { passesPruneFilters, readPruneFilters, type PruneFilters } from '../prune-filters.js';
import type { CommandContext, CommandHandler } from '../types.js';
import { imagePruneCommandMessages } from './messages.js';

interface DeleteItem {
  Untagged?: string;
  Deleted?: string;
}

interface Report {
  items: DeleteItem[];
  space: number;
}

export const execute: CommandHandler = async (command, context) => {
  const m = imagePruneCommandMessages();
  const everyone = flagBool(command, 'all-objects');
  const unused = flagBool(command, 'all');
  const filters = readPruneFilters(command.flags.filter, Date.now());
  if (!flagBool(command, 'force')) {
    const warning = unused ? (everyone ? m.warningUnusedAll : m.warningUnusedOwn) : everyone ? m.warningDanglingAll : m.warningDanglingOwn;
    if (!(await confirmPrune(context, { warning, needsTerminal: pruneMessages().needsTerminal('image prune') }))) return { exitCode: 0, output: '' };
  }
  let report: Report;
  try {
    report = everyone ? await pruneEverything(context.connection.docker, filters, unused) : await pruneOwn(context, filters, unused);
  } catch (error) {
    throw toDocktutorError(error, context.connection.address.url, { conflict: pruneMessages().busyHint });
  }
  if (report.items.length > 0) {
    const lines = report.items.map((item) => (item.Untagged ? `untagged: ${item.Untagged}\n` : `deleted: ${item.Deleted ?? ''}\n`));
    context.stdout.write(`Deleted Images:\n${lines.join('')}\n`);
  }
  context.stdout.write(`Total reclaimed space: ${formatHumanSize(report.space, 4)}\n`);
  return { exitCode: 0, output: '' };
};

async function pruneEverything(docker: Docker, filters: PruneFilters, unused: boolean): Promise<Report> {
  // As the docker CLI sends it: dangling=true unless -a.
  const answer = (await docker.pruneImages({ filters: { ...filters.raw, dangling: [String(!unused)] } })) as {
    ImagesDeleted?: DeleteItem[] | null;
    SpaceReclaimed?: number;
  };
  return { items: answer.ImagesDeleted ?? [], space: answer.SpaceReclaimed ?? 0 };
}

interface DfImage {
  Id: string;
  Created: number;
  Size: number;
  SharedSize: number;
  RepoTags?: string[] | null;
  Labels?: Record<string, string> | null;
}

async function pruneOwn(context: CommandContext, filters: PruneFilters, unused: boolean): Promise<Report> {
  const { docker } = context.connection;
  const df = (await docker.df()) as { Images?: DfImage[] | null; Containers?: { ImageID: string }[] | null };
  const inUse = new Set((df.Containers ?? []).map((container) => container.ImageID));
  const ownership = await readOwnership(context.env);
  const ours = (image: DfImage) => labelledByDocktutor(image.Labels, context.env) && ownership.owns('image', image.Id);
  const candidates = (df.Images ?? [])
    .filter((image) => !inUse.has(image.Id) && (unused || tagsOf(image).length === 0))
    .filter((image) => ours(image) && passesPruneFilters(image.Labels, image.Created, filters))
    .sort((a, b) => b.Created - a.Created);
  const report: Report = { items: [], space: 0 };
  for (const image of candidates) {
    const items = await removeImage(docker, image);
    report.items.push(...items);
    if (items.some((item) => item.Deleted === image.Id)) report.space += image.Size - Math.max(0, image.SharedSize);
  }
  const deleted = report.items.flatMap((item) => (item.Deleted ? [{ kind: 'image' as const, id: item.Deleted }] : []));
  await forgetCreated(deleted, context.env);
  return report;
}

function tagsOf(image: DfImage): string[] {
  return (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
}

/**
 * Each name, then the image by ID unless the last name took it; an image in use or with children is
 * passed over, as the daemon's prune does.
 */
async function removeImage(docker: Docker, image: DfImage): Promise<DeleteItem[]> {
  const items: DeleteItem[] = [];
  const remove = async (name: string) => items.push(...(((await docker.getImage(name).remove().catch(ignoreMissing)) ?? []) as DeleteItem[]));
  try {
    for (const tag of tagsOf(image)) await remove(tag);
    if (!items.some((item) => item.Deleted === image.Id)) await remove(image.Id);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 409) throw error;
  }
  return items;
}

function ignoreMissing(error: unknown): undefined {
  if ((error as { statusCode?: number }).statusCode !== 404) throw error;
  return undefined;
}
