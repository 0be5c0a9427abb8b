/**
 * The docker commands docktutor runs, one row each, in the order the command list shows them. The
 * spec of every command is at hand from the start (the parser needs the flags); the rest of a command
 * (its execute, explanation and help) loads when that command is used. Adding a command: its folder,
 * one import and one row here, and its test.
 */
import { spec as images } from './images/spec.js';
import { legacyEntry } from './legacy.js';
import type { CommandEntry, CommandModule, CommandSpec } from './module.js';
// The commands of container lifecycle, logs and image housekeeping, alphabetical.
import { spec as containerPrune } from './container-prune/spec.js';
import { spec as history } from './history/spec.js';
import { spec as imagePrune } from './image-prune/spec.js';
import { spec as logs } from './logs/spec.js';
import { spec as restart } from './restart/spec.js';
import { spec as rm } from './rm/spec.js';
import { spec as rmi } from './rmi/spec.js';
import { spec as start } from './start/spec.js';
import { spec as stop } from './stop/spec.js';
import { spec as tag } from './tag/spec.js';

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
  // Container lifecycle, logs and image housekeeping, alphabetical. A command docker has only under a
  // management group (`container prune`) is keyed by its folder and marked groupOnly in its spec.
  'container-prune': { spec: containerPrune, load: () => import('./container-prune/index.js') },
  history: { spec: history, load: () => import('./history/index.js') },
  'image-prune': { spec: imagePrune, load: () => import('./image-prune/index.js') },
  logs: { spec: logs, load: () => import('./logs/index.js') },
  restart: { spec: restart, load: () => import('./restart/index.js') },
  rm: { spec: rm, load: () => import('./rm/index.js') },
  rmi: { spec: rmi, load: () => import('./rmi/index.js') },
  start: { spec: start, load: () => import('./start/index.js') },
  stop: { spec: stop, load: () => import('./stop/index.js') },
  tag: { spec: tag, load: () => import('./tag/index.js') },
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
