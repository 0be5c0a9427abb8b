/**
 * Proof of what docktutor made: <data home>/created.json lists the ID (the name, for a volume) of every
 * container, image, volume and network docktutor created, and every name `docker tag` wrote (with the
 * image ID it was given to). Labels alone prove nothing: an image built FROM
 * one of docktutor's, and a container the docker CLI runs from it, inherit `io.docktutor.*` labels. So
 * `clean`, `prune` and a step that would replace a named container remove an object only when it carries
 * the label AND its ID is in this record. A damaged or missing record means nothing is proven docktutor's:
 * the safe side, where something is left behind rather than something removed that was not ours.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { dataHome } from '../../settings.js';

export type CreatedKind = 'container' | 'image' | 'volume' | 'network' | 'tag';

export interface CreatedObject {
  kind: CreatedKind;
  /** The full ID (`sha256:...` for an image); a volume's name; a tag's reference (`dt-box:v1`). */
  id: string;
  /** For a tag: the ID of the image the name was given to, so that a name moved since is not taken. */
  image?: string;
  /** DOCKTUTOR_RUN_LABEL at the time, so a test run or class session cleans only its own. */
  run?: string;
  at: string;
}

interface RecordFile {
  version: 1;
  objects: CreatedObject[];
}

/** Past this many entries the oldest are forgotten: a record is a list of a course's objects, not a log. */
const MAX_ENTRIES = 5000;

export function createdRecordPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), 'created.json');
}

export async function readCreated(env: NodeJS.ProcessEnv = process.env): Promise<CreatedObject[]> {
  try {
    const record = JSON.parse(await readFile(createdRecordPath(env), 'utf8')) as Partial<RecordFile>;
    if (!Array.isArray(record.objects)) return [];
    return record.objects.filter((entry): entry is CreatedObject => typeof entry?.id === 'string' && typeof entry.kind === 'string');
  } catch {
    return [];
  }
}

/** A lookup of the recorded objects, for checking many candidates against one read of the file. */
export interface Ownership {
  owns(kind: CreatedKind, id: string): boolean;
}

export async function readOwnership(env: NodeJS.ProcessEnv = process.env): Promise<Ownership> {
  const keys = new Set((await readCreated(env)).map((entry) => `${entry.kind}:${normalise(entry.id)}`));
  return { owns: (kind, id) => keys.has(`${kind}:${normalise(id)}`) };
}

export async function recordCreated(kind: CreatedKind, id: string, env: NodeJS.ProcessEnv = process.env, image?: string): Promise<void> {
  const objects = (await readCreated(env)).filter((entry) => !(entry.kind === kind && normalise(entry.id) === normalise(id)));
  const entry: CreatedObject = { kind, id, at: new Date().toISOString() };
  if (image !== undefined) entry.image = image;
  if (env.DOCKTUTOR_RUN_LABEL) entry.run = env.DOCKTUTOR_RUN_LABEL;
  await writeRecord([...objects, entry].slice(-MAX_ENTRIES), env);
}

/** Drops removed objects from the record. */
export async function forgetCreated(removed: { kind: CreatedKind; id: string }[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (removed.length === 0) return;
  const gone = new Set(removed.map((entry) => `${entry.kind}:${normalise(entry.id)}`));
  const objects = await readCreated(env);
  const left = objects.filter((entry) => !gone.has(`${entry.kind}:${normalise(entry.id)}`));
  if (left.length !== objects.length) await writeRecord(left, env);
}

/** Image IDs are kept with their `sha256:` prefix, which listings sometimes leave out. */
function normalise(id: string): string {
  return id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
}

async function writeRecord(objects: CreatedObject[], env: NodeJS.ProcessEnv): Promise<void> {
  const path = createdRecordPath(env);
  await mkdir(dirname(path), { recursive: true });
  const record: RecordFile = { version: 1, objects };
  await writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
}
