/**
 * Image references the way the docker CLI reads them: `busybox` is docker.io/library/busybox, a
 * first part with a dot, a colon or `localhost` is a registry host, the tag follows the last colon
 * of the last part. Pure: no daemon, no files.
 */
import { usageError } from '../../errors.js';
import { registryMessages } from '../../i18n/registry.js';

export const DOCKER_HUB = 'docker.io';
/** The key Docker Hub's credentials are stored under in config.json, for historical reasons. */
export const DOCKER_HUB_AUTH_KEY = 'https://index.docker.io/v1/';

export interface ImageReference {
  /** Registry host, `docker.io` for Docker Hub. */
  domain: string;
  /** Repository path inside the registry: `library/busybox`, `me/app`. */
  path: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;

/**
 * A repository path as the distribution grammar has it (`library/busybox`, `me/app`): lower-case
 * components joined by `/`. Nothing else becomes part of a registry URL: not `..`, `?`, `%` or spaces.
 */
export function isRepositoryPath(text: string): boolean {
  return text.length > 0 && text.length <= 255 && text.split('/').every((part) => COMPONENT.test(part));
}

export function parseImageReference(text: string): ImageReference {
  const m = registryMessages();
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw usageError(m.invalidReference(text), m.referenceHint);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw usageError(m.invalidReference(text), m.referenceHint);
  }
  const { domain, path } = splitDomain(rest);
  if (path !== path.toLowerCase()) throw usageError(m.uppercaseReference(text), m.referenceHint);
  if (!path || !path.split('/').every((part) => COMPONENT.test(part))) throw usageError(m.invalidReference(text), m.referenceHint);
  const reference: ImageReference = { domain, path };
  if (tag !== undefined) reference.tag = tag;
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/** `busy` -> docker.io + library/busy; `127.0.0.1:5000/x` -> 127.0.0.1:5000 + x. Does not validate. */
export function splitDomain(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash >= 0 && isRegistryHost(first)) {
    const domain = first === 'index.docker.io' ? DOCKER_HUB : first;
    const path = name.slice(slash + 1);
    return { domain, path: domain === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path };
  }
  return { domain: DOCKER_HUB, path: name.includes('/') ? name : `library/${name}` };
}

/** Whether the first part of a name is a registry host rather than a Docker Hub user. */
export function isRegistryHost(part: string): boolean {
  return part.includes('.') || part.includes(':') || part === 'localhost' || part !== part.toLowerCase();
}

/** The repository without tag: `docker.io/library/busybox`. */
export function repositoryName(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}`;
}

/** What the docker CLI prints at the end of a pull: `docker.io/library/busybox:latest`. */
export function fullReference(ref: ImageReference): string {
  return repositoryName(ref) + (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest !== undefined ? `@${ref.digest}` : '');
}

/** The short form docker shows in most places: `busybox:latest`, `me/app:1`, `127.0.0.1:5000/x:1`. */
export function familiarReference(ref: ImageReference): string {
  const path = ref.domain === DOCKER_HUB && ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  const name = ref.domain === DOCKER_HUB ? path : `${ref.domain}/${path}`;
  return name + (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest !== undefined ? `@${ref.digest}` : '');
}

/** A registry address as typed (`http://host:5000/v2/`, `docker.io`) -> the host name docker uses. */
export function normalizeRegistryHost(address: string): string {
  const host = address.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  return host === 'index.docker.io' || host === 'registry-1.docker.io' || host === DOCKER_HUB ? DOCKER_HUB : host;
}

/** The key under which config.json and credential helpers keep a registry's login. */
export function credentialKey(host: string): string {
  return normalizeRegistryHost(host) === DOCKER_HUB ? DOCKER_HUB_AUTH_KEY : normalizeRegistryHost(host);
}
