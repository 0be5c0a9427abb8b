/**
 * The only module that talks to @inquirer/prompts. Every prompt takes an injectable context (input,
 * output, abort signal), and the flows receive a `Prompts` object, so tests either drive these real
 * prompts through @inquirer/testing or hand the flows a scripted `Prompts` of their own.
 */
import { getLang } from '../i18n/index.js';
import { learnMessages } from '../i18n/learn.js';
import { columnsOf, terminalColumns } from '../terminal/width.js';
import { wrapLine, wrapText } from '../terminal/wrap.js';
import type { CommandPromptConfig } from './command-prompt.js';
import { checkbox, confirm, input, loadCore, select } from './inquirer.js';
import { askMenu } from './menu-prompt.js';
import { waitingForTheLearner } from '../terminal/waiting.js';

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface SelectConfig<T> {
  message: string;
  choices: readonly Choice<T>[];
  default?: T;
  /** checkbox only: submitting with nothing ticked shows this and asks again. */
  required?: string;
  /** The answered line's mark says whether the answer was right (select: the chosen value). */
  verdict?: Verdict<T>;
}

export interface CheckboxConfig<T> extends Omit<SelectConfig<T>, 'verdict'> {
  /** Judges every ticked value together. */
  verdict?: Verdict<T[]>;
}

/**
 * A quiz answer's line, once answered, starts with `right` or `wrong` (painted by the caller) instead of
 * the neutral mark, so the mark beside the question tells the learner how it went.
 */
export interface Verdict<A> {
  judge: (answer: A) => boolean;
  right: string;
  wrong: string;
}

export interface InputConfig {
  message: string;
  /** Shown already typed: Enter accepts it, and it can be edited first. */
  default?: string;
  /** Judges the typed line; an empty line keeps the neutral mark. */
  verdict?: Verdict<string>;
}

export interface ConfirmConfig {
  message: string;
  default?: boolean;
}

export interface Prompts {
  select<T>(config: SelectConfig<T>): Promise<T>;
  checkbox<T>(config: CheckboxConfig<T>): Promise<T[]>;
  input(config: InputConfig): Promise<string>;
  confirm(config: ConfirmConfig): Promise<boolean>;
  /** A try step's command: starts empty; Tab or Up fills in the suggestion; '' goes back. */
  command(config: CommandPromptConfig): Promise<string>;
}

// An answered line that is not judged (a menu, a confirm) keeps a neutral mark, never the green ✔
// Inquirer would draw under every answer, right or wrong; a judged one gets its verdict's mark.
const prefix = { idle: '?', done: '›' };

// Inquirer's own message and answer styles, for the judged line drawn in their place, from the core the
// prompts are built on (inquirer.ts), as in command-prompt.ts.
let plainStyle: ReturnType<typeof import('@inquirer/core').makeTheme>['style'] | undefined;
function plain(): NonNullable<typeof plainStyle> {
  plainStyle ??= loadCore().makeTheme().style;
  return plainStyle;
}

// Inquirer prints its key help in English; Korean learners get it in Korean. The words are taken when
// the prompt is asked, in the invocation's language: the help is drawn later, on each key press.
function theme() {
  const keysHelpTip = translatedKeysHelp();
  return keysHelpTip ? { prefix, style: { keysHelpTip } } : { prefix };
}

/** The key help in the invocation's language; none in English, where the prompts' own is right. */
function translatedKeysHelp(): ((keys: [string, string][]) => string) | undefined {
  if (getLang() === 'en') return undefined;
  const words = learnMessages().keyActions;
  return (keys) => keys.map(([key, action]) => `${key} ${words[action] ?? action}`).join(' • ');
}

export function askSelect<T>(config: SelectConfig<T>, context: PromptContext = {}): Promise<T> {
  waitingForTheLearner();
  const message = hangMessage(config.message, context);
  // The answered line is the message and the choice after it: the choice goes on where the message ends.
  const last = message.split('\n');
  const used = columnsOf(last.at(-1)!) + (last.length === 1 ? MESSAGE_MARK : 0);
  const width = terminalColumns((context.output ?? process.stdout) as { isTTY?: boolean; columns?: number });
  const choices = hangChoices(config.choices, SELECT_MARK, context).map((choice) => ({ ...choice, short: wrapAfter(choice.short, used, width) }));
  const { verdict } = config;
  // The answered line is drawn from the chosen option's text alone: find its value by that text.
  const valueOf = new Map<string, T>();
  for (const choice of choices) if (!valueOf.has(choice.short)) valueOf.set(choice.short, choice.value);
  const judged = verdict && judgedLine(message, (short) => verdict.judge(valueOf.get(short) as T), verdict);
  // A short menu without descriptions or a verdict (a step's menu, a prediction) is drawn by menu-prompt.ts.
  if (!judged && choices.length <= PAGE_SIZE && choices.every((choice) => !choice.description)) {
    const keysHelpTip = translatedKeysHelp();
    return askMenu({ message, choices, default: config.default, prefix, ...(keysHelpTip ? { keysHelpTip } : {}) }, context);
  }
  return select<T>({ message, choices, default: config.default, pageSize: PAGE_SIZE, theme: { ...theme(), ...judged } }, context);
}

