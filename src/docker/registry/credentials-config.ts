/**
 * The docker CLI's config.json, as far as logins go, read and changed without touching anything
 * else in it. Pure: text in, text or values out; credentials.ts does the file and helper I/O.
 */
import { DocktutorError } from '../../errors.js';
import { registryMessages } from '../../i18n/registry.js';
import { credentialKey, normalizeRegistryHost } from './reference.js';

export interface AuthEntry {
  auth?: string;
  identitytoken?: string;
  [key: string]: unknown;
}

export interface DockerConfigFile {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

export interface Credentials {
  /** The key the login is stored under: a host name, or Docker Hub's `https://index.docker.io/v1/`. */
  serverAddress: string;
  username: string;
  /** The password, or the identity token when `identityToken` is set. */
  secret: string;
  identityToken?: boolean;
}

/** Credential helpers mark an identity token with this user name, as the docker CLI does. */
export const TOKEN_USERNAME = '<token>';

export function parseConfig(text: string, path: string): DockerConfigFile {
  const m = registryMessages();
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new DocktutorError('store', m.configUnreadable(path, (error as Error).message), { hint: m.configHint(path) });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new DocktutorError('store', m.configUnreadable(path, m.notAnObject), { hint: m.configHint(path) });
  }
  return parsed as DockerConfigFile;
}

/** Tab-indented like the docker CLI writes it, logins sorted by key like Go's encoder sorts a map. */
export function serializeConfig(config: DockerConfigFile): string {
  const auths = config.auths;
  const sorted = auths === undefined ? undefined : Object.fromEntries(Object.keys(auths).sort().map((key) => [key, auths[key]]));
  return `${JSON.stringify(auths === undefined ? config : { ...config, auths: sorted }, null, '\t')}\n`;
}

/** The credential helper in charge of a registry: its own credHelpers entry, else credsStore. */
export function helperFor(config: DockerConfigFile, host: string): string | undefined {
  const key = credentialKey(host);
  const helpers = config.credHelpers ?? {};
  return helpers[key] ?? helpers[normalizeRegistryHost(host)] ?? (config.credsStore || undefined);
}

/** Every key under `auths` that names this registry: exact, or written with a scheme or path. */
export function matchingAuthKeys(config: DockerConfigFile, host: string): string[] {
  const target = normalizeRegistryHost(host);
  return Object.keys(config.auths ?? {}).filter((key) => normalizeRegistryHost(key) === target);
}

export function readFileCredentials(config: DockerConfigFile, host: string): Credentials | undefined {
  const key = credentialKey(host);
  const keys = matchingAuthKeys(config, host);
  const found = keys.includes(key) ? key : keys[0];
  const entry = found === undefined ? undefined : config.auths?.[found];
  if (!entry) return undefined;
  if (entry.identitytoken) {
    const username = entry.auth ? decodeAuth(entry.auth).username : '';
    return { serverAddress: key, username, secret: entry.identitytoken, identityToken: true };
  }
  if (!entry.auth) return undefined;
  const { username, password } = decodeAuth(entry.auth);
  return { serverAddress: key, username, secret: password };
}

export function encodeAuth(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}

export function decodeAuth(auth: string): { username: string; password: string } {
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? { username: text, password: '' } : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/**
 * The config with a login recorded. With a helper the secret lives in the helper and the file only
 * gets an empty entry, which is how the docker CLI remembers which registries it is logged in to.
 */
export function withLogin(config: DockerConfigFile, credentials: Credentials, inHelper: boolean): DockerConfigFile {
  const auths = { ...(config.auths ?? {}) };
  for (const key of matchingAuthKeys(config, credentials.serverAddress)) delete auths[key];
  let entry: AuthEntry = {};
  if (!inHelper) {
    entry = credentials.identityToken
      ? { auth: encodeAuth(credentials.username, ''), identitytoken: credentials.secret }
      : { auth: encodeAuth(credentials.username, credentials.secret) };
  }
  auths[credentials.serverAddress] = entry;
  return { ...config, auths };
}

export function withoutLogin(config: DockerConfigFile, keys: string[]): DockerConfigFile {
  const auths = { ...(config.auths ?? {}) };
  for (const key of keys) delete auths[key];
  return { ...config, auths };
}
