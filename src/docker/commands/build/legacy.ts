/**
 * The legacy builder (POST /build without version=2), as `DOCKER_BUILDKIT=0 docker build` runs it: the
 * CLI's deprecation notice first, "Sending build context to Docker daemon", then the daemon's
 * `Step N/M` output, with docktutor's label steps hidden and the totals renumbered.
 */
import type { Readable } from 'node:stream';
import type { DocktutorError } from '../../../errors.js';
import type { ContextStream } from '../../build/context.js';
import { buildRequestError, buildStreamError } from '../../build/errors.js';
import { BuildOutput } from '../../build/output.js';
import { readJsonStream } from '../../engine/json-stream.js';
import { humanSize, type JsonMessage, ProgressRenderer } from '../../engine/stream-progress.js';
import type { CommandOutput } from '../output.js';
import type { CommandContext, CommandResult } from '../types.js';

const SENDING = 'Sending build context to Docker daemon';

/** What the docker CLI 28 prints (to stderr) before a legacy build that DOCKER_BUILDKIT=0 asked for. */
export const DEPRECATION_NOTICE = `DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.

`;

export interface LegacyBuild {
  context: CommandContext;
  output: CommandOutput;
  packed: ContextStream;
  options: Record<string, unknown>;
  tags: string[];
  quiet: boolean;
  /** How many labels docktutor added (each a hidden step at the end). */
  labelCount: number;
  why: 'env' | 'daemon';
}

export async function runLegacyBuild({ context, output, packed, options, tags, quiet, labelCount, why }: LegacyBuild): Promise<CommandResult> {
  if (why === 'env') output.err(DEPRECATION_NOTICE);
  const request: Record<string, unknown> = { ...options, rm: true, forcerm: true };
  // --force-rm above: a failed step's container (unlabelled, so `clean` cannot see it) is removed too.
  if (tags.length > 0) request.t = tags;
  if (quiet) request.q = true;
  const { docker, address } = context.connection;
  const ticker = !quiet && output.tty ? setInterval(() => output.out(`\r${sendingLine(packed.bytes())}`, ''), 100) : undefined;
  let stream: Readable;
  try {
    stream = (await docker.buildImage(packed.stream, request)) as Readable;
    await packed.done;
  } catch (error) {
    packed.stream.destroy();
    throw packed.failure() ?? buildRequestError(error, address.url);
  } finally {
    clearInterval(ticker);
  }
  if (!quiet) output.out(`${output.tty ? '\r' : ''}${sendingLine(packed.bytes())}\n`, `${sendingLine(packed.bytes())}\n`);

  const progress = new BuildOutput(labelCount);
  const screen = new ProgressRenderer({ tty: output.tty, width: output.width });
  const plain = new ProgressRenderer({ tty: false });
  const show = (message: JsonMessage) => output.out(screen.render(message), plain.render(message));
  let failure: DocktutorError | undefined;
  await readJsonStream(stream, { url: address.url, request: 'POST /build' }, (message) => {
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
  const build = {
    builder: 'legacy' as const,
    legacyWhy: why,
    cachedSteps: progress.cachedSteps,
    contextBytes: packed.bytes(),
    contextFiles: packed.files(),
    contextPaths: packed.paths(),
    ...(progress.imageId ? { imageId: progress.imageId } : {}),
  };
  return { exitCode: 0, output: output.text, build };
}

function sendingLine(bytes: number): string {
  return `${SENDING} ${humanSize(bytes).padStart(8)}`;
}
