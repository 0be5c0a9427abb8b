/**
 * The progress lock: proper-lockfile's lock folder, plus a note of the holder's pid beside it. A lock
 * left by a process that was killed is taken over at once when that pid is gone, instead of after the
 * 10 s staleness window; a holder whose pid cannot be read (a docktutor before this note, another host
 * on a shared home folder) still goes stale the old way.
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { DocktutorError } from '../errors.js';
import { progressMessages } from '../i18n/progress.js';

const STALE_MS = 10_000;
const RETAKEN_SLACK_MS = 2_000;

export function holderFile(file: string): string {
  return `${file}.lock.holder`;
}

export async function acquireLock(file: string): Promise<() => Promise<void>> {
  const { default: lockfile } = await import('proper-lockfile');
  const lock = (retries: number) =>
    lockfile.lock(file, {
      realpath: false,
      stale: STALE_MS,
      retries: { retries, factor: 1.2, minTimeout: 5, maxTimeout: 100, randomize: true },
      // A compromised lock means another process judged ours stale; each write is one small change,
      // so carrying on is safer than crashing mid-lesson.
      onCompromised: () => undefined,
    });
  let release: () => Promise<void>;
  try {
    release = await lock(0).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ELOCKED') throw error;
      if (await holderIsGone(file)) await clearLock(file);
      return lock(400);
    });
  } catch (error) {
    throw lockError(file, error);
  }
  await writeFile(holderFile(file), `${process.pid} ${hostname()}\n`).catch(() => undefined);
  return async () => {
    await rm(holderFile(file), { force: true }).catch(() => undefined);
    await release();
  };
}

/**
 * True only when the note names a process on this host that no longer exists, and the lock is still the
 * one that process took (not re-taken since by a process that has yet to write its own note).
 */
async function holderIsGone(file: string): Promise<boolean> {
  let note: string;
  try {
    const [lockStat, noteStat] = await Promise.all([stat(`${file}.lock`), stat(holderFile(file))]);
    // proper-lockfile stamps the lock a moment after the note is written; a lock re-taken by another
    // process (possible only once this one went stale, 10 s on) is newer than the note by far more.
    if (lockStat.mtimeMs > noteStat.mtimeMs + RETAKEN_SLACK_MS) return false;
    note = await readFile(holderFile(file), 'utf8');
  } catch {
    return false;
  }
  const [pidText, host] = note.trim().split(' ');
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || host !== hostname()) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function clearLock(file: string): Promise<void> {
  await rm(`${file}.lock`, { recursive: true, force: true }).catch(() => undefined);
  await rm(holderFile(file), { force: true }).catch(() => undefined);
}

function lockError(file: string, error: unknown): DocktutorError {
  const m = progressMessages();
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOCKED') return new DocktutorError('store', m.locked(file), { hint: m.lockedHint(`${file}.lock`), cause: error });
  return new DocktutorError('store', m.notWritable(file, code ?? 'error'), { hint: m.notWritableHint, cause: error });
}
