/**
 * progress.json under the data home. Every change is a read-modify-write under a lock file
 * (proper-lockfile) and lands through an atomic rename (write-file-atomic), so a crash or Ctrl-C at any
 * moment leaves either the old or the new file, and two terminals writing at once both keep their
 * records: each write re-reads and applies one change.
 *
 * What goes wrong is told apart: a file that cannot be read (permissions) is reported and left alone; a
 * file with a bad field is repaired; only a file that is not progress at all is moved aside, and only by
 * a write (reading, as `progress` does, never moves anything).
 */
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocktutorError } from '../errors.js';
import { progressMessages } from '../i18n/progress.js';
import { dataHome } from '../settings.js';
import { acquireLock } from './lock.js';
import { migrateProgress, NewerVersionError } from './migrate.js';
import { applyChange, emptyProgress, type Progress, type ProgressChange } from './model.js';
import { removeStaleTempFiles } from './temp-files.js';

export const PROGRESS_FILE = 'progress.json';

export interface ProgressStore {
  file: string;
  read(): Promise<Progress>;
  /** Applies the changes in order and writes them at once: one lock, one read, one write. */
  update(...changes: ProgressChange[]): Promise<Progress>;
}

export interface StoreOptions {
  home?: string;
  /** Where the one-line notices (a corrupted file moved aside, a repaired field) go (default: stderr). */
  warn?: (line: string) => void;
  /** The clock, for the name of a corrupted file moved aside. */
  now?: () => Date;
}

type ReadOutcome = { progress: Progress; repaired: string[]; reason?: undefined } | { progress?: undefined; repaired?: undefined; reason: string };

export function openProgressStore(options: StoreOptions = {}): ProgressStore {
  const home = options.home ?? dataHome();
  const file = join(home, PROGRESS_FILE);
  const warn = options.warn ?? ((line: string) => process.stderr.write(`docktutor: ${line}\n`));
  const now = options.now ?? (() => new Date());
  const warned = new Set<string>();
  const warnOnce = (line: string) => {
    if (warned.has(line)) return;
    warned.add(line);
    warn(line);
  };
  // Writes from this process go one after another; the lock file orders them against other processes.
  let queue: Promise<unknown> = Promise.resolve();

  const withLock = async <T>(work: () => Promise<T>): Promise<T> => {
    await makeHome(home);
    const release = await acquireLock(file);
    try {
      return await work();
    } finally {
      await release().catch(() => undefined);
    }
  };

  const readForWrite = async (): Promise<Progress> => {
    const outcome = await readProgress(file);
    if (outcome.progress) {
      if (outcome.repaired.length > 0) warnOnce(progressMessages().repaired(file, outcome.repaired));
      return outcome.progress;
    }
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
      if (outcome.progress) {
        if (outcome.repaired.length > 0) warnOnce(progressMessages().repaired(file, outcome.repaired));
        return outcome.progress;
      }
      // Reading changes nothing on disk: the next write moves the file aside and says so.
      warnOnce(progressMessages().unreadable(file, outcome.reason));
      return emptyProgress();
    },
    update(...changes) {
      const next = queue.then(() =>
        withLock(async () => {
          // Under the lock no other docktutor is half-way through a write: a temp file here is a crash's leftover.
          await removeStaleTempFiles(file);
          const updated = changes.reduce(applyChange, await readForWrite());
          // Loaded with the first write: reading progress (the lesson menu) does not pay for it.
          const { default: writeFileAtomic } = await import('write-file-atomic');
          try {
            await writeFileAtomic(file, `${JSON.stringify(updated, null, 2)}\n`);
          } catch (error) {
            throw notWritable(file, error);
          }
          return updated;
        }),
      );
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

async function makeHome(home: string): Promise<void> {
  try {
    await mkdir(home, { recursive: true });
  } catch (error) {
    throw notWritable(home, error);
  }
}

/** EACCES, EROFS...: the folder is the problem, not another docktutor. */
export function notWritable(path: string, error: unknown): DocktutorError {
  const m = progressMessages();
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new DocktutorError('store', m.notWritable(path, code), { hint: m.notWritableHint, cause: error });
}

async function ownedByAnother(file: string): Promise<boolean> {
  if (typeof process.getuid !== 'function') return false;
  try {
    return (await stat(file)).uid !== process.getuid();
  } catch {
    return false;
  }
}

async function readProgress(file: string): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { progress: emptyProgress(), repaired: [] };
    // The file may be perfectly good: a permission problem is the learner's to fix, not a reason to discard it.
    const m = progressMessages();
    // chmod cannot help with a file someone else owns (a docktutor once run with sudo): taking it back can.
    const hint = code === 'EACCES' && (await ownedByAnother(file)) ? m.otherOwnerHint(file) : m.cannotReadHint(file);
    throw new DocktutorError('store', m.cannotRead(file, code ?? (error as Error).message), { hint, cause: error });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { reason: progressMessages().notJson };
  }
  try {
    return migrateProgress(document);
  } catch (error) {
    const m = progressMessages();
    if (error instanceof NewerVersionError) throw new DocktutorError('store', m.newerVersion(file, error.version), { hint: m.newerVersionHint });
    return { reason: m.notProgress };
  }
}
