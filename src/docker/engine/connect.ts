/**
 * The one place that creates a dockerode client. It resolves the address itself (dockerode only reads
 * DOCKER_HOST), checks that the daemon answers within a few seconds, and speaks the API version the
 * daemon supports instead of assuming one. The check is GET /_ping, as the docker CLI's: its
 * Api-Version header is enough to agree on a version, and it costs the daemon nothing, while /version
 * makes it ask containerd and runc for theirs (tens of milliseconds on every command).
 */
// First: stand-ins for the heavy packages dockerode loads eagerly (see lazy-deps.ts).
import { endDeferredHttps } from './lazy-deps.js';
import Docker from 'dockerode';
import { existsSync, readFileSync } from 'node:fs';
import { Agent as HttpAgent, type AgentOptions as HttpAgentOptions, type IncomingMessage } from 'node:http';
import type { Agent as HttpsAgent, AgentOptions } from 'node:https';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { inspect } from 'node:util';
import { DocktutorError } from '../../errors.js';
import { type DockerAddress, fallbackSockets, resolveDockerAddress } from './address.js';
import { connectionError, toDocktutorError } from './errors.js';
import { guardAnswers } from './guard-answers.js';
import { daemonMessages } from '../../i18n/docker.js';

/** The newest Engine API version docktutor speaks; older daemons are spoken to in their own version. */
endDeferredHttps();

export const CLIENT_API_VERSION = '1.45';
export const CONNECT_TIMEOUT_MS = 5000;

export interface DaemonVersion {
  Version: string;
  ApiVersion: string;
  MinAPIVersion?: string;
  Os: string;
  Arch: string;
  KernelVersion?: string;
  GitCommit?: string;
  GoVersion?: string;
  BuildTime?: string;
  Components?: { Name: string; Version: string; Details?: Record<string, string> }[];
  Platform?: { Name: string };
}

export interface Connection {
  docker: Docker;
  address: DockerAddress;
  /** The API version used for every request: the lower of the client's and the daemon's. */
  apiVersion: string;
  /** Asks the daemon for its GET /version answer (each call asks: a command's note shows its requests). */
  daemonVersion(): Promise<DaemonVersion>;
  /** Set when the default socket did not answer and another well-known socket did. */
  foundBy?: { path: string; what: string };
  /** The /_ping headers that say which builder the daemon offers (`Builder-Version`) and its OS (`OSType`). */
  builder?: { builderVersion?: string; osType?: string };
}

