/**
 * docker build [-t NAME:TAG ...] [-f FILE] [--build-arg K=V ...] [--target T] [--no-cache] [--pull] [-q] FOLDER,
 * with the classic builder (POST /build): the context goes up as a tar stream, the build output comes
 * back as a JSON stream shown like the docker CLI shows it. Images built carry docktutor's labels.
 */
import type { Readable } from 'node:stream';
import { DocktutorError, usageError } from '../../../errors.js';
import { buildMessages } from '../../../i18n/build.js';
import { registryMessages } from '../../../i18n/registry.js';
import { packBuildContext } from '../../build/context.js';
import { buildRequestError, buildStreamError } from '../../build/errors.js';
import { BuildOutput } from '../../build/output.js';
import { resolveBuildPaths } from '../../build/paths.js';
import { flagBool, flagList, flagString } from '../flags.js';
import { CommandOutput } from '../output.js';
import { allRegistryAuths } from '../../registry/credentials.js';
import { readJsonStream } from '../../engine/json-stream.js';
import { docktutorLabels } from '../../engine/labels.js';
import { parseImageReference } from '../../registry/reference.js';
import { humanSize, type JsonMessage, ProgressRenderer } from '../../engine/stream-progress.js';
import type { CommandHandler } from '../types.js';

const SENDING = 'Sending build context to Docker daemon';

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
  const paths = await resolveBuildPaths(command.args[0]!, flagString(command, 'file'), context.cwd);
  const packed = await packBuildContext(paths);
  const labels = docktutorLabels('build', context.env, context.lesson);
  const options: Record<string, unknown> = {
    dockerfile: packed.dockerfile,
    buildargs: parseBuildArgs(flagList(command, 'build-arg'), context.env),
    labels,
    rm: true,
    // docker build --force-rm: a failed step's container (unlabelled, so `clean` cannot see it) is removed too.
    forcerm: true,
  };
  if (tags.length > 0) options.t = tags;
  if (flagBool(command, 'no-cache')) options.nocache = true;
  if (flagBool(command, 'pull')) options.pull = true;
  if (quiet) options.q = true;
  const target = flagString(command, 'target');
  if (target) options.target = target;
  const auths = await allRegistryAuths(context.env);
  if (Object.keys(auths).length > 0) options.registryconfig = auths;

  const output = new CommandOutput(context);
  const { docker, address } = context.connection;
  const ticker = !quiet && output.tty ? setInterval(() => output.out(`\r${sendingLine(packed.bytes())}`, ''), 100) : undefined;
  let stream: Readable;
  try {
    stream = (await docker.buildImage(packed.stream, options)) as Readable;
    await packed.done;
  } catch (error) {
    packed.stream.destroy();
    throw packed.failure() ?? buildRequestError(error, address.url);
  } finally {
    clearInterval(ticker);
  }
  if (!quiet) output.out(`${output.tty ? '\r' : ''}${sendingLine(packed.bytes())}\n`, `${sendingLine(packed.bytes())}\n`);

  const progress = new BuildOutput(Object.keys(labels).length);
  const screen = new ProgressRenderer({ tty: output.tty, width: output.width });
  const plain = new ProgressRenderer({ tty: false });
  const show = (message: JsonMessage) => output.out(screen.render(message), plain.render(message));
  let failure: DocktutorError | undefined;
  await readJsonStream(stream, (message) => {
    if (failure) return;
    if (message.errorDetail || message.error) {
      failure = buildStreamError(message.errorDetail?.message ?? message.error ?? '', message.errorDetail?.code);
      return;
    }
    if (message.aux !== undefined) progress.readAux(message.aux);
    else if (message.stream !== undefined) {
      const text = progress.push(message.stream);
      if (text) show({ stream: text });
    } else show(message);
  }).catch((error: unknown) => {
    failure ??= buildRequestError(error, address.url);
  });
  const rest = progress.flush();
  if (rest) show({ stream: `${rest}\n` });
  if (failure) throw failure;
  const build = { cachedSteps: progress.cachedSteps, contextBytes: packed.bytes(), ...(progress.imageId ? { imageId: progress.imageId } : {}) };
  return { exitCode: 0, output: output.text, build };
};

function sendingLine(bytes: number): string {
  return `${SENDING} ${humanSize(bytes).padStart(8)}`;
}

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
