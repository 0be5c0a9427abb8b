/**
 * The only file-system access of the lessons layer: reads a lessons folder (one sub-folder per lesson)
 * and hands text to the pure parser and checker.
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { DocktutorError } from '../errors.js';
import { LANGS, type Lang } from '../i18n/index.js';
import { lessonListMessages } from '../i18n/lessons.js';
import { checkLessonFolders, type CheckReport, type FileSet, type LessonFolder } from './check.js';
import type { Lesson } from './model.js';
import { parseLesson } from './parse.js';
import { formatProblem, type Problem } from './problems.js';
import type { FolderSafety } from './safety/check-safety.js';
import { readLessonFile } from './safety/read-lesson-file.js';
import { describeWorkspace } from './safety/describe-workspace.js';

const LESSON_FILES = new Set([...LANGS.map((lang) => `${lang}.md`), 'workspace']);

export function checkLessonsDir(dir: string): CheckReport {
  const found = findLessonFolders(dir);
  return checkLessonFolders(readLessonFolders(found.dir, found.names));
}

/** The lesson folders `dir` names: its sub-folders, or `dir` alone when it is itself one lesson folder. */
export interface FoundLessons {
  /** The folder the names are in. */
  dir: string;
  names: string[];
}

/**
 * Where the lessons of `dir` are. A folder holding en.md or ko.md is one lesson, so that an author can check
 * the lesson being written; a folder none of whose sub-folders is a lesson (a typo, /tmp) is refused rather
 * than reported as zero lessons or as hundreds of "missing file" problems.
 */
export function findLessonFolders(dir: string): FoundLessons {
  if (holdsLessonFile(dir)) return { dir: dirname(dir), names: [basename(dir)] };
  const names = lessonFolderNames(dir);
  if (!names.some((name) => holdsLessonFile(join(dir, name)))) {
    const m = lessonListMessages();
    throw new DocktutorError('lesson', m.noLessonFolder(displayPath(dir)), { hint: m.noLessonFolderHint });
  }
  return { dir, names };
}

function holdsLessonFile(path: string): boolean {
  return LANGS.some((lang) => existsSync(join(path, `${lang}.md`)));
}

/**
 * The lessons of `dir` in one language, in menu order; a lesson with problems stops here with its first
 * one. With `only` (a lesson's id or number, as `learn 3` names it), just the lesson whose front matter
 * says so, when a look at the front matters finds one: the course's other lessons are not parsed. The
 * caller checks that the lesson is the one it asked for (a front matter written unusually is not seen
 * by the look, and then every lesson is read).
 */
export function loadLessons(dir: string, lang: Lang, only?: string): Lesson[] {
  const m = lessonListMessages();
  const lessons: Lesson[] = [];
  const found = findLessonFolders(dir);
  const named = only === undefined ? undefined : folderNaming(found, lang, only);
  for (const folder of named ? [named] : found.names) {
    const path = join(found.dir, folder);
    const file = join(path, `${lang}.md`);
    const read = readLessonFile(file);
    // A folder without this language is reported by --check, and has nothing to show here.
    if ('missing' in read) continue;
    const refused: Problem[] = 'refused' in read ? [{ file: displayPath(file), line: 1, message: read.refused }] : [];
    const { lesson, problems } = 'text' in read ? parseLesson({ text: read.text, file: displayPath(file), dir: path, lang }) : { lesson: undefined, problems: refused };
    if (problems.length > 0 || !lesson) {
      throw new DocktutorError('lesson', `${m.invalidLessons(displayPath(dir))}: ${problems[0] ? formatProblem(problems[0]) : file}`, {
        hint: m.invalidLessonsHint(displayPath(dir)),
      });
    }
    lessons.push(lesson);
  }
  return lessons.sort((a, b) => a.order - b.order);
}

/**
 * The folder whose lesson in `lang` has `ref` as its id, else (a number) as its order when exactly one
 * has: read from the front matter's own `id:` and `order:` lines, without parsing the lesson.
 */
function folderNaming(found: FoundLessons, lang: Lang, ref: string): string | undefined {
  const wanted = ref.trim();
  const byOrder: string[] = [];
  for (const folder of found.names) {
    const read = readLessonFile(join(found.dir, folder, `${lang}.md`));
    if (!('text' in read)) continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(read.text)?.[1] ?? '';
    const field = (name: string) => new RegExp(`^${name}:[ \\t]*(["']?)([^"'\\s#]+)\\1[ \\t]*(?:#.*)?$`, 'm').exec(front)?.[2];
    if (field('id') === wanted) return folder;
    if (/^\d+$/.test(wanted) && Number(field('order')) === Number(wanted)) byOrder.push(folder);
  }
  return byOrder.length === 1 ? byOrder[0] : undefined;
}

/** The lesson folders `names` of `dir`, one at a time. */
export function* readLessonFolders(dir: string, names: string[]): Generator<LessonFolder> {
  for (const name of names) {
    const path = join(dir, name);
    const shown = displayPath(path);
    const files: Partial<Record<Lang, string>> = {};
    const extras: string[] = [];
    const safety: FolderSafety = { refused: {}, problems: [], workspaceBytes: 0 };
    let workspace: FileSet | undefined;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (!LESSON_FILES.has(entry.name)) extras.push(entry.name);
      else if (entry.name === 'workspace') workspace = describeWorkspace(join(path, 'workspace'), `${shown}/workspace`, entry, safety);
      else {
        const lang = entry.name.slice(0, -3) as Lang;
        const read = readLessonFile(join(path, entry.name));
        if ('text' in read) files[lang] = read.text;
        else if ('refused' in read) safety.refused[lang] = { file: `${shown}/${entry.name}`, line: 1, message: read.refused };
      }
    }
    yield { path: shown, files, extras: extras.sort(), workspace, safety };
  }
}

export function lessonFolderNames(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw unreadableFolder(dir, (error as NodeJS.ErrnoException).code);
  }
  // Hidden folders (an editor's, a VCS's) are not lessons.
  return entries.filter((entry) => isFolder(dir, entry) && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
}

/**
 * A path that names no folder is a mistyped argument (`--check`, `--lessons`, DOCKTUTOR_LESSONS): said as
 * such, with the usage exit code, rather than as a folder whose lessons are wrong.
 */
function unreadableFolder(dir: string, code: string | undefined): DocktutorError {
  const m = lessonListMessages();
  const shown = displayPath(dir);
  if (code === 'ENOENT') return new DocktutorError('usage', m.noSuchFolder(shown), { hint: m.noSuchFolderHint });
  if (code === 'ENOTDIR') return new DocktutorError('usage', m.fileNotFolder(shown), { hint: m.notADirHint });
  return new DocktutorError('lesson', m.notADir(shown), { hint: m.notADirHint });
}

function isFolder(dir: string, entry: Dirent): boolean {
  // A dangling link (common in /tmp) is no folder rather than a crash.
  return entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isDirectory() === true);
}

/** Relative to the current folder when inside it, as a person would type it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
