/**
 * A BuildKit build through the Engine API (POST /build?version=2), shown as the docker CLI 28 shows it:
 * progress on stderr, plain numbered lines or the live view (src/docker/buildkit), the image ID on
 * stdout with -q, and exit code 1 when the build fails. The context travels as one tar body; the
 * BuildKit session docktutor opens only answers the daemon's questions for registry logins (no file
 * sync). On a daemon with no default bridge network, RUN steps build with networkmode=none, as
 * `docker build --network none` would.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { BuildSession } from '../../buildkit/build-session.js';
import type { ProgressMode } from '../../buildkit/choose-builder.js';
import { REFRESH_INTERVAL_MS } from '../../buildkit/progress-display.js';
import type { ContextStream } from '../../build/context.js';
import { buildRequestError } from '../../build/errors.js';
import type { BuildPaths } from '../../build/paths.js';
import { openSession, type BuildkitSession } from '../../build/session.js';
import { readJsonStream } from '../../engine/json-stream.js';
import { parseImageReference } from '../../registry/reference.js';
import type { CommandOutput } from '../output.js';
import type { BuildOutcome, CommandContext, CommandResult } from '../types.js';

export interface BuildkitBuild {
  context: CommandContext;
  output: CommandOutput;
  packed: ContextStream;
  paths: BuildPaths;
  options: Record<string, unknown>;
  tags: string[];
  mode: ProgressMode;
}

export async function runBuildkitBuild({ context, output, packed, paths, options, tags, mode }: BuildkitBuild): Promise<CommandResult> {
  const { docker, address } = context.connection;
  const noNetwork = await lacksBridge(context);
  const request: Record<string, unknown> = { ...options, version: '2' };
  if (tags.length > 0) request.t = tags.map(fullName);
  if (noNetwork) request.networkmode = 'none';
  const progress = new BuildSession({
    mode,
    builderName: address.context ?? 'default',
    size: () => ({ width: output.errTerminal.width, height: output.errTerminal.height }),
    color: !context.env.NO_COLOR,
    write: (screen, plain) => output.err(screen, plain),
    dockerfile: { text: await readFile(paths.dockerfile, 'utf8').catch(() => ''), name: basename(paths.dockerfile) },
  });
  let stream: Readable;
  let buildSession: BuildkitSession | undefined;
  try {
    buildSession = await openSession(docker, context.env);
    stream = await postBuild(context, packed.stream, { ...request, session: buildSession.id });
    await packed.done;
  } catch (error) {
    packed.stream.destroy();
    buildSession?.close();
    throw packed.failure() ?? buildRequestError(error, address.url);
  }
  const ticker = mode === 'quiet' ? undefined : setInterval(() => progress.tick(), REFRESH_INTERVAL_MS);
  let broken: unknown;
  try {
    await readJsonStream(stream, { url: address.url, request: 'POST /build' }, (message) => progress.onMessage(message));
  } catch (error) {
    broken = error;
  } finally {
    clearInterval(ticker);
    buildSession.close();
  }
  const result = progress.finish();
  if (broken !== undefined && !result.failure) throw buildRequestError(broken, address.url);
  const failed = result.summary.steps.find((step) => step.error);
  const code = exitCodeOf(failed?.error ?? result.failure?.message ?? '');
  const build: BuildOutcome = {
    builder: 'buildkit',
    cachedSteps: result.summary.cachedSteps,
    ranSteps: result.summary.ranSteps,
    contextBytes: packed.bytes(),
    contextFiles: packed.files(),
    contextPaths: packed.paths(),
    noNetwork,
    ...(result.imageId ? { imageId: result.imageId } : {}),
    ...(failed ? { failedStep: { name: failed.name, ...(code !== undefined ? { code } : {}) } } : {}),
  };
  if (result.failure) return { exitCode: 1, output: output.text, build };
  if (mode === 'quiet' && result.imageId) output.out(`${result.imageId}\n`);
  return { exitCode: 0, output: output.text, build };
}

/** POST /build with the tar as its body; dockerode's buildImage would open a session of its own (without logins). */
function postBuild(context: CommandContext, body: Readable, options: Record<string, unknown>): Promise<Readable> {
  const { registryconfig, ...query } = options;
  const modem = context.connection.docker.modem as unknown as { dial(options: object, callback: (error: unknown, stream?: Readable) => void): void };
  return new Promise((resolve, reject) =>
    modem.dial(
      { path: '/build?', method: 'POST', file: body, options: query, registryconfig, isStream: true, statusCodes: { 200: true, 500: 'server error' } },
      (error, stream) => (error || !stream ? reject(error) : resolve(stream)),
    ),
  );
}

/** `dt-hello` -> `docker.io/library/dt-hello:latest`, the name docker 28 shows in "naming to ...". */
function fullName(tag: string): string {
  const reference = parseImageReference(tag);
  if (reference.digest !== undefined) return tag;
  return `${reference.domain}/${reference.path}:${reference.tag ?? 'latest'}`;
}

/** A daemon started without a bridge (--bridge=none) answers 404 for it; RUN steps then need networkmode=none. */
async function lacksBridge(context: CommandContext): Promise<boolean> {
  try {
    await context.connection.docker.getNetwork('bridge').inspect();
    return false;
  } catch (error) {
    return (error as { statusCode?: number }).statusCode === 404;
  }
}

function exitCodeOf(reason: string): number | undefined {
  const match = /exit code: (\d+)\s*$/.exec(reason);
  return match ? Number(match[1]) : undefined;
}
