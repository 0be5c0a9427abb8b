/**
 * Settings that several commands share, each from a flag, then an environment variable, then a default.
 * Paths follow the XDG base directories through env-paths; DOCKTUTOR_HOME overrides the data folder.
 */
import envPaths from 'env-paths';
import { resolve } from 'node:path';

export { PACKAGE_ROOT } from './version.js';

export function practiceImage(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKTUTOR_IMAGE || 'busybox:latest';
}

export function practiceRegistry(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKTUTOR_REGISTRY || 'localhost:5000';
}

export function practiceRegistryUser(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKTUTOR_REGISTRY_USER || 'docktutor';
}

/** Where progress, practice folders and backups live. */
export function dataHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOCKTUTOR_HOME) return resolve(env.DOCKTUTOR_HOME);
  return envPaths('docktutor', { suffix: '' }).data;
}
