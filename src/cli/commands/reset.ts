/**
 * `docktutor reset [lesson]`: erase progress, all of it or one lesson's, after asking (or with --yes),
 * and start the practice folders over: the one way to get a lesson's files afresh, since reopening a
 * lesson keeps the learner's work there.
 */
import { rm } from 'node:fs/promises';
import type { AppContext } from '../../app/context.js';
import { DocktutorError } from '../../errors.js';
import { escapeControls } from '../../terminal/controls.js';
import { terminalColumns } from '../../terminal/width.js';
import { wrapText } from '../../terminal/wrap.js';
import { progressMessages } from '../../i18n/progress.js';
import { existingWorkspace } from '../../lessons/workspace.js';
import { answerCount } from '../../progress/model.js';
import { openProgressStore, type ProgressStore } from '../../progress/store.js';
import { findLesson } from '../learn/pick-lesson.js';
import { loadLessonList } from '../learn/session.js';
import { loadTools, type LessonTools } from '../learn/tools.js';
import { createPrompts, type Prompts } from '../prompts.js';

export interface ResetOptions {
  lesson?: string | undefined;
  yes?: boolean | undefined;
  prompts?: Prompts;
  tools?: Partial<LessonTools>;
  store?: ProgressStore;
}

export async function reset(context: AppContext, options: ResetOptions): Promise<void> {
  const m = progressMessages(context.lang);
  const { io } = context;
  // Wrapped at spaces: the folder note names a long path, and the terminal alone would cut words.
  const columns = terminalColumns(io.stdout, context.env);
  const print = (line: string): void => {
    io.stdout.write(`${wrapText(line, columns)}\n`);
  };
  const store = options.store ?? openProgressStore({ warn: (line) => io.stderr.write(`docktutor: ${line}\n`) });
  const progress = await store.read();
  const target = options.lesson === undefined ? undefined : await resolveLesson(context, options, options.lesson, Object.keys(progress.lessons));

  let question: string;
  let done: string;
  const folder = existingWorkspace(target?.id, context.env);
  if (target) {
    const record = progress.lessons[target.id];
    if (!record && !folder) return print(m.resetLessonNothing(target.title));
    const steps = record?.stepsDone.length ?? 0;
    const answers = record ? answerCount(record) : 0;
    question = m.resetLessonQuestion(target.title, steps, answers);
    done = m.resetLessonDone(target.title, steps, answers);
  } else {
    const records = Object.values(progress.lessons);
    if (records.length === 0 && !folder) return print(m.resetNothing);
    const answers = records.reduce((sum, record) => sum + answerCount(record), 0);
    question = m.resetAllQuestion(records.length, answers);
    done = m.resetAllDone(records.length, answers);
  }

  // The folder's path comes from DOCKTUTOR_HOME: its control characters are shown, not obeyed.
  const shownFolder = folder && escapeControls(folder, 'line');
  if (!options.yes) {
    if (!options.prompts && !(io.stdin.isTTY && io.stdout.isTTY)) {
      throw new DocktutorError('needs-terminal', m.resetNeedsTerminal, { hint: m.resetNeedsTerminalHint, exitCode: 2 });
    }
    if (shownFolder) print(target ? m.resetFolderNote(shownFolder) : m.resetFoldersNote(shownFolder));
    const prompts = options.prompts ?? createPrompts({ input: io.stdin, output: io.stdout });
    if (!(await prompts.confirm({ message: question, default: false }))) return print(m.resetKept);
  }
  await store.update(target ? { kind: 'reset', lesson: target.id } : { kind: 'reset' });
  print(done);
  if (folder) {
    await rm(folder, { recursive: true, force: true });
    print(m.resetFolderDone(shownFolder!));
  }
}

/** A lesson by id or number; a lesson no longer in the folder can still be erased by its recorded id. */
async function resolveLesson(context: AppContext, options: ResetOptions, arg: string, recorded: string[]): Promise<{ id: string; title: string }> {
  try {
    const tools = await loadTools(options.tools);
    const lesson = findLesson(await loadLessonList(tools, context.lang, context.invocation.lessonsDir), arg);
    // The title goes into the question and the answer: its control characters shown, not obeyed.
    return { id: lesson.id, title: escapeControls(lesson.title, 'line') };
  } catch (error) {
    if (recorded.includes(arg)) return { id: arg, title: arg };
    throw error;
  }
}
