/**
 * Flags in a lesson's command that reach past the container into this machine: a bind mount of `/`, of
 * the Docker socket or of any host folder outside the practice folder, `--privileged`, a host namespace,
 * `-e NAME` or `--build-arg NAME` without a value (they copy the host's own value). They stay allowed,
 * since the learner may want them, but the learner is told before such a command runs, and
 * `lessons --check` warns about them. Pure: works on the parsed command.
 */
import { posix } from 'node:path';
import { parseCommandLine } from '../../docker/command-line/index.js';
import type { FlagValue, ParsedCommand } from '../../docker/commands/types.js';
import { safetyMessages } from '../../i18n/lesson-safety.js';

const SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];
/** Namespaces a container can share with the host; `docker run` takes `host` for each. */
const NAMESPACES = ['network', 'pid', 'ipc', 'uts', 'userns', 'cgroupns'];

/** One sentence per risky flag of the command, in the order written; empty when there is none. */
export function findRiskyFlags(command: Pick<ParsedCommand, 'name' | 'flags'>): string[] {
  const m = safetyMessages();
  const { flags } = command;
  const found: string[] = [];
  if (command.name === 'run') {
    for (const spec of list(flags.volume)) {
      const risk = describeBind(spec, hostSourceOf(spec));
      if (risk) found.push(risk);
    }
    for (const spec of list(flags.mount)) {
      const risk = describeBind(spec, mountSourceOf(spec));
      if (risk) found.push(risk);
    }
    if (flags.privileged === true) found.push(m.privileged);
    for (const flag of NAMESPACES) {
      const value = flags[flag];
      if (value === 'host') found.push(m.hostNamespace(flag, value));
      else if (flag === 'network' && typeof value === 'string' && value.startsWith('container:')) found.push(m.joinContainer(value));
    }
  }
  if (command.name === 'run' || command.name === 'exec') {
    for (const entry of list(flags.env)) if (copiesHostValue(entry)) found.push(m.hostEnv('-e', entry));
  }
  if (command.name === 'build') {
    for (const entry of list(flags['build-arg'])) if (copiesHostValue(entry)) found.push(m.hostEnv('--build-arg', entry));
  }
  return found;
}

/** The risky flags of a command line; none for a line that does not parse (running it will say why). */
export function findRiskyFlagsIn(line: string): string[] {
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

/** `-v /src:/dst[:mode]`: the host side when it is an absolute path; a named volume or `./dir` is not the host's. */
function hostSourceOf(spec: string): string | undefined {
  const parts = spec.split(':');
  return parts.length >= 2 && parts[0]!.startsWith('/') ? parts[0] : undefined;
}

/** `--mount type=bind,source=/x,target=/y`: the source of a bind mount. */
function mountSourceOf(spec: string): string | undefined {
  const fields = new Map(spec.split(',').map((field) => {
    const equals = field.indexOf('=');
    return equals < 0 ? [field, ''] : [field.slice(0, equals), field.slice(equals + 1)];
  }));
  const source = fields.get('source') ?? fields.get('src');
  return fields.get('type') === 'bind' && source?.startsWith('/') ? source : undefined;
}

function describeBind(spec: string, source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const m = safetyMessages();
  // normalize leaves at most one trailing slash.
  const normal = posix.normalize(source);
  const path = normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
  if (path === '/') return m.rootMount(spec);
  // The socket itself, or a folder holding it (`-v /var/run:/x`).
  if (SOCKETS.some((socket) => socket === path || socket.startsWith(`${path}/`))) return m.socketMount(spec);
  return m.hostMount(spec);
}
