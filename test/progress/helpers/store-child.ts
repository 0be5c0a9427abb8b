/**
 * A second process for the store tests: `hold HOME` takes the progress lock, leaves a half-written temp
 * file as a crash mid-write would, prints "ready" and waits to be killed; `update HOME` and `read HOME`
 * run one store call and print the result or the error as JSON (run as another user for permission cases).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocktutorError } from '../../../src/errors.js';
import { acquireLock } from '../../../src/progress/lock.js';
import { openProgressStore } from '../../../src/progress/store.js';

const [action, home] = process.argv.slice(2) as [string, string];
const file = join(home, 'progress.json');
const at = '2025-03-01T10:00:00.000Z';

try {
  if (action === 'hold') {
    await acquireLock(file);
    await writeFile(`${file}.4242424242`, '{"version": 3, "less');
    process.stdout.write('ready\n');
    setInterval(() => undefined, 1000);
  } else {
    const warnings: string[] = [];
    const store = openProgressStore({ home, warn: (line) => warnings.push(line) });
    const progress = action === 'update' ? await store.update({ kind: 'visit', lesson: 'a', step: 1, at }) : await store.read();
    process.stdout.write(`${JSON.stringify({ lessons: Object.keys(progress.lessons), warnings })}\n`);
  }
} catch (error) {
  const detail = error instanceof DocktutorError ? { kind: error.kind, message: error.message, hint: error.hint } : { unexpected: String(error) };
  process.stdout.write(`${JSON.stringify({ error: detail })}\n`);
}
