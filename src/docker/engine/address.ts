/**
 * Where the daemon is, decided the way the docker CLI decides it. Pure: the environment, the home
 * folder and file reads come in as arguments, so every combination is a table row in the tests.
 * Order: --host, DOCKER_HOST, DOCKER_CONTEXT, currentContext in $DOCKER_CONFIG/config.json, the default socket.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DocktutorError } from '../../errors.js';

export type AddressSource = 'flag' | 'DOCKER_HOST' | 'DOCKER_CONTEXT' | 'config' | 'default' | 'probe';

export interface TlsFiles {
  ca?: string;
  cert?: string;
  key?: string;
  /** false for `DOCKER_TLS` without verification, or a context with SkipTLSVerify. */
  verify: boolean;
}

export interface DockerAddress {
  /** The address as the docker CLI would print it: unix:///var/run/docker.sock, tcp://host:2376, ssh://me@host. */
  url: string;
  protocol: 'unix' | 'http' | 'https' | 'ssh';
  socketPath?: string;
  host?: string;
  port?: number;
  username?: string;
  tls?: TlsFiles;
  source: AddressSource;
  /** The context name, when the address came from one. */
  context?: string;
}

export interface ResolveInput {
  hostFlag?: string | undefined;
  env: Record<string, string | undefined>;
  homedir: string;
  /** Returns the file's text, or undefined when it does not exist. */
  readFile: (path: string) => string | undefined;
  /** Returns whether a file exists (TLS material of a context). */
  exists: (path: string) => boolean;
}

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/**
 * The docker CLI's configuration folder (its config.Dir()), where config.json, contexts and TLS files
 * live: $DOCKER_CONFIG, else `.docker` in the home folder. The home is $HOME when it is set, as the
 * docker CLI reads it, else the account's (`accountHome`, from os.homedir()). The one place this rule
 * is written: the address, the credentials and the TLS files all come through here.
 */
export function dockerConfigDir(env: Record<string, string | undefined>, accountHome: string): string {
  return env.DOCKER_CONFIG || join(env.HOME || accountHome, '.docker');
}

export function resolveDockerAddress(input: ResolveInput): DockerAddress {
  const { env, homedir } = input;
  if (input.hostFlag) return parseHost(input.hostFlag, 'flag', envTls(env, homedir));
  if (env.DOCKER_HOST) return parseHost(env.DOCKER_HOST, 'DOCKER_HOST', envTls(env, homedir));

  const configDir = dockerConfigDir(env, homedir);
  let context = env.DOCKER_CONTEXT;
  let source: AddressSource = 'DOCKER_CONTEXT';
  if (!context) {
    context = readCurrentContext(configDir, input.readFile);
    source = 'config';
  }
  if (context && context !== 'default') return resolveContext(context, source, configDir, input);
  return { url: `unix://${DEFAULT_SOCKET}`, protocol: 'unix', socketPath: DEFAULT_SOCKET, source: 'default' };
}

function readCurrentContext(configDir: string, readFile: ResolveInput['readFile']): string | undefined {
  const file = join(configDir, 'config.json');
  const text = readFile(file);
  if (text === undefined) return undefined;
  try {
    const config = JSON.parse(text) as { currentContext?: unknown };
    return typeof config.currentContext === 'string' ? config.currentContext : undefined;
  } catch {
    throw new DocktutorError('usage', `${file} is not valid JSON`, { hint: 'fix or remove that file, then try again' });
  }
}

/** Contexts live under a folder named by the SHA-256 of their name, as the docker CLI stores them. */
export function contextDigest(name: string): string {
  // Required here rather than imported: crypto costs every command start-up, and only contexts use it.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(name).digest('hex');
}

