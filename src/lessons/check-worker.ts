/**
 * A worker thread's share of a large `lessons --check`: it reads and checks the lesson folders it was
 * given and sends back their reports, which the main thread merges (check-parallel.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { inLanguage, type Lang } from '../i18n/index.js';
import { checkLessonFolder, type FolderReport } from './check.js';
import { readLessonFolders } from './load.js';

const { dir, names, lang } = workerData as { dir: string; names: string[]; lang: Lang };
// The thread checks in the language of the invocation that started it.
inLanguage(lang, () => {
  const reports: FolderReport[] = [];
  for (const folder of readLessonFolders(dir, names)) reports.push(checkLessonFolder(folder));
  parentPort!.postMessage(reports);
});
