/**
 * The docker commands docktutor runs, one row each, in the order the command list shows them. The
 * spec of every command is at hand from the start (the parser needs the flags); the rest of a command
 * (its execute, explanation and help) loads when that command is used. Adding a command: its folder,
 * one import and one row here, and its test.
 */
import { spec as images } from './images/spec.js';
import { legacyEntry } from './legacy.js';
import type { CommandEntry, CommandModule, CommandSpec } from './module.js';

export const COMMANDS = {
  run: legacyEntry('run'),
  exec: legacyEntry('exec'),
  ps: legacyEntry('ps'),
  build: legacyEntry('build'),
  pull: legacyEntry('pull'),
  push: legacyEntry('push'),
  images: { spec: images, load: () => import('./images/index.js') },
  login: legacyEntry('login'),
  logout: legacyEntry('logout'),
  search: legacyEntry('search'),
  version: legacyEntry('version'),
  info: legacyEntry('info'),
} satisfies Record<string, CommandEntry>;

export type CommandName = keyof typeof COMMANDS;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export function isCommandName(word: string): word is CommandName {
  return Object.hasOwn(COMMANDS, word);
}

export function commandSpec(name: CommandName): CommandSpec {
  return COMMANDS[name].spec;
}

export function loadCommand(name: CommandName): Promise<CommandModule> {
  return COMMANDS[name].load();
}
