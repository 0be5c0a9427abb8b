/**
 * Small lesson worlds and scripted stand-ins for the flows' collaborators: prompts that answer from a
 * list (and act like Ctrl-C when the list runs out), in-memory streams, and lesson tools without a daemon.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { createAppContext, processSurroundings, type AppContext, type Io } from '../../src/app/context.js';
import { parseInvocation } from '../../src/app/invocation.js';
import type { Daemon } from '../../src/docker/engine/daemon.js';
import { DocktutorError } from '../../src/errors.js';
import { inLanguage } from '../../src/i18n/index.js';
import type { Lesson, Question } from '../../src/lessons/model.js';
import type { LessonTools, TryOutcome } from '../../src/cli/learn/tools.js';
import type { Prompts, Verdict } from '../../src/cli/prompts.js';
import { openProgressStore, type ProgressStore } from '../../src/progress/store.js';

const explanation = (id: string) => `Explanation of ${id}.`;

export function questionsFor(prefix: string): Question[] {
  const base = { line: 1, step: 0 };
  return [
    { ...base, id: `${prefix}-single`, type: 'single', question: `${prefix}: which is a template?`, explanation: explanation('single'), options: [{ text: 'An image', correct: true }, { text: 'A container', correct: false, why: 'It adds a writable layer.' }] },
    { ...base, id: `${prefix}-multiple`, type: 'multiple', question: `${prefix}: what is shared?`, explanation: explanation('multiple'), options: [{ text: 'The kernel', correct: true }, { text: 'A boot loader', correct: false, why: 'Nothing boots.' }, { text: 'Layers', correct: true }] },
    { ...base, id: `${prefix}-tf`, type: 'truefalse', question: `${prefix}: containers boot a kernel.`, explanation: explanation('tf'), answer: false },
    { ...base, id: `${prefix}-command`, type: 'command', question: `${prefix}: run hello in {{image}}.`, explanation: explanation('command'), answer: 'docker run --rm {{image}} echo hello' },
  ];
}

export function makeLesson(id: string, order: number, title = `Lesson ${id}`): Lesson {
  return {
    id,
    title,
    order,
    summary: `About ${id}.`,
    objectives: ['learn'],
    minutes: 5,
    passMark: 80,
    generate: [],
    lang: 'en',
    dir: `/lessons/${id}`,
    file: `/lessons/${id}/en.md`,
    steps: [
      { title: `${id} intro`, markdown: `Welcome to ${id}.`, line: 1, kind: 'read', questionIds: [] },
      {
        title: `${id} try`,
        markdown: 'Run a container.',
        line: 5,
        kind: 'try',
        questionIds: [],
        tryStep: { id: 'hello', mode: 'copy', command: 'docker run --rm {{image}} echo hello', hints: ['The image comes first.'], needs: [], explain: 'The container printed hello and was removed.', check: { exitCode: 0, output: 'hello' }, line: 7 },
      },
      { title: `${id} wrap-up`, markdown: 'That is all.', line: 12, kind: 'read', questionIds: [] },
    ],
    questions: questionsFor(id),
  };
}

export interface PromptCall {
  kind: 'select' | 'checkbox' | 'input' | 'confirm' | 'command';
  message: string;
  choices: { name: string; value: unknown }[];
  default: unknown;
  /** checkbox: the message shown when it is submitted with nothing ticked. */
  required?: string;
  /** The mark the answered line shows: the verdict's right or wrong mark for the reply, when judged. */
  marked?: string;
}

export type Reply = unknown | ((call: PromptCall) => unknown);

/** Answers prompts in order; when the script runs out it throws what Ctrl-C throws inside Inquirer. */
export function scriptedPrompts(replies: Reply[]): Prompts & { calls: PromptCall[]; remaining: () => number } {
  const calls: PromptCall[] = [];
  const queue = [...replies];
  const answer = async (call: PromptCall, verdict?: Verdict<never>): Promise<never> => {
    calls.push(call);
    if (queue.length === 0) throw Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const reply = queue.shift();
    const given = (typeof reply === 'function' ? (reply as (c: PromptCall) => unknown)(call) : reply) as never;
    if (verdict) call.marked = verdict.judge(given) ? verdict.right : verdict.wrong;
    return given;
  };
  return {
    calls,
    remaining: () => queue.length,
    select: (config) => answer({ kind: 'select', message: config.message, choices: [...config.choices], default: config.default }, config.verdict),
    checkbox: (config) => answer({ kind: 'checkbox', message: config.message, choices: [...config.choices], default: undefined, ...(config.required ? { required: config.required } : {}) }, config.verdict),
    input: (config) => answer({ kind: 'input', message: config.message, choices: [], default: config.default }, config.verdict),
    confirm: (config) => answer({ kind: 'confirm', message: config.message, choices: [], default: config.default }),
    command: (config) => answer({ kind: 'command', message: config.message, choices: [], default: config.suggestion }),
  };
}

