/**
 * A small client for the registry v2 API, for what the daemon cannot do: a private registry has no
 * search, so `docker search HOST/term` lists /v2/_catalog and the tags instead, and a lesson check asks
 * a registry which tags it holds. It speaks only to the host the user named, by the daemon's rule
 * (transport.ts): HTTPS, or plain HTTP for a registry on loopback or listed as insecure, never after a
 * certificate failure; basic auth from the stored login; a Bearer token only from that same host.
 * Registries can send anything: answers are capped in size and names are checked against the
 * reference grammar before they become part of a URL.
 */
import { DocktutorError } from '../../errors.js';
import { registryMessages } from '../../i18n/registry.js';
import { searchMessages } from '../../i18n/search.js';
import { AnswerTooLarge, readCapped } from '../engine/read-capped.js';
import { recordRequest, type TracedRequest } from '../engine/trace.js';
import { isRepositoryPath } from './reference.js';
import { isCertificateFailure, isNotTls, LOOPBACK_ONLY, type TransportPolicy } from './transport.js';

export interface BasicAuth {
  username: string;
  password: string;
}

const TIMEOUT_MS = 5000;
/** A catalog of 1,000 names is some 50 KB; anything near this is not an answer worth reading. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

export interface RegistryOptions {
  auth?: BasicAuth | undefined;
  policy?: TransportPolicy;
}

/** The catalog's repository names that are valid references; others (a hostile registry's) are dropped. */
export async function listRepositories(host: string, options: RegistryOptions = {}): Promise<string[]> {
  const names = readList(await getJson(host, '/v2/_catalog?n=1000', options), 'repositories', host, '/v2/_catalog');
  return names.filter((name): name is string => typeof name === 'string' && isRepositoryPath(name));
}

export async function listTags(host: string, repository: string, options: RegistryOptions = {}): Promise<string[]> {
  if (!isRepositoryPath(repository)) {
    throw new DocktutorError('usage', registryMessages().invalidRepository(repository), { hint: registryMessages().referenceHint });
  }
  const tags = readList(await getJson(host, `/v2/${repository}/tags/list`, options), 'tags', host, `/v2/${repository}/tags/list`);
  return tags.filter((tag): tag is string => typeof tag === 'string');
}

/**
 * The list under `field`: absent or null is none (a repository without tags answers `"tags": null`);
 * anything else but a list is an answer of another shape, named in one line. Entries are the callers' to filter.
 */
function readList(body: Record<string, unknown>, field: string, host: string, path: string): unknown[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DocktutorError('registry', registryMessages().unexpectedAnswer(host, path, field), { hint: searchMessages().catalogHint });
  return value;
}

async function getJson(host: string, path: string, options: RegistryOptions): Promise<Record<string, unknown>> {
  const policy = options.policy ?? LOOPBACK_ONLY;
  const base = await pickScheme(host, policy);
  let response = await sendTo(host, `${base}${path}`, {});
  if (response.status === 401) {
    const challenge = response.headers.get('www-authenticate') ?? '';
    await response.body?.cancel();
    const authorization = await answerChallenge(host, challenge, options.auth, policy);
    response = await sendTo(host, `${base}${path}`, { authorization });
  }
  if (response.status === 401 || response.status === 403) {
    throw new DocktutorError('auth', searchMessages().registryRefused(host, response.status), { hint: registryMessages().loginHint(host) });
  }
  if (!response.ok) throw new DocktutorError('registry', searchMessages().registryAnswered(host, path.split('?')[0]!, response.status), { hint: searchMessages().catalogHint });
  const text = await readBody(response, host, path);
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    body = undefined;
  }
  // Every answer read here is a JSON object; `null` or a bare list would be read as one further on.
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new DocktutorError('registry', registryMessages().notJson(host, path.split('?')[0]!), { hint: searchMessages().catalogHint });
  }
  return body as Record<string, unknown>;
}

/**
 * The body as text, or one line once it passes MAX_ANSWER_BYTES (the rest is never read) or when the
 * registry drops the connection (or stops sending past the timeout) before the body is complete.
 */
