/**
 * The built image as the Engine API describes it (GET /images/{id}/json): its config for the config
 * checks, its size, and how many layers it adds to the image its final stage starts FROM.
 */
import type { ImageInspectInfo } from 'dockerode';
import type { Connection } from '../../docker/engine/connect.js';
import { toDocktutorError } from '../../docker/engine/errors.js';
import type { EditBuild } from '../../lessons/model.js';
import { expandArgs, finalStage, type ParsedDockerfile } from './dockerfile.js';
import type { ImageFacts } from './judge.js';

export async function inspectImage(connection: Connection, image: string): Promise<ImageInspectInfo> {
  try {
    return await connection.docker.getImage(image).inspect();
  } catch (error) {
    throw toDocktutorError(error, connection.address.url);
  }
}

export async function readImageFacts(connection: Connection, info: ImageInspectInfo, dockerfile: ParsedDockerfile | undefined, build: EditBuild): Promise<ImageFacts> {
  const config = info.Config ?? ({} as ImageInspectInfo['Config']);
  const layers = info.RootFS?.Layers ?? [];
  const base = await baseLayers(connection, dockerfile, build);
  return {
    user: config.User ?? '',
    cmd: config.Cmd ?? null,
    entrypoint: (config.Entrypoint as string[] | null | undefined) ?? null,
    workdir: config.WorkingDir ?? '',
    env: config.Env ?? [],
    labels: config.Labels ?? {},
    exposed: Object.keys(config.ExposedPorts ?? {}),
    addedLayers: layers.length - commonPrefix(layers, base),
    size: info.Size,
  };
}

/**
 * The layers of the image the final stage starts FROM: none for scratch, those of the named image
 * otherwise, following `FROM <stage>` back to an image. A base that cannot be found counts as none.
 */
async function baseLayers(connection: Connection, dockerfile: ParsedDockerfile | undefined, build: EditBuild): Promise<string[]> {
  if (!dockerfile) return [];
  const ref = baseImage(dockerfile, build);
  if (ref === undefined || ref.toLowerCase() === 'scratch') return [];
  try {
    return (await connection.docker.getImage(ref).inspect()).RootFS?.Layers ?? [];
  } catch {
    return [];
  }
}

/** The image reference the final stage builds on, build arguments filled in. */
export function baseImage(dockerfile: ParsedDockerfile, build: Pick<EditBuild, 'args' | 'target'>): string | undefined {
  const values = { ...dockerfile.metaArgs, ...build.args };
  const visited = new Set<string>();
  let stage = finalStage(dockerfile, build.target);
  while (stage) {
    const from = expandArgs(stage.from, values);
    const named = dockerfile.stages.find((candidate) => candidate.name === from.toLowerCase() && candidate !== stage);
    if (!named || visited.has(from)) return from;
    visited.add(from);
    stage = named;
  }
  return undefined;
}

function commonPrefix(layers: string[], base: string[]): number {
  let count = 0;
  while (count < layers.length && count < base.length && layers[count] === base[count]) count += 1;
  return count;
}
