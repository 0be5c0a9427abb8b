/**
 * docker build [-t NAME:TAG ...] [-f FILE] [--build-arg K=V ...] [--target T] [--no-cache] [--pull] [-q]
 * [--progress MODE] FOLDER. The context goes up as a tar stream (POST /build); the daemon builds with
 * BuildKit when it can, as the docker CLI 28 chooses, or with the legacy builder (DOCKER_BUILDKIT=0,
 * or a daemon without BuildKit). Images built carry docktutor's labels.
 */
import { DocktutorError, usageError } from '../../../errors.js';
import { buildMessages } from '../../../i18n/build.js';
import { registryMessages } from '../../../i18n/registry.js';
import { chooseBuilder, chooseProgress } from '../../buildkit/choose-builder.js';
import { packBuildContext } from '../../build/context.js';
import { resolveBuildPaths } from '../../build/paths.js';
import { docktutorLabels } from '../../engine/labels.js';
import { allRegistryAuths } from '../../registry/credentials.js';
import { parseImageReference } from '../../registry/reference.js';
import { flagBool, flagList, flagString } from '../flags.js';
import { CommandOutput } from '../output.js';
import type { CommandHandler } from '../types.js';
import { runBuildkitBuild } from './buildkit.js';
import { runLegacyBuild } from './legacy.js';

export const execute: CommandHandler = async (command, context) => {
  if (command.args.length !== 1) throw usageError(registryMessages().exactlyOneArgument('build'), registryMessages().buildUsage);
  const quiet = flagBool(command, 'quiet');
  const tags = flagList(command, 'tag');
  for (const tag of tags) {
    try {
      parseImageReference(tag);
    } catch {
      throw usageError(buildMessages().badTag(tag), registryMessages().referenceHint);
    }
  }
  const { connection } = context;
  const choice = chooseBuilder(context.env, { apiVersion: connection.apiVersion, ...connection.builder });
  const output = new CommandOutput(context);
  // Decided before anything is sent: a --progress that cannot be shown refuses the build up front.
  const mode = choice.builder === 'buildkit' ? chooseProgress(flagString(command, 'progress'), context.env, quiet, output.errTerminal.tty) : undefined;
  const paths = await resolveBuildPaths(command.args[0]!, flagString(command, 'file'), context.cwd);
  const packed = await packBuildContext(paths);
  const labels = docktutorLabels('build', context.env, context.lesson);
  const options: Record<string, unknown> = {
    dockerfile: packed.dockerfile,
    buildargs: parseBuildArgs(flagList(command, 'build-arg'), context.env),
    labels,
  };
  if (flagBool(command, 'no-cache')) options.nocache = true;
  if (flagBool(command, 'pull')) options.pull = true;
  const target = flagString(command, 'target');
  if (target) options.target = target;
  const auths = await allRegistryAuths(context.env);
  if (Object.keys(auths).length > 0) options.registryconfig = auths;

  if (mode === undefined) {
    const why = choice.why === 'env' ? 'env' : 'daemon';
    return runLegacyBuild({ context, output, packed, options, tags, quiet, labelCount: Object.keys(labels).length, why });
  }
  return runBuildkitBuild({ context, output, packed, paths, options, tags, mode });
};

/** `K=V` sets a value; a bare `K` takes it from the environment, or leaves the Dockerfile's default (null). */
function parseBuildArgs(args: string[], env: NodeJS.ProcessEnv): Record<string, string | null> {
  const result: Record<string, string | null> = {};
  for (const arg of args) {
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    if (!name) throw new DocktutorError('usage', buildMessages().badBuildArg(arg), { hint: registryMessages().buildUsage });
    result[name] = equals >= 0 ? arg.slice(equals + 1) : (env[name] ?? null);
  }
  return result;
}
