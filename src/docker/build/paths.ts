/**
 * Where the context and the Dockerfile of a build are, checked before anything is sent. As with the
 * docker CLI, -f is relative to the current folder (not to the context), a missing `Dockerfile` may
 * be spelled `dockerfile`, and a Dockerfile outside the context is allowed.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DocktutorError, usageError } from '../../errors.js';
import { buildMessages } from '../../i18n/build.js';

export interface BuildPaths {
  /** The context folder, symlinks resolved. */
  context: string;
  /** The Dockerfile, symlinks resolved. */
  dockerfile: string;
  /** The Dockerfile's path inside the context with forward slashes; undefined when it lies outside. */
  dockerfileInContext?: string;
}

export async function resolveBuildPaths(contextArg: string, fileFlag: string | undefined, cwd: string): Promise<BuildPaths> {
  const m = buildMessages();
  if (contextArg === '-' || /^[a-z]+:\/\//i.test(contextArg) || contextArg.startsWith('git@')) {
    throw usageError(m.remoteContext(contextArg), m.remoteContextHint);
  }
  const contextPath = resolve(cwd, contextArg);
  const info = await stat(contextPath).catch(() => undefined);
  if (!info) throw new DocktutorError('build', m.noContext(contextArg), { hint: m.noContextHint });
  if (!info.isDirectory()) throw new DocktutorError('build', m.contextNotFolder(contextArg), { hint: m.noContextHint });
  const context = await realpath(contextPath);

  let candidate = fileFlag === undefined || fileFlag === '' ? join(context, 'Dockerfile') : resolve(cwd, fileFlag);
  if (fileFlag === undefined && !(await exists(candidate)) && (await exists(join(context, 'dockerfile')))) candidate = join(context, 'dockerfile');
  if (!(await exists(candidate))) {
    const nearContext = fileFlag !== undefined && !isAbsolute(fileFlag) ? join(context, fileFlag) : undefined;
    const hint = nearContext && (await exists(nearContext)) ? m.fileIsRelativeToCwd(relative(cwd, nearContext)) : m.noDockerfileHint;
    throw new DocktutorError('build', m.noDockerfile(displayPath(cwd, candidate)), { hint });
  }
  const dockerfile = await realpath(candidate);
  if ((await stat(dockerfile)).isDirectory()) throw new DocktutorError('build', m.dockerfileIsFolder(fileFlag ?? candidate), { hint: m.noDockerfileHint });
  const inside = relative(context, dockerfile);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return { context, dockerfile };
  return { context, dockerfile, dockerfileInContext: inside.split(sep).join('/') };
}

/** `./Dockerfile`, `../x/Dockerfile`: short, and plainly a path. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (!rel || isAbsolute(rel)) return path;
  return rel.startsWith('..') ? rel : `./${rel}`;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
