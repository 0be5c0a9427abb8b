/**
 * Flags in a lesson's command that reach past the container into this machine. Two kinds:
 * - a bind mount of a host path outside the practice folder (`/`, the Docker socket, any absolute path,
 *   or `..`): `docker run` refuses those in a lesson step, so `lessons --check` reports them as errors;
 * - `--privileged`, a host namespace, `--cap-add`, `-e NAME` or `--build-arg NAME` without a value (they
 *   copy this machine's own value): allowed, since a lesson may mean them, but the learner is told
 *   before such a command runs, and `lessons --check` warns about them.
 * Pure: works on the parsed command.
 */
import { posix } from 'node:path';
import { parseCommandLine } from '../../docker/command-line/index.js';
import type { FlagValue, ParsedCommand } from '../../docker/commands/types.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';

export interface Risk {
  kind: 'bind' | 'flag';
  /** One sentence naming the flag as written and what it gives the container. */
  text: string;
}

const SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];
/** Namespaces a container can share with the host; `docker run` takes `host` for each. */
const NAMESPACES = ['network', 'pid', 'ipc', 'uts', 'userns', 'cgroupns'];

/** Every risky flag of the command, in the order written; empty when there is none. */
export function findRiskyFlags(command: Pick<ParsedCommand, 'name' | 'flags'>): Risk[] {
  const m = safetyMessages();
  const { flags } = command;
  const found: Risk[] = [];
  const flag = (text: string) => found.push({ kind: 'flag', text });
  if (command.name === 'run') {
    for (const spec of list(flags.volume)) {
      const risk = describeBind(`-v ${spec}`, spec.includes(':') ? spec.slice(0, spec.indexOf(':')) : undefined);
      if (risk) found.push({ kind: 'bind', text: risk });
    }
    for (const spec of list(flags.mount)) {
      const risk = describeBind(`--mount ${spec}`, mountSourceOf(spec));
      if (risk) found.push({ kind: 'bind', text: risk });
    }
    if (flags.privileged === true) flag(m.privileged);
    for (const capability of list(flags['cap-add'])) flag(m.capAdd(capability));
    for (const name of NAMESPACES) {
      const value = flags[name];
      if (value === 'host') flag(m.hostNamespace(name, value));
      else if (name === 'network' && typeof value === 'string' && value.startsWith('container:')) flag(m.joinContainer(value));
    }
  }
  if (command.name === 'run' || command.name === 'exec') {
    for (const entry of list(flags.env)) if (copiesHostValue(entry)) flag(m.hostEnv('-e', entry));
  }
  if (command.name === 'build') {
    for (const entry of list(flags['build-arg'])) if (copiesHostValue(entry)) flag(m.hostEnv('--build-arg', entry));
  }
  return found;
}

/** The risky flags of a command line; none for a line that does not parse (running it will say why). */
export function findRiskyFlagsIn(line: string): Risk[] {
  try {
    return findRiskyFlags(parseCommandLine(line));
  } catch {
    return [];
  }
}

function list(value: FlagValue | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

function copiesHostValue(entry: string): boolean {
  return entry !== '' && !entry.includes('=');
}

/** `--mount type=bind,source=/x,target=/y`: the source of a bind mount. */
function mountSourceOf(spec: string): string | undefined {
  const fields = new Map(spec.split(',').map((field) => {
    const equals = field.indexOf('=');
    return equals < 0 ? [field, ''] : [field.slice(0, equals), field.slice(equals + 1)];
  }));
  return fields.get('type') === 'bind' ? (fields.get('source') ?? fields.get('src')) : undefined;
}

/** What a bind source outside the practice folder gives the container; undefined for a named volume or a folder inside. */
function describeBind(written: string, source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const m = safetyMessages();
  if (source.startsWith('.')) return posix.normalize(source).startsWith('..') ? m.parentMount(written) : undefined;
  if (!source.startsWith('/')) return undefined;
  // normalize leaves at most one trailing slash.
  const normal = posix.normalize(source);
  const path = normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
  if (path === '/') return m.rootMount(written);
  // The socket itself, or a folder holding it (`-v /var/run:/x`).
  if (SOCKETS.some((socket) => socket === path || socket.startsWith(`${path}/`))) return m.socketMount(written);
  return m.hostMount(written);
}
