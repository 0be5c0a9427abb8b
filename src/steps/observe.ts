/**
 * Gathers what a try step's check needs to know, and only that: the newest matching container that
 * docktutor created, whether an image exists, whether a login is stored, what tags a registry holds.
 */
import type { ContainerInfo } from 'dockerode';
import { normalizeImageReference } from '../docker/command-line/index.js';
import type { CommandResult } from '../docker/commands/types.js';
import type { Connection } from '../docker/engine/connect.js';
import { isLoggedIn, loadCredentials } from '../docker/registry/credentials.js';
import { daemonReason, toDocktutorError } from '../docker/engine/errors.js';
import { managedFilter } from '../docker/engine/labels.js';
import { listTags } from '../docker/registry/client.js';
import { registryPolicy } from '../docker/registry/policy.js';
import { isRegistryHost, normalizeRegistryHost } from '../docker/registry/reference.js';
import type { TryCheck } from '../lessons/model.js';
import { readEnv } from './read-env.js';
import type { ContainerFacts, Observations, RegistryObservation } from './verify.js';

export interface ObserveContext {
  connection: Connection;
  env: NodeJS.ProcessEnv;
  /** The practice registry, for a registry check whose repo names no host. */
  registry: string;
}

export async function observe(check: TryCheck, result: CommandResult, context: ObserveContext): Promise<Observations> {
  const seen: Observations = { result };
  if (check.container) seen.container = (await findContainer(context, check.container)) ?? null;
  if (check.image) {
    const image = await inspectOrAbsent(context.connection, () => context.connection.docker.getImage(check.image!.ref).inspect());
    seen.imageExists = image !== undefined;
    if (check.image.env) seen.imageEnv = readEnv(image?.Config?.Env ?? []);
  }
  if (check.removed !== undefined && result.containerId) {
    const id = result.containerId;
    seen.removed = (await inspectOrAbsent(context.connection, () => context.connection.docker.getContainer(id).inspect())) === undefined;
  }
  if (check.login) seen.loggedIn = await isLoggedIn(normalizeRegistryHost(check.login.server), context.env);
  if (check.registry) seen.registry = await registryTags(check.registry.repo, context);
  return seen;
}

/** The newest container carrying docktutor's labels with that exact name and image. */
export async function findContainer(context: ObserveContext, match: { name?: string; image?: string }): Promise<ContainerFacts | undefined> {
  const { docker, address } = context.connection;
  const filters: Record<string, string[]> = { label: managedFilter(context.env) };
  if (match.name) filters.name = [match.name];
  let list: ContainerInfo[];
  try {
    list = await docker.listContainers({ all: true, filters: JSON.stringify(filters) });
  } catch (error) {
    throw toDocktutorError(error, address.url);
  }
  // The name filter matches parts of names; the image is compared in the form docker shows it.
  const wanted = match.image === undefined ? undefined : normalizeImageReference(match.image);
  const candidates = list
    .filter((entry) => match.name === undefined || entry.Names.includes(`/${match.name}`))
    .filter((entry) => wanted === undefined || normalizeImageReference(entry.Image) === wanted)
    .sort((a, b) => b.Created - a.Created);
  const newest = candidates[0];
  if (!newest) return undefined;
  // Removed between the list and the inspect (a --rm container that just ended): as good as absent.
  const info = await inspectOrAbsent(context.connection, () => docker.getContainer(newest.Id).inspect());
  if (!info) return undefined;
  return {
    name: info.Name.replace(/^\//, ''),
    image: newest.Image,
    running: info.State.Running,
    exitCode: info.State.Running ? undefined : info.State.ExitCode,
    oomKilled: info.State.OOMKilled,
    memory: info.HostConfig.Memory ?? 0,
    nanoCpus: info.HostConfig.NanoCpus ?? 0,
  };
}

/** What an inspect answers, or undefined when the daemon has no such object (404). */
async function inspectOrAbsent<T>(connection: Connection, inspect: () => Promise<T>): Promise<T | undefined> {
  try {
    return await inspect();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    throw toDocktutorError(error, connection.address.url);
  }
}

async function registryTags(repository: string, context: ObserveContext): Promise<RegistryObservation> {
  const [first, ...rest] = repository.split('/');
  const named = rest.length > 0 && isRegistryHost(first!);
  const host = named ? first! : normalizeRegistryHost(context.registry);
  const repo = named ? rest.join('/') : repository;
  try {
    const credentials = await loadCredentials(host, context.env);
    const auth = credentials && !credentials.identityToken ? { username: credentials.username, password: credentials.secret } : undefined;
    return { host, repo, tags: await listTags(host, repo, { auth, policy: await registryPolicy(context.connection) }) };
  } catch (error) {
    return { host, repo, error: daemonReason(error) };
  }
}
