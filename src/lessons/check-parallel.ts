/**
 * `lessons --check` on a large folder: the folders are cut into contiguous shares, one for this thread
 * and one per worker thread (a small fixed pool, never one per lesson), and the per-folder reports are
 * merged in folder order, so the result is the same as checking them one after the other.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { getLang } from '../i18n/index.js';
import { PACKAGE_ROOT } from '../settings.js';
import { checkLessonFolder, mergeFolderReports, type CheckReport, type FolderReport } from './check.js';
import { findLessonFolders, readLessonFolders } from './load.js';

/** Below this many lessons starting a thread costs more than it saves. */
const PARALLEL_FROM = 150;
const MAX_THREADS = 4;

export async function checkLessons(given: string, options: { threads?: number } = {}): Promise<CheckReport> {
  const { dir, names } = findLessonFolders(given);
  const script = workerScript();
  const threads = Math.min(options.threads ?? (names.length >= PARALLEL_FROM ? idleCores() : 1), MAX_THREADS, names.length);
  if (threads <= 1 || !script) return mergeFolderReports(checkShare(dir, names));
  const size = Math.ceil(names.length / threads);
  const shares = Array.from({ length: threads }, (_, index) => names.slice(index * size, (index + 1) * size));
  const others = shares.slice(1).map((share) => runWorker(script, dir, share));
  const mine = checkShare(dir, shares[0]!);
  const reports = [mine, ...(await Promise.all(others))];
  return mergeFolderReports(reports.flat());
}

/**
 * The cores nobody else is using now (one at least). Each worker loads the checker and warms it up on
 * its own share; on a busy machine that costs more than the share saves (a thousand lessons took 2.5 s
 * on two threads against 1.8 s on one, on two cores with a load of four).
 */
function idleCores(): number {
  return Math.max(1, Math.round(availableParallelism() - loadavg()[0]!));
}

function checkShare(dir: string, names: string[]): FolderReport[] {
  const reports: FolderReport[] = [];
  for (const folder of readLessonFolders(dir, names)) reports.push(checkLessonFolder(folder));
  return reports;
}

function runWorker(script: string, dir: string, names: string[]): Promise<FolderReport[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { dir, names, lang: getLang() } });
    worker.once('message', (reports: FolderReport[]) => resolve(reports));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`lesson check worker exited with ${code}`));
    });
  });
}

/** The compiled worker next to this module, or in dist/ when this module runs from source (tests). */
function workerScript(): string | undefined {
  const beside = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = join(PACKAGE_ROOT, 'dist', 'lessons', 'check-worker.js');
  return existsSync(built) ? built : undefined;
}