export function askCheckbox<T>(config: CheckboxConfig<T>, context: PromptContext = {}): Promise<T[]> {
  waitingForTheLearner();
  const { required, verdict } = config;
  const validate = required === undefined ? {} : { validate: (chosen: readonly unknown[]) => chosen.length > 0 || required };
  const choices = hangChoices(config.choices, CHECKBOX_MARK, context);
  let ticked: T[] = [];
  const message = hangMessage(config.message, context);
  const judged = verdict && judgedLine(message, () => verdict.judge(ticked), verdict);
  // Inquirer renders the ticked options (which carry their values) just before the answered line.
  const render = (selection: readonly { value: T; short: string }[]) => ((ticked = selection.map((choice) => choice.value)), selection.map((choice) => choice.short).join(', '));
  const style = judged ? { ...judged.style, renderSelectedChoices: render } : undefined;
  return checkbox<T>({ message, choices, pageSize: PAGE_SIZE, theme: { ...theme(), ...(judged && { prefix: judged.prefix, style }) }, ...validate }, context);
}

/**
 * The theme of a select or checkbox whose answered line starts with the verdict's mark. Both prompts
 * draw that line as prefix, message, answer, leaving out the empty parts, and the answer is known only
 * when it is drawn: so the prefix and message are left empty and the answer's style draws all three.
 */
function judgedLine(message: string, isRight: (answer: string) => boolean, verdict: Pick<Verdict<unknown>, 'right' | 'wrong'>) {
  const korean = getLang() === 'en' ? {} : theme().style;
  return {
    prefix: { ...prefix, done: '' },
    style: {
      ...korean,
      message: (text: string, status: string) => (status === 'done' ? '' : plain().message(text, status as 'idle')),
      answer: (answer: string) => `${isRight(answer) ? verdict.right : verdict.wrong} ${plain().message(message, 'done')} ${plain().answer(answer)}`,
    },
  };
}

// Options shown at once; a longer list scrolls.
const PAGE_SIZE = 12;

// Columns Inquirer draws before a choice: the pointer and a space; for a checkbox, the box too.
const SELECT_MARK = 2;
const CHECKBOX_MARK = 3;

// Columns Inquirer draws before the message: the prefix (? or ›) and a space.
const MESSAGE_MARK = 2;

/**
 * A long question wrapped at spaces to the terminal, its later lines under its first word. Left to
 * Inquirer, a break falling on a space started the next line with it (" 어떻게 될까요?").
 */
function hangMessage(message: string, context: PromptContext): string {
  const width = terminalColumns((context.output ?? process.stdout) as { isTTY?: boolean; columns?: number });
  return wrapText(message, Math.max(width - MESSAGE_MARK, 20)).split('\n').join(`\n${' '.repeat(MESSAGE_MARK)}`);
}

/** `text` written after `used` columns and a space: what fits there, then lines under the message's text. */
function wrapAfter(text: string, used: number, width: number): string {
  const room = width - used - 1;
  if (columnsOf(text) <= room) return text;
  const words = text.split(' ');
  let first = '';
  while (words.length > 0 && columnsOf(first ? `${first} ${words[0]}` : words[0]!) <= room) first = first ? `${first} ${words.shift()}` : words.shift()!;
  const rest = wrapText(words.join(' '), Math.max(width - MESSAGE_MARK, 20)).split('\n').map((line) => `${' '.repeat(MESSAGE_MARK)}${line}`).join('\n');
  return first ? `${first}\n${rest}` : `\n${rest}`;
}

/**
 * A long choice (a quiz option) wrapped to the terminal with its later lines under its first word,
 * not back at column 0 as Inquirer's own wrapping leaves them. The answered line (`short`) shows it whole.
 */
function hangChoices<T>(choices: readonly Choice<T>[], mark: number, context: PromptContext): (Choice<T> & { short: string })[] {
  const width = terminalColumns((context.output ?? process.stdout) as { isTTY?: boolean; columns?: number });
  return choices.map((choice) => {
    const lines = wrapLine(choice.name, Math.max(width - mark, 20)).split('\n');
    return { ...choice, name: lines.join(`\n${' '.repeat(mark)}`), short: choice.name };
  });
}

export function askInput(config: InputConfig, context: PromptContext = {}): Promise<string> {
  waitingForTheLearner();
  const prefill = config.default === undefined ? {} : { default: config.default, prefill: 'editable' as const };
  const { verdict } = config;
  const message = hangMessage(config.message, context);
  if (!verdict) return input({ message, ...prefill, theme: { prefix } }, context);
  // Inquirer validates the line, then draws the answered line with a fresh theme: the mark is read then.
  let mark = prefix.done;
  const validate = (line: string) => ((mark = line.trim() === '' ? prefix.done : verdict.judge(line) ? verdict.right : verdict.wrong), true);
  const judged = { idle: prefix.idle, get done() { return mark; } };
  return input({ message, ...prefill, validate, theme: { prefix: judged } }, context);
}

export function askConfirm(config: ConfirmConfig, context: PromptContext = {}): Promise<boolean> {
  waitingForTheLearner();
  const m = learnMessages();
  return confirm({ message: hangMessage(config.message, context), default: config.default ?? false, transformer: (yes) => (yes ? m.yes : m.no), theme: { prefix } }, context);
}

/** Ctrl-C (or an abort) inside a prompt: the flows say where the learner stands, then let it through. */
export function isPromptExit(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

export function createPrompts(context: PromptContext = {}): Prompts {
  return {
    select: (config) => askSelect(config, context),
    checkbox: (config) => askCheckbox(config, context),
    input: (config) => askInput(config, context),
    confirm: (config) => askConfirm(config, context),
    command: async (config) => (await import('./command-prompt.js')).askCommand(config, context),
  };
}
