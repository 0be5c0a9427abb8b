/**
 * `docker run -v` and `--mount` -> what the Engine API takes, as the docker CLI 28 sends them: `-v`
 * as HostConfig.Binds (an anonymous `-v /data` as Config.Volumes), `--mount` as HostConfig.Mounts.
 * A source starting with `.` is a folder relative to the working folder (the practice folder), made
 * absolute as the docker CLI does. Also returned: the named volumes (so that docktutor can create
 * them with its labels first) and the host paths (so that a lesson step can be kept in its folder).
 * Pure.
 */
import { isAbsolute, resolve } from 'node:path';
import { DocktutorError } from '../../../errors.js';
import { parseRamInBytes } from '../../command-line/units.js';
import { runCommandMessages } from './messages.js';

export interface MountSpec {
  Type: string;
  Source?: string;
  Target: string;
  ReadOnly?: boolean;
  BindOptions?: { Propagation?: string; NonRecursive?: boolean };
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string>; DriverConfig?: { Name?: string; Options?: Record<string, string> } };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

export interface Mounts {
  binds: string[];
  anonymous: string[];
  mounts: MountSpec[];
  /** Volumes named by -v or --mount, with what --mount asked for them (driver, options, labels). */
  volumes: { name: string; driver?: string | undefined; options?: Record<string, string> | undefined; labels?: Record<string, string> | undefined }[];
  /** Host paths given to the daemon, absolute, with the flag value that named each. */
  hostPaths: { path: string; spec: string }[];
}

const VOLUME_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export function readMounts(volumeFlags: string[], mountFlags: string[], cwd: string): Mounts {
  const result: Mounts = { binds: [], anonymous: [], mounts: [], volumes: [], hostPaths: [] };
  for (const spec of volumeFlags) {
    const parsed = parseVolume(spec, cwd);
    if (parsed.anonymous !== undefined) {
      result.anonymous.push(parsed.anonymous);
      continue;
    }
    result.binds.push(parsed.bind!);
    const source = parsed.bind!.split(':')[0]!;
    if (source.startsWith('/')) result.hostPaths.push({ path: source, spec });
    else result.volumes.push({ name: source });
  }
  for (const spec of mountFlags) {
    const mount = parseMount(spec, cwd);
    result.mounts.push(mount);
    if (mount.Type === 'bind' && mount.Source) result.hostPaths.push({ path: resolve(cwd, mount.Source), spec });
    if (mount.Type === 'volume' && mount.Source) {
      const options = mount.VolumeOptions;
      result.volumes.push({ name: mount.Source, driver: options?.DriverConfig?.Name, options: options?.DriverConfig?.Options, labels: options?.Labels });
    }
  }
  return result;
}

/** `-v /host:/ctr[:ro]`, `-v name:/ctr`, `-v ./dir:/ctr` (relative to the practice folder), or `-v /ctr` (anonymous). */
export function parseVolume(spec: string, cwd: string): { bind?: string; anonymous?: string } {
  const m = runCommandMessages();
  const bad = () => new DocktutorError('usage', m.badVolume(spec), { hint: m.badVolumeHint, exitCode: 125 });
  const parts = spec.split(':');
  if (parts.some((part) => part === '') || parts.length > 3) throw bad();
  if (parts.length === 1) {
    if (!isAbsolute(parts[0]!)) throw bad();
    return { anonymous: parts[0]! };
  }
  const [source, target, mode] = parts as [string, string, string?];
  if (!target.startsWith('/')) throw bad();
  const host = source.startsWith('.') ? resolve(cwd, source) : source;
  if (!host.startsWith('/') && !VOLUME_NAME.test(host)) throw bad();
  return { bind: [host, target, ...(mode === undefined ? [] : [mode])].join(':') };
}

/**
 * `--mount type=bind,source=./notes,target=/notes,readonly`, read as the docker CLI's MountOpt reads
 * it: comma-separated (double quotes protect a comma), keys case-insensitive, `type` volume unless
 * said, `target` required, and volume-, bind- and tmpfs- options only with their own type.
 */
export function parseMount(spec: string, cwd: string): MountSpec {
  const fail = (reason: string): never => {
    throw new DocktutorError('usage', `invalid argument "${spec}" for "--mount" flag: ${reason}`, { hint: runCommandMessages().badMountHint, exitCode: 125 });
  };
  const mount: MountSpec = { Type: '', Target: '' };
  const volume = () => (mount.VolumeOptions ??= {});
  const bind = () => (mount.BindOptions ??= {});
  const tmpfs = () => (mount.TmpfsOptions ??= {});
  const keyValue = (value: string, into: Record<string, string>) => {
    const equals = value.indexOf('=');
    into[equals < 0 ? value : value.slice(0, equals)] = equals < 0 ? '' : value.slice(equals + 1);
  };
  for (const field of splitCsv(spec)) {
    const equals = field.indexOf('=');
    const key = (equals < 0 ? field : field.slice(0, equals)).toLowerCase();
    const value = equals < 0 ? undefined : field.slice(equals + 1);
    const flag = () => {
      if (value === undefined) return true;
      if (/^(1|t|T|true|TRUE|True)$/.test(value)) return true;
      if (/^(0|f|F|false|FALSE|False)$/.test(value)) return false;
      return fail(`invalid value for ${key}: ${value}`);
    };
    if (value === undefined && !['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive'].includes(key)) fail(`invalid field '${field}' must be a key=value pair`);
    switch (key) {
      case 'type':
        mount.Type = value!.toLowerCase();
        break;
      case 'source':
      case 'src':
        mount.Source = value!.startsWith('.') ? resolve(cwd, value!) : value!;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.Target = value!;
        break;
      case 'readonly':
      case 'ro':
        mount.ReadOnly = flag();
        break;
      case 'bind-propagation':
        bind().Propagation = value!.toLowerCase();
        break;
      case 'bind-nonrecursive':
        bind().NonRecursive = flag();
        break;
      case 'volume-nocopy':
        volume().NoCopy = flag();
        break;
      case 'volume-label':
        keyValue(value!, (volume().Labels ??= {}));
        break;
      case 'volume-driver':
        (volume().DriverConfig ??= {}).Name = value!;
        break;
      case 'volume-opt':
        keyValue(value!, ((volume().DriverConfig ??= {}).Options ??= {}));
        break;
      case 'tmpfs-size': {
        const bytes = parseRamInBytes(value!);
        if (bytes === undefined) fail(`invalid value for ${key}: ${value}`);
        tmpfs().SizeBytes = bytes!;
        break;
      }
      case 'tmpfs-mode': {
        if (!/^[0-7]+$/.test(value!)) fail(`invalid value for ${key}: ${value}`);
        tmpfs().Mode = parseInt(value!, 8);
        break;
      }
      default:
        fail(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (mount.Type === '') mount.Type = 'volume';
  if (mount.Target === '') fail('target is required');
  for (const [options, type] of [[mount.VolumeOptions, 'volume'], [mount.BindOptions, 'bind'], [mount.TmpfsOptions, 'tmpfs']] as const) {
    if (options !== undefined && mount.Type !== type) fail(`cannot mix '${type}-*' options with mount type '${mount.Type}'`);
  }
  return mount;
}

/** One CSV record, as Go's encoding/csv reads it: fields split at commas, "..." quoting (with "" for a quote). */
function splitCsv(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}
