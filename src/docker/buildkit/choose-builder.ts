/**
 * Which builder `docker build` uses, and how it shows progress, decided as the docker CLI 28 decides:
 * `DOCKER_BUILDKIT` (a Go boolean) wins; otherwise BuildKit whenever the daemon can run it (Engine API
 * 1.39 or newer, and a /_ping `Builder-Version` of 2, or none from a Linux daemon: BuildKit is the
 * default since Engine 23). `--progress` (else `BUILDKIT_PROGRESS`) picks the display; `auto` is the
 * live view on a terminal and plain lines elsewhere. Pure.
 */
import { DocktutorError, usageError } from '../../errors.js';
import { buildkitMessages } from '../../i18n/buildkit.js';

export type BuilderChoice =
  | { builder: 'buildkit'; why: 'env' | 'daemon' }
  | { builder: 'legacy'; why: 'env' | 'old-api' | 'daemon-v1' | 'windows' };

export interface DaemonBuildSupport {
  apiVersion: string;
  /** The `Builder-Version` header of GET /_ping ("1" or "2"), when the daemon sent one. */
  builderVersion?: string | undefined;
  /** The `OSType` header of GET /_ping. */
  osType?: string | undefined;
}

const MIN_BUILDKIT_API = [1, 39];

export function chooseBuilder(env: NodeJS.ProcessEnv, daemon: DaemonBuildSupport): BuilderChoice {
  const setting = env.DOCKER_BUILDKIT;
  if (setting !== undefined && setting !== '') {
    return parseGoBool(setting) ? { builder: 'buildkit', why: 'env' } : { builder: 'legacy', why: 'env' };
  }
  const [major = 0, minor = 0] = daemon.apiVersion.split('.').map(Number);
  if (major < MIN_BUILDKIT_API[0]! || (major === MIN_BUILDKIT_API[0] && minor < MIN_BUILDKIT_API[1]!)) return { builder: 'legacy', why: 'old-api' };
  if (daemon.builderVersion === '1') return { builder: 'legacy', why: 'daemon-v1' };
  if (daemon.builderVersion !== '2' && daemon.osType === 'windows') return { builder: 'legacy', why: 'windows' };
  return { builder: 'buildkit', why: 'daemon' };
}

/** Go's strconv.ParseBool, as the docker CLI reads DOCKER_BUILDKIT. */
function parseGoBool(value: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  // The docker CLI exits 1 here, before any flag is read.
  throw new DocktutorError('usage', buildkitMessages().badBuildkitEnv(value), { hint: buildkitMessages().badBuildkitEnvHint, exitCode: 1 });
}

export type ProgressMode = 'tty' | 'plain' | 'quiet';

/** The display for a BuildKit build; `-q` is quiet whatever `--progress` says. */
export function chooseProgress(flag: string | undefined, env: NodeJS.ProcessEnv, quiet: boolean, terminal: boolean): ProgressMode {
  if (quiet) return 'quiet';
  const mode = flag ?? (env.BUILDKIT_PROGRESS || 'auto');
  const m = buildkitMessages();
  switch (mode) {
    case 'auto':
    case '':
      return terminal ? 'tty' : 'plain';
    case 'tty':
      if (!terminal) throw usageError(m.ttyNeedsTerminal, m.progressHint);
      return 'tty';
    case 'plain':
    case 'quiet':
      return mode;
    default:
      throw usageError(m.badProgress(mode), m.progressHint);
  }
}