export interface ConnectOptions {
  host?: string | undefined;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export function resolveAddress(options: ConnectOptions = {}): DockerAddress {
  return resolveDockerAddress({
    hostFlag: options.host,
    env: options.env ?? process.env,
    homedir: homedir(),
    readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    exists: existsSync,
  });
}

export async function connect(options: ConnectOptions = {}): Promise<Connection> {
  const env = options.env ?? process.env;
  const address = resolveAddress(options);
  const timeoutMs = options.timeoutMs ?? (Number(env.DOCKTUTOR_CONNECT_TIMEOUT_MS) || CONNECT_TIMEOUT_MS);
  try {
    return await open(address, timeoutMs);
  } catch (error) {
    if (address.source !== 'default' || !(error instanceof DocktutorError) || error.kind !== 'daemon-unreachable') throw error;
    // Nothing was configured and the usual socket is silent: look where rootless Docker, Docker Desktop and Podman listen.
    for (const candidate of fallbackSockets(env, homedir(), process.getuid?.() ?? 0)) {
      if (!existsSync(candidate.path)) continue;
      const probe: DockerAddress = { url: `unix://${candidate.path}`, protocol: 'unix', socketPath: candidate.path, source: 'probe' };
      try {
        return { ...(await open(probe, timeoutMs)), foundBy: candidate };
      } catch {
        // try the next one; the original error is the one worth reporting
      }
    }
    // Say where else docktutor looked, so "nothing answers" is not mistaken for "only one place was tried".
    const places = fallbackSockets(env, homedir(), process.getuid?.() ?? 0).map((candidate) => candidate.path);
    throw new DocktutorError(error.kind, error.message, { hint: `${daemonMessages().alsoTried(places.join(', '))} ${error.hint ?? ''}`.trim(), cause: error });
  }
}

async function open(address: DockerAddress, timeoutMs: number): Promise<Connection> {
  const docker = createClient(address);
  const daemonVersion = () => askVersion(docker, address.url);
  // A daemon too old to name its version in the ping's headers is asked the long way.
  const pinged = await withTimeout(pingDaemon(docker), timeoutMs, address.url);
  const daemonApi = pinged.apiVersion ?? (await withTimeout(daemonVersion(), timeoutMs, address.url)).ApiVersion;
  const apiVersion = lowerVersion(CLIENT_API_VERSION, daemonApi);
  (docker.modem as unknown as { version: string }).version = `v${apiVersion}`;
  return { docker, address, apiVersion, daemonVersion, builder: pinged.builder };
}

interface Ping {
  apiVersion: string | undefined;
  builder: { builderVersion?: string; osType?: string };
}

/** GET /_ping without a version prefix (any daemon answers it): its Api-Version, Builder-Version and OSType headers. */
function pingDaemon(docker: Docker): Promise<Ping> {
  return new Promise((resolve, reject) => {
    const modem = docker.modem as unknown as { dial(options: object, callback: (error: unknown, response?: IncomingMessage) => void): void };
    modem.dial({ path: '/_ping', method: 'GET', isStream: true, statusCodes: { 200: true, 500: 'server error' } }, (error, response) => {
      if (error || !response) return reject(error);
      response.resume();
      const header = (name: string) => {
        const value = response.headers[name];
        return typeof value === 'string' ? value : undefined;
      };
      const api = header('api-version');
      const builderVersion = header('builder-version');
      const osType = header('ostype');
      resolve({
        apiVersion: api !== undefined && /^\d+\.\d+$/.test(api) ? api : undefined,
        builder: { ...(builderVersion !== undefined ? { builderVersion } : {}), ...(osType !== undefined ? { osType } : {}) },
      });
    });
  });
}

async function askVersion(docker: Docker, url: string): Promise<DaemonVersion> {
  try {
    return (await docker.version()) as unknown as DaemonVersion;
  } catch (error) {
    throw toDocktutorError(error, url);
  }
}

function createClient(address: DockerAddress): Docker {
  const options: Docker.DockerOptions = {};
  if (address.protocol === 'unix') options.socketPath = address.socketPath!;
  else {
    options.host = address.host!;
    options.port = address.port!;
    options.protocol = address.protocol;
    if (address.username) options.username = address.username;
    if (address.protocol === 'ssh' && process.env.SSH_AUTH_SOCK) options.sshOptions = { agent: process.env.SSH_AUTH_SOCK };
  }
  if (address.tls) {
    const verify = address.tls.verify;
    const read = (path: string | undefined, what: string) => {
      // Without verification the files are optional, as with the docker CLI's --tls.
      if (!path || (!verify && !existsSync(path))) return undefined;
      try {
        return readFileSync(path);
      } catch {
        throw new DocktutorError('daemon-tls', `cannot read the TLS ${what} at ${path}`, {
          hint: 'check DOCKER_CERT_PATH, or the TLS files of your Docker context',
        });
      }
    };
    const ca = read(address.tls.ca, 'CA certificate');
    const cert = read(address.tls.cert, 'certificate');
    const key = read(address.tls.key, 'key');
    if (ca) options.ca = ca;
    if (cert) options.cert = cert;
    if (key) options.key = key;
    if (!verify) {
      const agentOptions: AgentOptions = { rejectUnauthorized: false };
      if (cert) agentOptions.cert = cert;
      if (key) agentOptions.key = key;
      // Loaded here: tls and crypto come with https, and only a TLS daemon needs them.
      const { Agent } = createRequire(import.meta.url)('node:https') as typeof import('node:https');
      (options as { agent?: HttpsAgent }).agent = new Agent(agentOptions);
    }
  }
  if (address.protocol === 'unix') {
    // Node's agent works out a TLS server name for every request, even on a Unix socket, through
    // net.isIP, whose IPv6 pattern V8 compiles on its first use and again when it tiers up on the second:
    // 5 to 8 ms of a one-shot command. A socket file has no server name, so none is asked for; otherwise
    // the settings of Node's global agent (kept-alive sockets, most recent first). TCP daemons keep the
    // global agent and whatever it is set to do (a proxy from the environment, on Node 24).
    const plain: HttpAgentOptions & { servername: string } = { keepAlive: true, scheduling: 'lifo', timeout: 5000, servername: '' };
    const agent = new HttpAgent(plain);
    // Unbundled, docker-modem formats each request's options for its debug log even when the log is off
    // (the bundle skips the call, scripts/bundle/rules.mjs): an agent, with its sockets, would be walked whole.
    Object.defineProperty(agent, inspect.custom, { value: () => 'Agent' });
    (options as { agent?: HttpAgent }).agent = agent;
  }
  const docker = new Docker(options);
  guardAnswers(docker, address.url);
  return docker;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'daemon-timeout' })), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } catch (error) {
    throw connectionError(error, url) ?? error;
  } finally {
    clearTimeout(timer);
  }
}

export function lowerVersion(a: string, b: string): string {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor < bMajor || (aMajor === bMajor && aMinor <= bMinor) ? a : b;
}
