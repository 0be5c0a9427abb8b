/**
 * The `docker images` table: one row per repository and tag (per digest with --digests), `<none>` for
 * what has no name, in the daemon's order (newest first). Rows of one image keep the order of its tags
 * where the docker CLI's order varies from run to run (it walks a Go map).
 */
import { formatCreatedSince } from './time.js';
import { formatHumanSize } from './size.js';
import { formatRows } from './tabwriter.js';
import { truncateId } from './text.js';

export interface ImageSummary {
  Id: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created: number;
  Size: number;
}

export interface ImageTableOptions {
  trunc: boolean;
  quiet: boolean;
  digests: boolean;
  nowMs: number;
}

export interface ImageRow {
  repository: string;
  tag: string;
  digest: string;
  image: ImageSummary;
}

export function formatImageTable(images: ImageSummary[], options: ImageTableOptions): string {
  const rows = images.flatMap((image) => listImageRows(image, options.digests));
  const id = (image: ImageSummary) => (options.trunc ? truncateId(image.Id) : image.Id);
  // Like docker 28: one ID per row, so an image with three tags prints its ID three times.
  if (options.quiet) return rows.map((row) => `${id(row.image)}\n`).join('');
  const header = options.digests
    ? ['REPOSITORY', 'TAG', 'DIGEST', 'IMAGE ID', 'CREATED', 'SIZE']
    : ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'];
  const cells = rows.map((row) => {
    const tail = [id(row.image), formatCreatedSince(row.image.Created, options.nowMs), formatHumanSize(row.image.Size)];
    return options.digests ? [row.repository, row.tag, row.digest, ...tail] : [row.repository, row.tag, ...tail];
  });
  return formatRows([header, ...cells]);
}

export function listImageRows(image: ImageSummary, digests: boolean): ImageRow[] {
  const repoTags = image.RepoTags ?? [];
  const repoDigests = image.RepoDigests ?? [];
  if (isDangling(repoTags, repoDigests)) return [{ repository: '<none>', tag: '<none>', digest: '<none>', image }];
  const tagsByRepo = new Map<string, string[]>();
  const digestsByRepo = new Map<string, string[]>();
  for (const ref of repoTags) {
    const parsed = splitReference(ref, ':');
    if (parsed) append(tagsByRepo, parsed.name, parsed.rest);
  }
  for (const ref of repoDigests) {
    const parsed = splitReference(ref, '@');
    if (parsed) append(digestsByRepo, parsed.name, parsed.rest);
  }
  const rows: ImageRow[] = [];
  for (const [repository, tags] of tagsByRepo) {
    const repoDigestList = digests ? (digestsByRepo.get(repository) ?? []) : [];
    // A repository with tags never gets digest-only rows of its own.
    digestsByRepo.delete(repository);
    for (const tag of tags) {
      if (repoDigestList.length === 0) rows.push({ repository, tag, digest: '<none>', image });
      for (const digest of repoDigestList) rows.push({ repository, tag, digest, image });
    }
  }
  for (const [repository, list] of digestsByRepo) {
    if (digests) for (const digest of list) rows.push({ repository, tag: '<none>', digest, image });
    else rows.push({ repository, tag: '<none>', digest: '', image });
  }
  return rows;
}

function isDangling(repoTags: string[], repoDigests: string[]): boolean {
  if (repoTags.length === 0 && repoDigests.length === 0) return true;
  return repoTags.length === 1 && repoTags[0] === '<none>:<none>' && repoDigests.length === 1 && repoDigests[0] === '<none>@<none>';
}

/** `docker.io/library/busybox:latest` -> busybox + latest; `<none>:<none>` is not a reference. */
function splitReference(ref: string, separator: ':' | '@'): { name: string; rest: string } | undefined {
  const at = separator === '@' ? ref.indexOf('@') : ref.lastIndexOf(':');
  if (at <= 0 || ref.startsWith('<none>')) return undefined;
  const name = ref.slice(0, at);
  const rest = ref.slice(at + 1);
  // A colon inside the registry part (`localhost:5000/app`) is a port, not a tag.
  if (separator === ':' && rest.includes('/')) return undefined;
  return { name: name.replace(/^(?:docker\.io|index\.docker\.io)\/(?:library\/)?/, ''), rest };
}

function append(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
