/**
 * Settings that several commands share, each from a flag, then an environment variable, then a default.
 * Paths follow the XDG base directories through env-paths; DOCKTUTOR_HOME overrides the data folder.
 */
import envPaths from 'env-paths';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GlobalOptions {
  host?: string;
  lang?: string;
  lessons?: string;
}

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function practiceImage(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKTUTOR_IMAGE || 'busybox:latest';
}

export function practiceRegistry(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKTUTOR_REGISTRY || 'localhost:5000';
}

export function practiceRegistryUser(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKTUTOR_REGISTRY_USER || 'docktutor';
}

export function lessonsDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(flag || env.DOCKTUTOR_LESSONS || join(PACKAGE_ROOT, 'lessons'));
}

/** Where progress, practice folders and backups live. */
export function dataHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOCKTUTOR_HOME) return resolve(env.DOCKTUTOR_HOME);
  return envPaths('docktutor', { suffix: '' }).data;
}
