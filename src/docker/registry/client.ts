/**
 * A small client for the registry v2 API, for what the daemon cannot do: a private registry has no
 * search, so `docker search HOST/term` lists /v2/_catalog and the tags instead. It speaks only to the
 * host the user named: HTTPS first, plain HTTP if that host does not speak TLS (as the daemon does for
 * local registries), basic auth from the stored login, and a Bearer token only from that same host.
 */
import { DocktutorError } from '../../errors.js';
import { registryMessages } from '../../i18n/registry.js';
import { searchMessages } from '../../i18n/search.js';
import { recordRequest, type TracedRequest } from '../engine/trace.js';

export interface BasicAuth {
  username: string;
  password: string;
}

const TIMEOUT_MS = 5000;

export async function listRepositories(host: string, auth?: BasicAuth): Promise<string[]> {
  const body = (await getJson(host, '/v2/_catalog?n=1000', auth)) as { repositories?: string[] };
  return body.repositories ?? [];
}

export async function listTags(host: string, repository: string, auth?: BasicAuth): Promise<string[]> {
  const body = (await getJson(host, `/v2/${repository}/tags/list`, auth)) as { tags?: string[] | null };
  return body.tags ?? [];
}

async function getJson(host: string, path: string, auth: BasicAuth | undefined): Promise<unknown> {
  const base = await pickScheme(host);
  let response = await send(`${base}${path}`, {});
  if (response.status === 401) {
    const challenge = response.headers.get('www-authenticate') ?? '';
    const authorization = await answerChallenge(host, challenge, auth);
    response = await send(`${base}${path}`, { authorization });
  }
  if (response.status === 401 || response.status === 403) {
    throw new DocktutorError('auth', searchMessages().registryRefused(host, response.status), { hint: registryMessages().loginHint(host) });
  }
  if (!response.ok) throw new DocktutorError('registry', searchMessages().registryAnswered(host, path.split('?')[0]!, response.status), { hint: searchMessages().catalogHint });
  return response.json();
}

const schemes = new Map<string, string>();

/** https://host when it speaks TLS, else http://host; remembered per host for the next requests. */
async function pickScheme(host: string): Promise<string> {
  const known = schemes.get(host);
  if (known) return known;
  for (const scheme of ['https', 'http']) {
    try {
      await send(`${scheme}://${host}/v2/`, {});
      schemes.set(host, `${scheme}://${host}`);
      return `${scheme}://${host}`;
    } catch (error) {
      if (scheme === 'http') {
        const m = registryMessages();
        throw new DocktutorError('registry', searchMessages().registryUnreachable(host, causeOf(error)), { hint: m.registryUnreachableHint(host) });
      }
    }
  }
  throw new Error('unreachable');
}

async function answerChallenge(host: string, challenge: string, auth: BasicAuth | undefined): Promise<string> {
  const basic = auth ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` : undefined;
  const [scheme = '', ...rest] = challenge.split(' ');
  if (scheme.toLowerCase() !== 'bearer') {
    if (!basic) throw new DocktutorError('auth', searchMessages().registryNeedsLogin(host), { hint: registryMessages().loginHint(host) });
    return basic;
  }
  const params = Object.fromEntries([...rest.join(' ').matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
  const realm = new URL(params.realm ?? '');
  if (realm.host !== host) throw new DocktutorError('auth', searchMessages().foreignTokenServer(host, realm.host), { hint: searchMessages().catalogHint });
  if (params.service) realm.searchParams.set('service', params.service);
  if (params.scope) realm.searchParams.set('scope', params.scope);
  const response = await send(realm.toString(), basic ? { authorization: basic } : {});
  if (!response.ok) throw new DocktutorError('auth', searchMessages().registryRefused(host, response.status), { hint: registryMessages().loginHint(host) });
  const body = (await response.json()) as { token?: string; access_token?: string };
  return `Bearer ${body.token ?? body.access_token ?? ''}`;
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