function resolveContext(name: string, source: AddressSource, configDir: string, input: ResolveInput): DockerAddress {
  const digest = contextDigest(name);
  const metaFile = join(configDir, 'contexts', 'meta', digest, 'meta.json');
  const text = input.readFile(metaFile);
  const hint = `run 'docker context ls' to see the contexts, or unset ${source === 'config' ? 'currentContext in config.json' : 'DOCKER_CONTEXT'}`;
  if (text === undefined) throw new DocktutorError('usage', `Docker context '${name}' not found (no ${metaFile})`, { hint });
  let endpoint: { Host?: unknown; SkipTLSVerify?: unknown } | undefined;
  try {
    endpoint = (JSON.parse(text) as { Endpoints?: { docker?: typeof endpoint } }).Endpoints?.docker;
  } catch {
    throw new DocktutorError('usage', `${metaFile} is not valid JSON`, { hint });
  }
  if (!endpoint || typeof endpoint.Host !== 'string') {
    throw new DocktutorError('usage', `Docker context '${name}' has no docker endpoint`, { hint });
  }
  const tlsDir = join(configDir, 'contexts', 'tls', digest, 'docker');
  const files = { ca: join(tlsDir, 'ca.pem'), cert: join(tlsDir, 'cert.pem'), key: join(tlsDir, 'key.pem') };
  const present = Object.fromEntries(Object.entries(files).filter(([, path]) => input.exists(path)));
  const tls: TlsFiles | undefined =
    Object.keys(present).length > 0 || endpoint.SkipTLSVerify === true
      ? { ...present, verify: endpoint.SkipTLSVerify !== true }
      : undefined;
  return { ...parseHost(endpoint.Host, source, tls), context: name };
}

/** TLS from the environment: DOCKER_TLS_VERIFY (verify) or DOCKER_TLS (encrypt only), files in DOCKER_CERT_PATH. */
function envTls(env: Record<string, string | undefined>, homedir: string): TlsFiles | undefined {
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_TLS) return undefined;
  // As the docker CLI: without DOCKER_CERT_PATH, the TLS files are looked for in its config folder.
  const dir = env.DOCKER_CERT_PATH || dockerConfigDir(env, homedir);
  return { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem'), verify };
}

export function parseHost(raw: string, source: AddressSource, tls?: TlsFiles): DockerAddress {
  const bad = () =>
    new DocktutorError('usage', `'${raw}' is not a Docker host address`, {
      hint: 'use unix:///path/to/docker.sock, tcp://host:port or ssh://user@host',
    });
  if (raw.startsWith('unix://')) {
    const socketPath = raw.slice('unix://'.length);
    if (!socketPath) throw bad();
    return { url: raw, protocol: 'unix', socketPath, source };
  }
  if (raw.startsWith('/')) return { url: `unix://${raw}`, protocol: 'unix', socketPath: raw, source };
  let url: URL;
  try {
    url = new URL(raw.includes('://') ? raw : `tcp://${raw}`);
  } catch {
    throw bad();
  }
  if (url.protocol === 'ssh:') {
    // TLS settings never apply over ssh: the ssh channel is the transport and the daemon's local socket the end.
    const port = url.port ? Number(url.port) : 22;
    const address: DockerAddress = { url: raw, protocol: 'ssh', host: url.hostname, port, source };
    if (url.username) address.username = decodeURIComponent(url.username);
    return address;
  }
  if (url.protocol !== 'tcp:' && url.protocol !== 'http:' && url.protocol !== 'https:') throw bad();
  if (!url.hostname) throw bad();
  const secure = tls !== undefined || url.protocol === 'https:';
  const port = url.port ? Number(url.port) : secure ? 2376 : 2375;
  const address: DockerAddress = {
    url: `tcp://${url.hostname}:${port}`,
    protocol: secure ? 'https' : 'http',
    host: url.hostname,
    port,
    source,
  };
  if (secure) address.tls = tls ?? { verify: true };
  return address;
}

/** Sockets worth trying when the default one does not answer: rootless Docker, Docker Desktop, Podman. */
export function fallbackSockets(env: Record<string, string | undefined>, homedir: string, uid: number): { path: string; what: string }[] {
  const runtime = env.XDG_RUNTIME_DIR || `/run/user/${uid}`;
  return [
    { path: join(runtime, 'docker.sock'), what: 'rootless Docker' },
    { path: join(homedir, '.docker', 'run', 'docker.sock'), what: 'Docker Desktop' },
    { path: join(homedir, '.docker', 'desktop', 'docker.sock'), what: 'Docker Desktop' },
    { path: join(runtime, 'podman', 'podman.sock'), what: 'Podman (rootless)' },
    { path: '/run/podman/podman.sock', what: 'Podman' },
  ];
}