async function readBody(response: Response, host: string, path: string): Promise<string> {
  if (!response.body) return '';
  const where = path.split('?')[0]!;
  try {
    return (await readCapped(response.body, MAX_ANSWER_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof AnswerTooLarge) throw new DocktutorError('registry', registryMessages().answerTooLarge(host, where, MAX_ANSWER_BYTES), { hint: searchMessages().catalogHint });
    throw new DocktutorError('registry', registryMessages().answerCut(host, where), { hint: searchMessages().catalogHint });
  }
}

const schemes = new Map<string, string>();

/** https://host when it speaks TLS; http://host only where the policy allows it; remembered per host. */
async function pickScheme(host: string, policy: TransportPolicy): Promise<string> {
  const known = schemes.get(host);
  if (known) return known;
  const m = registryMessages();
  try {
    (await send(`https://${host}/v2/`, {})).body?.cancel();
    schemes.set(host, `https://${host}`);
    return `https://${host}`;
  } catch (error) {
    const code = causeOf(error);
    if (isCertificateFailure(code)) throw new DocktutorError('registry', m.certificateRefused(host, code), { hint: m.certificateHint(host) });
    if (!policy.plainHttpAllowed(host)) {
      if (isNotTls(code)) throw new DocktutorError('registry', m.plainHttpRefused(host), { hint: m.plainHttpHint(host) });
      throw new DocktutorError('registry', searchMessages().registryUnreachable(host, code), { hint: m.registryUnreachableHint(host) });
    }
  }
  try {
    (await send(`http://${host}/v2/`, {})).body?.cancel();
  } catch (error) {
    throw new DocktutorError('registry', searchMessages().registryUnreachable(host, causeOf(error)), { hint: m.registryUnreachableHint(host) });
  }
  schemes.set(host, `http://${host}`);
  return `http://${host}`;
}

async function answerChallenge(host: string, challenge: string, auth: BasicAuth | undefined, policy: TransportPolicy): Promise<string> {
  const basic = auth ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` : undefined;
  const [scheme = '', ...rest] = challenge.split(' ');
  if (scheme.toLowerCase() !== 'bearer') {
    if (!basic) throw new DocktutorError('auth', searchMessages().registryNeedsLogin(host), { hint: registryMessages().loginHint(host) });
    return basic;
  }
  const params = Object.fromEntries([...rest.join(' ').matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
  let realm: URL;
  try {
    realm = new URL(params.realm ?? '');
  } catch {
    throw new DocktutorError('auth', registryMessages().badChallenge(host), { hint: searchMessages().catalogHint });
  }
  if (realm.host !== host) throw new DocktutorError('auth', searchMessages().foreignTokenServer(host, realm.host), { hint: searchMessages().catalogHint });
  // The password goes to the token server as it would to the registry: over TLS, or in clear only where plain HTTP is allowed.
  if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && policy.plainHttpAllowed(host))) {
    throw new DocktutorError('auth', registryMessages().plainHttpRefused(host), { hint: registryMessages().plainHttpHint(host) });
  }
  if (params.service) realm.searchParams.set('service', params.service);
  if (params.scope) realm.searchParams.set('scope', params.scope);
  const response = await sendTo(host, realm.toString(), basic ? { authorization: basic } : {});
  if (!response.ok) throw new DocktutorError('auth', searchMessages().registryRefused(host, response.status), { hint: registryMessages().loginHint(host) });
  let body: { token?: unknown; access_token?: unknown } | null;
  try {
    body = JSON.parse(await readBody(response, host, realm.pathname)) as typeof body;
  } catch (error) {
    if (error instanceof DocktutorError) throw error;
    throw new DocktutorError('auth', registryMessages().badChallenge(host), { hint: searchMessages().catalogHint });
  }
  if (body === null || typeof body !== 'object') throw new DocktutorError('auth', registryMessages().badChallenge(host), { hint: searchMessages().catalogHint });
  const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
  // A token server that answers without a token (or with one of another type) has not said how to log in.
  if (token === undefined) throw new DocktutorError('auth', registryMessages().badChallenge(host), { hint: searchMessages().catalogHint });
  return `Bearer ${token}`;
}

/** A request once the registry is known to answer: a connection that fails now is one line naming it. */
async function sendTo(host: string, url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await send(url, headers);
  } catch (error) {
    throw new DocktutorError('registry', searchMessages().registryUnreachable(host, causeOf(error)), { hint: registryMessages().registryUnreachableHint(host) });
  }
}

/** fetch() bypasses the http module's diagnostics channels, so each request is recorded here (never its headers). */
async function send(url: string, headers: Record<string, string>): Promise<Response> {
  const target = new URL(url);
  const entry: TracedRequest = { method: 'GET', path: target.pathname, host: `${target.protocol}//${target.host}` };
  recordRequest(entry);
  try {
    const response = await fetch(url, { headers, redirect: 'error', signal: AbortSignal.timeout(TIMEOUT_MS) });
    entry.status = response.status;
    return response;
  } catch (error) {
    entry.error = causeOf(error);
    throw error;
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
