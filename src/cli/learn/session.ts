/**
 * Everything a learning flow carries around: the streams, the prompts, the progress store, the lesson
 * tools, the clock and the styles. Commands build one from their options; tests pass any part in.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { DocktutorError } from '../../errors.js';
import { getLang, parseLang, setLang, type Lang } from '../../i18n/index.js';
import { learnMessages } from '../../i18n/learn.js';
import { openProgressStore, type ProgressStore } from '../../progress/store.js';
import { lessonsDir, type GlobalOptions } from '../../settings.js';
import type { Lesson } from '../../lessons/model.js';
import { wrapText } from '../../terminal/wrap.js';
import { createPrompts, type Prompts } from '../prompts.js';
import { loadTools, type Io, type LessonTools, type LiveContext } from './tools.js';

export interface FlowOptions extends GlobalOptions {
  /** Scripted prompts (tests); when given, no terminal is required. */
  prompts?: Prompts;
  io?: Io;
  tools?: Partial<LessonTools>;
  store?: ProgressStore;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
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
  /** Text as is: for what is already laid out for the terminal (a rendered step, a note). */
  print(text?: string): void;
  /** Feedback and messages, word-wrapped by display width to the terminal as it is now. */
  say(text?: string): void;
  columns(): number;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** learn, quiz and reset without --yes ask questions: without a terminal they say so at once. */
export function requireTerminal(io: Io, command: string, prompts: Prompts | undefined): void {
  if (prompts || (io.stdin.isTTY && io.stdout.isTTY)) return;
  const m = learnMessages();
  throw new DocktutorError('needs-terminal', m.needsTerminal(command), { hint: m.needsTerminalHint, exitCode: 2 });
}

export async function openSession(options: FlowOptions, command: string): Promise<Session> {
  const io = options.io ?? processIo();
  requireTerminal(io, command, options.prompts);
  if (options.lang !== undefined) setLang(parseLang(options.lang));
  const env = options.env ?? process.env;
  const colorLevel = io.stdout.isTTY && !env.NO_COLOR ? new Chalk().level : 0;
  return {
    io,
    prompts: options.prompts ?? createPrompts({ input: io.stdin, output: io.stdout }),
    store: options.store ?? openProgressStore({ warn: (line) => io.stderr.write(`docktutor: ${line}\n`) }),
    tools: await loadTools(options.tools),
    now: options.now ?? (() => new Date()),
    lang: getLang(),
    color: new Chalk({ level: colorLevel }),
    live: { io, host: options.host, env },
    print: (text = '') => io.stdout.write(`${text}\n`),
    say: (text = '') => io.stdout.write(`${wrapText(text, columnsOf(io))}\n`),
    columns: () => columnsOf(io),
  };
}

// Read at every call: the terminal may have been resized since the flow began.
function columnsOf(io: Io): number {
  return io.stdout.columns || 80;
}

export function loadSessionLessons(session: Session, options: GlobalOptions): Promise<Lesson[]> {
  return loadLessonList(session.tools, session.lang, lessonsDir(options.lessons, session.live.env));
}

export async function loadLessonList(tools: LessonTools, lang: Lang, dir: string): Promise<Lesson[]> {
  const lessons = [...(await tools.loadLessons(dir, lang))].sort((a, b) => a.order - b.order);
  if (lessons.length === 0) {
    const m = learnMessages();
    throw new DocktutorError('lesson', m.noLessons(dir), { hint: m.noLessonsHint });
  }
  return lessons;
}
