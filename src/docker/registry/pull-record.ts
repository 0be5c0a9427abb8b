/**
 * Images that docktutor pulled and that were not on the machine before. A pulled image cannot carry
 * docktutor's labels (its configuration comes from the registry), so `clean --pulled` finds them in
 * this small record instead: <data home>/pulled-images.json. An image is only ever removed while its
 * ID is still the one recorded, so a later pull of the same name by someone else is left alone.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { dataHome } from '../../settings.js';

export interface PulledImage {
  /** The reference as pulled: `127.0.0.1:5000/busybox:latest`. */
  reference: string;
  /** The image ID right after the pull. */
  id: string;
  /** DOCKTUTOR_RUN_LABEL at the time, so a test run or class session cleans only its own. */
  run?: string;
  pulledAt: string;
}

interface RecordFile {
  version: 1;
  images: PulledImage[];
}

export function pullRecordPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataHome(env), 'pulled-images.json');
}

export async function readPulledImages(env: NodeJS.ProcessEnv = process.env): Promise<PulledImage[]> {
  try {
    const record = JSON.parse(await readFile(pullRecordPath(env), 'utf8')) as Partial<RecordFile>;
    return Array.isArray(record.images) ? record.images : [];
  } catch {
    // No record yet, or one damaged by hand: nothing is known to be docktutor's.
    return [];
  }
}

export async function recordPulledImage(image: Omit<PulledImage, 'pulledAt' | 'run'>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const images = (await readPulledImages(env)).filter((known) => known.reference !== image.reference);
  const entry: PulledImage = { ...image, pulledAt: new Date().toISOString() };
  if (env.DOCKTUTOR_RUN_LABEL) entry.run = env.DOCKTUTOR_RUN_LABEL;
  await writeRecord([...images, entry], env);
}

/** Drops the given references from the record (removed, or no longer docktutor's). */
export async function forgetPulledImages(references: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const images = await readPulledImages(env);
  const left = images.filter((image) => !references.includes(image.reference));
  if (left.length !== images.length) await writeRecord(left, env);
}

async function writeRecord(images: PulledImage[], env: NodeJS.ProcessEnv): Promise<void> {
  const path = pullRecordPath(env);
  await mkdir(dirname(path), { recursive: true });
  const record: RecordFile = { version: 1, images };
  await writeFileAtomic(path, `${JSON.stringify(record, null, 2)}\n`);
}