/** Accept the prompt's default (Enter). */
export const ENTER = (call: PromptCall) => call.default;

export function memoryIo(tty = false) {
  let out = '';
  let err = '';
  const stdout = Object.assign(new Writable({ write: (chunk, _enc, done) => ((out += chunk.toString()), done()) }), { isTTY: tty, columns: 80 });
  const stderr = new Writable({ write: (chunk, _enc, done) => ((err += chunk.toString()), done()) });
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  return { io: { stdin, stdout, stderr }, out: () => out, err: () => err };
}

export interface FakeTools extends LessonTools {
  ran: string[];
  executed: string[];
  /** Ids of the lessons whose practice folder was prepared, in order. */
  prepared: string[];
}

export function fakeTools(lessons: Lesson[], options: { tryOutcome?: (line: string) => TryOutcome | Error; daemon?: boolean } = {}): FakeTools {
  const expand = (text: string) => text.replaceAll('{{image}}', 'busybox:latest');
  const canonical = (line: string) => {
    const words = line.trim().split(/\s+/);
    if (words[0] !== 'docker') throw new DocktutorError('usage', `not a docker command: ${line}`);
    return words.map((word) => (word === '--all' ? '-a' : word)).join(' ');
  };
  const tools: FakeTools = {
    ran: [],
    executed: [],
    prepared: [],
    loadLessons: async () => lessons,
    renderStep: (lesson, index) => `## ${lesson.steps[index]!.title}\n${lesson.steps[index]!.markdown}`,
    startTryStep: async (lesson, index) => async (line) => {
      tools.ran.push(line);
      const outcome = options.tryOutcome?.(line) ?? {
        passed: canonical(line) === canonical(expand(lesson.steps[index]!.tryStep!.command)),
        lines: ['exit code 0 (expected 0)'],
      };
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    executeCommandLine: async (line) => {
      if (options.daemon === false) throw new DocktutorError('daemon-unreachable', 'cannot connect to the Docker daemon at unix:///nowhere.sock');
      tools.executed.push(line);
      return { exitCode: 0 };
    },
    canonicalCommand: canonical,
    prepareWorkspace: async (lesson) => {
      tools.prepared.push(lesson.id);
      return `/practice/${lesson.id}`;
    },
    expandPlaceholders: expand,
    prepareLessonFolder: async (lesson, env, notice) => tools.prepareWorkspace(lesson, env, notice),
    unmetNeeds: async () => [],
    recreateNeed: async () => ({ passed: true, lines: [] }),
    removeOwnedContainer: async () => 'removed',
    hasBridgeNetwork: async () => true,
    openEditStep: async (lesson) => ({ folder: `/practice/${lesson.id}`, paths: [] }),
    checkEditStep: async () => ({ passed: true, results: [] }),
    watchFolder: async () => async () => undefined,
  };
  return tools;
}

export async function tempStore(): Promise<{ store: ProgressStore; home: string; cleanup: () => Promise<void> }> {
  const home = await mkdtemp(join(tmpdir(), 'dt-flow-'));
  return { store: openProgressStore({ home }), home, cleanup: () => rm(home, { recursive: true, force: true }) };
}

/** Right answers for questionsFor(): single, multiple, truefalse, command (then "don't run it"). */
export const RIGHT_ANSWERS: Reply[] = [0, [0, 2], false, 'docker run --rm busybox:latest echo hello', false];

/**
 * The context main builds for `docktutor <args>`, on the given streams (the process's by default), for
 * calling a command directly. The locale variables are left out: a test names its language with --lang.
 */
export function contextFor(args: string[] = [], options: { io?: Io; env?: NodeJS.ProcessEnv; daemon?: Daemon } = {}): AppContext {
  const env = options.env ?? process.env;
  const invocation = parseInvocation(['node', 'docktutor', ...args], { ...env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined });
  return createAppContext(invocation, { ...processSurroundings(), env, ...(options.io ? { io: options.io } : {}) }, options.daemon);
}

/** Runs a command as main does: in the language of its context. */
export function inContext<T>(context: AppContext, body: (context: AppContext) => Promise<T>): Promise<T> {
  return inLanguage(context.lang, () => body(context));
}
