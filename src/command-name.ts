/**
 * How the learner starts docktutor in this install, for every message that names a command
 * (`docktutor learn 2`, `docktutor quiz --review`): `docktutor` when that name on the PATH is this very
 * program, else the `node .../bin/docktutor.js` the learner typed. Inside the practice prompt, docker
 * commands are named as the prompt takes them (`ps --help`), and at a lesson's try step as the learner
 * types them there (`docker run -d`), not as a shell would.
 */
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, isAbsolute, join, relative } from 'node:path';

let detected: string | undefined;
let place: 'shell' | 'prompt' | 'step' = 'shell';

/** `docktutor`, or `node bin/docktutor.js` when docktutor is not on the PATH (read once per process). */
export function commandName(): string {
  detected ??= detectCommandName(process.argv[1], process.env, process.cwd());
  return detected;
}

/** A docktutor command line to type at the shell: `docktutor quiz --review`. */
export function docktutorCommand(words: string): string {
  return `${commandName()} ${words}`;
}

/** A docker command to run through docktutor: `docktutor try docker ps -a`, `ps -a` at the practice prompt, `docker ps -a` at a try step. */
export function dockerCommand(words: string): string {
  if (place === 'shell') return `${commandName()} try docker ${words}`;
  if (place === 'step') return `docker ${words}`;
  // The prompt lists its commands with `help`: a bare `--help` there would be no command at all.
  return words === '--help' ? 'help' : words;
}

/** The practice prompt and a try step switch the docker commands their messages name to their own form, and back when they end. */
export function namingDockerCommandsFor(where: 'shell' | 'prompt' | 'step'): void {
  place = where;
}

/**
 * `script` is the path Node was started with (process.argv[1]). Anything that is not docktutor's own
 * bin (a test runner) gets the plain name; so does a `docktutor` found on the PATH that is the same file.
 */
export function detectCommandName(script: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  const real = script === undefined ? undefined : realPath(script);
  if (real === undefined || !/[\\/]bin[\\/]docktutor(\.c?js)?$/.test(real)) return 'docktutor';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const candidate = join(dir, 'docktutor');
    if (existsSync(candidate) && realPath(candidate) === real) return 'docktutor';
  }
  const shown = relative(cwd, real);
  const path = shown.startsWith('..') || isAbsolute(shown) ? real : shown;
  return `node ${/[^\w./-]/.test(path) ? `'${path.replace(/'/g, `'\\''`)}'` : path}`;
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
