/**
 * Reads a lesson's en.md or ko.md without trusting it: a symbolic link (to /etc/shadow, to /dev/zero),
 * a FIFO that never ends or a file of gigabytes is refused with the reason instead of being read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { safetyMessages } from '../../i18n/lesson-safety.js';
import { MAX_LESSON_FILE_BYTES } from './limits.js';

export type LessonFileRead = { text: string } | { refused: string } | { missing: true };

export function readLessonFile(path: string, limit = MAX_LESSON_FILE_BYTES): LessonFileRead {
  const m = safetyMessages();
  let fd: number;
  try {
    // O_NOFOLLOW: a link is refused by the kernel, not checked and then raced; O_NONBLOCK: a FIFO does not hang the open.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true };
    if (code === 'ELOOP' || code === 'EMLINK') return { refused: m.lessonFileLink };
    return { refused: m.lessonFileUnreadable(code ?? String(error)) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: m.lessonFileNotRegular };
    if (stat.size > limit) return { refused: m.lessonFileTooLarge(stat.size, limit) };
    // Read at most one byte past the limit: a file that grows after the stat is still caught.
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > limit) return { refused: m.lessonFileTooLarge(length, limit) };
    return { text: buffer.toString('utf8', 0, length) };
  } finally {
    closeSync(fd);
  }
}
