/**
 * Everything a learning flow carries around: the invocation's context (streams, environment, daemon,
 * language), the prompts, the progress store, the lesson tools, the clock and the styles. Commands
 * build one from the context; tests pass a context of their own and any other part in.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { AppContext, Io, LiveContext } from '../../app/context.js';
import { DocktutorError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { learnMessages } from '../../i18n/learn.js';
import { openProgressStore, type ProgressStore } from '../../progress/store.js';
import type { Lesson } from '../../lessons/model.js';
import { wrapText } from '../../terminal/wrap.js';
import { createPrompts, type Prompts } from '../prompts.js';
import { findLesson } from './pick-lesson.js';
import { loadTools, type LessonTools } from './tools.js';

export interface FlowOptions {
  /** Scripted prompts (tests); when given, no terminal is required. */
  prompts?: Prompts | undefined;
  tools?: Partial<LessonTools> | undefined;
  store?: ProgressStore | undefined;
  now?: (() => Date) | undefined;
}

export interface Session {
  io: Io;
  prompts: Prompts;
  store: ProgressStore;
  tools: LessonTools;
  now: () => Date;
  lang: Lang;
  color: ChalkInstance;
  live: LiveContext;
  lessonsDir: string;
  /** Text as is: for what is already laid out for the terminal (a rendered step, a note). */
  print(text?: string): void;
  /** Feedback and messages, word-wrapped by display width to the terminal as it is now. */
  say(text?: string): void;
  columns(): number;
}

/** learn, quiz and reset without --yes ask questions: without a terminal they say so at once. */
export function requireTerminal(io: Io, command: string, prompts: Prompts | undefined): void {
  if (prompts || (io.stdin.isTTY && io.stdout.isTTY)) return;
  const m = learnMessages();
  throw new DocktutorError('needs-terminal', m.needsTerminal(command), { hint: m.needsTerminalHint, exitCode: 2 });
}

export async function openSession(context: AppContext, options: FlowOptions, command: string): Promise<Session> {
  const { io, env } = context;
  requireTerminal(io, command, options.prompts);
  const colorLevel = io.stdout.isTTY && !env.NO_COLOR ? new Chalk().level : 0;
  return {
    io,
    prompts: options.prompts ?? createPrompts({ input: io.stdin, output: io.stdout }),
    store: options.store ?? openProgressStore({ warn: (line) => io.stderr.write(`docktutor: ${line}\n`) }),
    tools: await loadTools(options.tools),
    now: options.now ?? (() => new Date()),
    lang: context.lang,
    color: new Chalk({ level: colorLevel }),
    live: context,
    lessonsDir: context.invocation.lessonsDir,
    print: (text = '') => io.stdout.write(`${text}\n`),
    say: (text = '') => io.stdout.write(`${wrapText(text, columnsOf(io))}\n`),
    columns: () => columnsOf(io),
  };
}

// Read at every call: the terminal may have been resized since the flow began.
function columnsOf(io: Io): number {
  return io.stdout.columns || 80;
}

export function loadSessionLessons(session: Session): Promise<Lesson[]> {
  return loadLessonList(session.tools, session.lang, session.lessonsDir);
}

/**
 * The lesson `ref` names (`learn 3`), read alone when the lessons folder shows at a glance which one it
 * is, so that its first step comes up without parsing the whole course; else found among all of them.
 */
export async function loadNamedLesson(session: Session, ref: string): Promise<Lesson> {
  const found = await loadLessonList(session.tools, session.lang, session.lessonsDir, ref);
  if (found.length > 1) return findLesson(found, ref);
  const wanted = ref.trim();
  const alone = found[0]!;
  return alone.id === wanted || (/^\d+$/.test(wanted) && alone.order === Number(wanted)) ? alone : findLesson(await loadSessionLessons(session), ref);
}

export async function loadLessonList(tools: LessonTools, lang: Lang, dir: string, only?: string): Promise<Lesson[]> {
  const lessons = [...(await tools.loadLessons(dir, lang, only))].sort((a, b) => a.order - b.order);
  if (lessons.length === 0) {
    const m = learnMessages();
    throw new DocktutorError('lesson', m.noLessons(dir), { hint: m.noLessonsHint });
  }
  return lessons;
}
