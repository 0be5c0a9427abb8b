/**
 * `docker run` flags -> the Engine API's container-create body, as the docker CLI builds it. Pure: the
 * environment (for `-e NAME` without a value), the lines of the --env-file files (read beforehand) and
 * the working folder (for `-v ./dir:/x`) come in.
 */
import { DocktutorError } from '../../../errors.js';
import { parseNanoCpus, parseRamInBytes } from '../../command-line/units.js';
import type { FlagValue, ParsedCommand } from '../types.js';
import { runCommandMessages } from './messages.js';
import { readMounts, type MountSpec } from './mounts.js';

export { parseMount, parseVolume } from './mounts.js';

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

export interface CreateBody {
  Image: string;
  Cmd?: string[];
  Entrypoint?: string[];
  Env?: string[];
  WorkingDir?: string;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  Labels: Record<string, string>;
  ExposedPorts?: Record<string, object>;
  Volumes?: Record<string, object>;
  User?: string;
  HostConfig: {
    Binds?: string[];
    Mounts?: MountSpec[];
    ReadonlyRootfs?: boolean;
    CapAdd?: string[];
    CapDrop?: string[];
    PublishAllPorts?: boolean;
    PortBindings?: Record<string, PortBinding[]>;
    Memory?: number;
    NanoCpus?: number;
    NetworkMode: string;
    AutoRemove: boolean;
  };
}

export interface RunSettings {
  labels: Record<string, string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** KEY=VALUE lines of the --env-file files, in order; the -e values come after them. */
  envFiles?: string[];
}

export function buildCreateBody(command: ParsedCommand, settings: RunSettings): CreateBody {
  const { flags, args } = command;
  const detach = flags.detach === true;
  const interactive = flags.interactive === true;
  const body: CreateBody = {
    Image: args[0]!,
    Tty: flags.tty === true,
    OpenStdin: interactive,
    // Attached stdin closes with the client, as with the docker CLI's -i.
    StdinOnce: interactive && !detach,
    AttachStdin: interactive && !detach,
    AttachStdout: !detach,
    AttachStderr: !detach,
    Labels: settings.labels,
    HostConfig: {
      NetworkMode: typeof flags.network === 'string' ? flags.network : 'default',
      // Only a detached --rm needs the daemon's help: in the foreground docktutor waits and removes the
      // container itself, avoiding the race between auto-removal and reading the exit code.
      AutoRemove: detach && flags.rm === true,
    },
  };
  if (args.length > 1) body.Cmd = args.slice(1);
  // `--entrypoint ""` clears the image's entrypoint; docker sends it as [""].
  if (typeof flags.entrypoint === 'string') body.Entrypoint = [flags.entrypoint];
  const env = [...(settings.envFiles ?? []), ...list(flags.env).map((entry) => expandEnv(entry, settings.env))];
  if (env.length > 0) body.Env = env;
  if (typeof flags.workdir === 'string') body.WorkingDir = flags.workdir;
  if (typeof flags.memory === 'string') body.HostConfig.Memory = parseRamInBytes(flags.memory)!;
  if (typeof flags.cpus === 'string') body.HostConfig.NanoCpus = parseNanoCpus(flags.cpus)!;
  const ports = list(flags.publish).map(parsePortSpec);
  if (ports.length > 0) {
    body.ExposedPorts = {};
    body.HostConfig.PortBindings = {};
    for (const spec of ports) {
      for (const [port, bindings] of Object.entries(spec)) {
        body.ExposedPorts[port] = {};
        (body.HostConfig.PortBindings[port] ??= []).push(...bindings);
      }
    }
  }
  const mounts = readMounts(list(flags.volume), list(flags.mount), settings.cwd);
  if (mounts.binds.length > 0) body.HostConfig.Binds = mounts.binds;
  for (const path of mounts.anonymous) (body.Volumes ??= {})[path] = {};
  if (mounts.mounts.length > 0) body.HostConfig.Mounts = mounts.mounts;
  if (typeof flags.user === 'string') body.User = flags.user;
  if (flags['read-only'] === true) body.HostConfig.ReadonlyRootfs = true;
  if (flags['publish-all'] === true) body.HostConfig.PublishAllPorts = true;
  const { add, drop } = effectiveCapabilities(list(flags['cap-add']), list(flags['cap-drop']));
  if (add.length > 0) body.HostConfig.CapAdd = add;
  if (drop.length > 0) body.HostConfig.CapDrop = drop;
  return body;
}

function list(value: FlagValue | undefined): string[] {
  return Array.isArray(value) ? value : [];
}

/** `-e NAME` passes the client's own NAME, as the docker CLI does; unset, it is passed bare and ignored. */
function expandEnv(entry: string, env: NodeJS.ProcessEnv): string {
  if (entry.includes('=')) return entry;
  const value = env[entry];
  return value === undefined ? entry : `${entry}=${value}`;
}

/**
 * docker's port syntax: `80`, `8080:80`, `127.0.0.1:8080:80`, `127.0.0.1::80`, `[::1]:8080:80`,
 * ranges `8000-8001:80-81`, and `/udp`. Returns bindings keyed by `port/proto`.
 */
export function parsePortSpec(spec: string): Record<string, PortBinding[]> {
  const m = runCommandMessages();
  const bad = () => new DocktutorError('usage', m.badPort(spec), { hint: m.badPortHint, exitCode: 125 });
  let rest = spec;
  let proto = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    proto = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
    if (!['tcp', 'udp', 'sctp'].includes(proto)) throw bad();
  }
  let ip = '';
  const bracket = /^\[([^\]]+)\]:(.*)$/.exec(rest);
  if (bracket) {
    ip = bracket[1]!;
    rest = bracket[2]!;
  }
  const parts = rest.split(':');
  if (parts.length > 3 || (bracket && parts.length !== 2)) throw bad();
  const containerPart = parts[parts.length - 1]!;
  const hostPart = parts.length >= 2 ? parts[parts.length - 2]! : '';
  if (parts.length === 3) ip = parts[0]!;
  const container = parseRange(containerPart);
  const host = hostPart === '' ? undefined : parseRange(hostPart);
  if (!container || (hostPart !== '' && !host)) throw bad();
  const result: Record<string, PortBinding[]> = {};
  const count = container.last - container.first + 1;
  if (host && host.last - host.first + 1 !== count && count !== 1) throw bad();
  for (let offset = 0; offset < count; offset += 1) {
    let hostPort = '';
    if (host) hostPort = count === 1 ? hostPart : String(host.first + offset);
    result[`${container.first + offset}/${proto}`] = [{ HostIp: ip, HostPort: hostPort }];
  }
  return result;
}

function parseRange(text: string): { first: number; last: number } | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  if (first < 1 || last > 65535 || last < first) return undefined;
  return { first, last };
}

/**
 * The docker CLI's EffectiveCapAddCapDrop: names upper-cased with `CAP_` put in front (`ALL` stays),
 * `ALL` trumping the rest of its list, and a capability both added and dropped left added.
 */
export function effectiveCapabilities(add: string[], drop: string[]): { add: string[]; drop: string[] } {
  const normalize = (caps: string[]) => {
    const names = caps.map((cap) => cap.toUpperCase()).map((cap) => (cap === 'ALL' || cap.startsWith('CAP_') ? cap : `CAP_${cap}`));
    return names.includes('ALL') ? ['ALL'] : names;
  };
  const added = normalize(add);
  return { add: added, drop: normalize(drop).filter((cap) => !added.includes(cap)) };
}
