/**
 * The docker commands docktutor runs, one row each, in the order the command list shows them. The
 * spec of every command is at hand from the start (the parser needs the flags); the rest of a command
 * (its execute, explanation and help) loads when that command is used. Adding a command: its folder,
 * one import and one row here, and its test (docs/architecture.md).
 */
import { spec as build } from './build/spec.js';
import { spec as exec } from './exec/spec.js';
import { spec as images } from './images/spec.js';
import { spec as info } from './info/spec.js';
import { spec as inspect } from './inspect/spec.js';
import { spec as login } from './login/spec.js';
import { spec as logout } from './logout/spec.js';
import type { CommandEntry, CommandModule, CommandSpec } from './module.js';
import { spec as ps } from './ps/spec.js';
import { spec as pull } from './pull/spec.js';
import { spec as push } from './push/spec.js';
import { spec as run } from './run/spec.js';
import { spec as search } from './search/spec.js';
import { spec as version } from './version/spec.js';
import { spec as systemDf } from './system-df/spec.js';
import { spec as volumeCreate } from './volume-create/spec.js';
import { spec as volumeInspect } from './volume-inspect/spec.js';
import { spec as volumeLs } from './volume-ls/spec.js';
import { spec as volumeRm } from './volume-rm/spec.js';
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
  run: { spec: run, load: () => import('./run/index.js') },
  exec: { spec: exec, load: () => import('./exec/index.js') },
  ps: { spec: ps, load: () => import('./ps/index.js') },
  build: { spec: build, load: () => import('./build/index.js') },
  pull: { spec: pull, load: () => import('./pull/index.js') },
  push: { spec: push, load: () => import('./push/index.js') },
  images: { spec: images, load: () => import('./images/index.js') },
  login: { spec: login, load: () => import('./login/index.js') },
  logout: { spec: logout, load: () => import('./logout/index.js') },
  search: { spec: search, load: () => import('./search/index.js') },
  version: { spec: version, load: () => import('./version/index.js') },
  info: { spec: info, load: () => import('./info/index.js') },
  inspect: { spec: inspect, load: () => import('./inspect/index.js') },
  'volume create': { spec: volumeCreate, load: () => import('./volume-create/index.js') },
  'volume ls': { spec: volumeLs, load: () => import('./volume-ls/index.js') },
  'volume inspect': { spec: volumeInspect, load: () => import('./volume-inspect/index.js') },
  'volume rm': { spec: volumeRm, load: () => import('./volume-rm/index.js') },
  'system df': { spec: systemDf, load: () => import('./system-df/index.js') },
  // Container lifecycle, logs and image housekeeping, alphabetical. A command docker has only under a
  // management group is keyed by its spelling (`container prune`), as the volume commands are.
  'container prune': { spec: containerPrune, load: () => import('./container-prune/index.js') },
  history: { spec: history, load: () => import('./history/index.js') },
  'image prune': { spec: imagePrune, load: () => import('./image-prune/index.js') },
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

// Each command's module, once loaded: inside a session, `import()` of a module already loaded still
// costs a trip through the module loader on every command.
const loaded = new Map<CommandName, Promise<CommandModule>>();

export function loadCommand(name: CommandName): Promise<CommandModule> {
  let module = loaded.get(name);
  if (!module) {
    module = COMMANDS[name].load();
    loaded.set(name, module);
    module.catch(() => loaded.delete(name));
  }
  return module;
}
