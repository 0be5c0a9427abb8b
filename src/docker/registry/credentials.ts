/**
 * Registry logins shared with the docker CLI: $DOCKER_CONFIG/config.json (default ~/.docker), and the
 * credential helpers it names. A login made here works for `docker push`, and the other way round.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DocktutorError } from '../../errors.js';
import { registryMessages } from '../../i18n/registry.js';
import { helperErase, helperGet, helperStore } from './credential-helpers.js';
import {
  type Credentials,
  type DockerConfigFile,
  helperFor,
  matchingAuthKeys,
  parseConfig,
  readFileCredentials,
  serializeConfig,
  withLogin,
  withoutLogin,
} from './credentials-config.js';
import { credentialKey, normalizeRegistryHost } from './reference.js';
import { dockerConfigDir } from '../engine/address.js';

export type { Credentials } from './credentials-config.js';

export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  return dockerConfigDir(env, homedir());
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'config.json');
}

export async function readDockerConfig(env: NodeJS.ProcessEnv = process.env): Promise<DockerConfigFile> {
  const path = configPath(env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw storeError(path, error);
  }
  return parseConfig(text, path);
}

async function writeDockerConfig(config: DockerConfigFile, env: NodeJS.ProcessEnv): Promise<void> {
  const path = configPath(env);
  try {
    await mkdir(configDir(env), { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, serializeConfig(config), { mode: 0o600 });
  } catch (error) {
    throw storeError(path, error);
  }
}

/** The stored login for a registry host (`127.0.0.1:5000`, `docker.io`), from the helper in charge or the file. */
export async function loadCredentials(host: string, env: NodeJS.ProcessEnv = process.env): Promise<Credentials | undefined> {
  const config = await readDockerConfig(env);
  const helper = helperFor(config, host);
  if (helper) return helperGet(helper, credentialKey(host), env);
  return readFileCredentials(config, host);
}

/** Records a login (already checked with the daemon). Returns where the secret went, for the warning docker prints. */
export async function storeCredentials(credentials: Credentials, env: NodeJS.ProcessEnv = process.env): Promise<{ helper?: string; file: string }> {
  const config = await readDockerConfig(env);
  const helper = helperFor(config, credentials.serverAddress);
  if (helper) await helperStore(helper, credentials, env);
  await writeDockerConfig(withLogin(config, credentials, helper !== undefined), env);
  return helper ? { helper, file: configPath(env) } : { file: configPath(env) };
}

/** Forgets a login everywhere it is recorded; false when there was none (docker: "Not logged in to ..."). */
export async function eraseCredentials(host: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const config = await readDockerConfig(env);
  const keys = matchingAuthKeys(config, host);
  if (keys.length === 0) return false;
  const helper = helperFor(config, host);
  if (helper) for (const key of keys) await helperErase(helper, key, env);
  await writeDockerConfig(withoutLogin(config, keys), env);
  return true;
}

/** Whether config.json records a login for the host (what `docker logout` and lesson checks look at). */
export async function isLoggedIn(host: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return matchingAuthKeys(await readDockerConfig(env), host).length > 0;
}

/** The Engine API's auth object for X-Registry-Auth (pull, push), or undefined when not logged in. */
export async function registryAuth(host: string, env: NodeJS.ProcessEnv = process.env): Promise<Record<string, string> | undefined> {
  const credentials = await loadCredentials(host, env);
  return credentials && toEngineAuth(credentials);
}

/** Every stored login, keyed by server, for the X-Registry-Config header of a build (FROM a private registry). */
export async function allRegistryAuths(env: NodeJS.ProcessEnv = process.env): Promise<Record<string, Record<string, string>>> {
  const config = await readDockerConfig(env);
  const result: Record<string, Record<string, string>> = {};
  for (const key of Object.keys(config.auths ?? {})) {
    try {
      const credentials = await loadCredentials(normalizeRegistryHost(key), env);
      if (credentials) result[key] = toEngineAuth(credentials);
    } catch {
      // A login a helper cannot read is left out: the build only fails if it needs that registry.
    }
  }
  return result;
}

export function toEngineAuth(credentials: Credentials): Record<string, string> {
  return credentials.identityToken
    ? { identitytoken: credentials.secret, serveraddress: credentials.serverAddress }
    : { username: credentials.username, password: credentials.secret, serveraddress: credentials.serverAddress };
}

function storeError(path: string, error: unknown): DocktutorError {
  const m = registryMessages();
  return new DocktutorError('store', m.configUnreadable(path, (error as Error).message), { hint: m.configHint(path), cause: error });
}
