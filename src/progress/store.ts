/**
 * progress.json under the data home. Every change is a read-modify-write under a lock file
 * (proper-lockfile; a lock left by a crashed process goes stale after 10 s) and lands through an atomic
 * rename (write-file-atomic), so a crash or Ctrl-C at any moment leaves either the old or the new file,
 * and two terminals writing at once both keep their records: each write re-reads and applies one change.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { DocktutorError } from '../errors.js';
import { progressMessages } from '../i18n/progress.js';
import { dataHome } from '../settings.js';
import { migrateProgress, NewerVersionError } from './migrate.js';
import { applyChange, emptyProgress, type Progress, type ProgressChange } from './model.js';

export const PROGRESS_FILE = 'progress.json';
const STALE_MS = 10_000;

export interface ProgressStore {
  file: string;
  read(): Promise<Progress>;
  update(change: ProgressChange): Promise<Progress>;
}

export interface StoreOptions {
  home?: string;
  /** Where the one-line notice about a corrupted file goes (default: stderr). */
  warn?: (line: string) => void;
  /** The clock, for the name of a corrupted file moved aside. */
  now?: () => Date;
}

export function openProgressStore(options: StoreOptions = {}): ProgressStore {
  const home = options.home ?? dataHome();
  const file = join(home, PROGRESS_FILE);
  const warn = options.warn ?? ((line: string) => process.stderr.write(`docktutor: ${line}\n`));
  const now = options.now ?? (() => new Date());
  // Writes from this process go one after another; the lock file orders them against other processes.
  let queue: Promise<unknown> = Promise.resolve();

  const withLock = async <T>(work: () => Promise<T>): Promise<T> => {
    await mkdir(home, { recursive: true });
    const release = await acquire(file);
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  };

  const readLocked = async (): Promise<Progress> => {
    const outcome = await readProgress(file);
    if (outcome.progress) return outcome.progress;
    const aside = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    try {
      await rename(file, aside);
    } catch (error) {
      const m = progressMessages();
      throw new DocktutorError('store', m.cannotMoveAside(file, outcome.reason), { hint: m.cannotMoveAsideHint(file), cause: error });
    }
    warn(progressMessages().movedAside(file, outcome.reason, aside));
    return emptyProgress();
  };

  return {
    file,
    async read() {
      const outcome = await readProgress(file);
      if (outcome.progress) return outcome.progress;
      // Check again under the lock: another process may be the one that just fixed or moved it.
      return withLock(readLocked);
    },
    update(change) {
      const next = queue.then(() =>
        withLock(async () => {
          const updated = applyChange(await readLocked(), change);
          // Loaded with the first write: reading progress (the lesson menu) does not pay for it.
          const { default: writeFileAtomic } = await import('write-file-atomic');
          await writeFileAtomic(file, `${JSON.stringify(updated, null, 2)}\n`);
          return updated;
        }),
      );
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

type ReadOutcome = { progress: Progress; reason?: undefined } | { progress?: undefined; reason: string };

async function readProgress(file: string): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { progress: emptyProgress() };
    return { reason: (error as Error).message };
  }
  try {
    return { progress: migrateProgress(JSON.parse(text)) };
  } catch (error) {
    if (error instanceof NewerVersionError) {
      const m = progressMessages();
      throw new DocktutorError('store', m.newerVersion(file, error.version), { hint: m.newerVersionHint });
    }
    const m = progressMessages();
    return { reason: error instanceof SyntaxError ? m.notJson : (error as Error).name === 'ZodError' ? m.notProgress : (error as Error).message };
  }
}

async function acquire(file: string): Promise<() => Promise<void>> {
  try {
    const { default: lockfile } = await import('proper-lockfile');
    return await lockfile.lock(file, {
      realpath: false,
      stale: STALE_MS,
      retries: { retries: 400, factor: 1.2, minTimeout: 5, maxTimeout: 100, randomize: true },
      // A compromised lock means another process judged ours stale; each write is one small change,
      // so carrying on is safer than crashing mid-lesson.
      onCompromised: () => undefined,
    });
  } catch (error) {
    const m = progressMessages();
    throw new DocktutorError('store', m.locked(file), { hint: m.lockedHint(`${file}.lock`), cause: error });
  }
}
