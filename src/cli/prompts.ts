/**
 * The only module that talks to @inquirer/prompts. Every prompt takes an injectable context (input,
 * output, abort signal), and the flows receive a `Prompts` object, so tests either drive these real
 * prompts through @inquirer/testing or hand the flows a scripted `Prompts` of their own.
 */
import { getLang } from '../i18n/index.js';
import { learnMessages } from '../i18n/learn.js';
import { terminalColumns } from '../terminal/width.js';
import { wrapLine } from '../terminal/wrap.js';
import type { CommandPromptConfig } from './command-prompt.js';
import { checkbox, confirm, input, select } from './inquirer.js';

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
}

export interface InputConfig {
  message: string;
  /** Shown already typed: Enter accepts it, and it can be edited first. */
  default?: string;
}

export interface ConfirmConfig {
  message: string;
  default?: boolean;
}

export interface Prompts {
  select<T>(config: SelectConfig<T>): Promise<T>;
  checkbox<T>(config: SelectConfig<T>): Promise<T[]>;
  input(config: InputConfig): Promise<string>;
  confirm(config: ConfirmConfig): Promise<boolean>;
  /** A try step's command: starts empty; Tab or Up fills in the suggestion; '' goes back. */
  command(config: CommandPromptConfig): Promise<string>;
}

// The answered line keeps a neutral mark: whether the answer was right is said by the line after it, in
// green or red, not by a green ✔ that Inquirer would draw under every answer, right or wrong.
const prefix = { idle: '?', done: '›' };

// Inquirer prints its key help in English; Korean learners get it in Korean. The words are taken when
// the prompt is asked, in the invocation's language: the help is drawn later, on each key press.
function theme() {
  if (getLang() === 'en') return { prefix };
  const words = learnMessages().keyActions;
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${words[action] ?? action}`).join(' • ');
  return { prefix, style: { keysHelpTip } };
}

export function askSelect<T>(config: SelectConfig<T>, context: PromptContext = {}): Promise<T> {
  const choices = hangChoices(config.choices, SELECT_MARK, context);
  return select<T>({ message: config.message, choices, default: config.default, pageSize: 12, theme: theme() }, context);
}

export function askCheckbox<T>(config: SelectConfig<T>, context: PromptContext = {}): Promise<T[]> {
  const { required } = config;
  const validate = required === undefined ? {} : { validate: (chosen: readonly unknown[]) => chosen.length > 0 || required };
  const choices = hangChoices(config.choices, CHECKBOX_MARK, context);
  return checkbox<T>({ message: config.message, choices, pageSize: 12, theme: theme(), ...validate }, context);
}

// Columns Inquirer draws before a choice: the pointer and a space; for a checkbox, the box too.
const SELECT_MARK = 2;
const CHECKBOX_MARK = 3;

/**
 * A long choice (a quiz option) wrapped to the terminal with its later lines under its first word,
 * not back at column 0 as Inquirer's own wrapping leaves them. The answered line shows it unwrapped.
 */
function hangChoices<T>(choices: readonly Choice<T>[], mark: number, context: PromptContext): (Choice<T> & { short: string })[] {
  const width = terminalColumns((context.output ?? process.stdout) as { isTTY?: boolean; columns?: number });
  return choices.map((choice) => {
    const lines = wrapLine(choice.name, Math.max(width - mark, 20)).split('\n');
    return { ...choice, name: lines.join(`\n${' '.repeat(mark)}`), short: choice.name };
  });
}

export function askInput(config: InputConfig, context: PromptContext = {}): Promise<string> {
  const prefill = config.default === undefined ? {} : { default: config.default, prefill: 'editable' as const };
  return input({ message: config.message, ...prefill, theme: { prefix } }, context);
}

export function askConfirm(config: ConfirmConfig, context: PromptContext = {}): Promise<boolean> {
  const m = learnMessages();
  return confirm({ message: config.message, default: config.default ?? false, transformer: (yes) => (yes ? m.yes : m.no), theme: { prefix } }, context);
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
